package org.uep.workers.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.cases.CaseService;
import org.uep.domain.lead.Lead;
import org.uep.domain.penalty.Penalty;
import org.uep.domain.penalty.PenaltyNotice;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.penalty.ProposalDetails;
import org.uep.domain.penalty.ReviewGate;
import org.uep.domain.penalty.ServiceMethod;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.WorkersTest;

/** The penalty stage's workers, each job delivered twice: the second delivery answers the same and changes nothing. */
@WorkersTest
class PenaltyStageWorkersTest {

    private static final String OFFICER = "officer.dinghai1";
    private static final Penalty WARNING_AND_FINE = new Penalty(List.of(Penalty.Measure.of(Penalty.Kind.WARNING),
            Penalty.Measure.of(Penalty.Kind.FINE, 50_000)), "《城市市容和环境卫生管理条例》第三十六条",
            Penalty.DiscretionTier.ORDINARY, false);

    @Autowired ReviewGateWorkers reviewGate;
    @Autowired IssueDecisionWorker issueDecision;
    @Autowired ReviewGate gate;
    @Autowired PenaltyProceedings proceedings;
    @Autowired CaseService cases;
    @Autowired Dossiers dossiers;
    @Autowired JdbcTemplate jdbc;

    @Test
    void redeliveredAssessNoticeAndDecisionJobsDoTheirWorkOnce() {
        Lead lead = dossiers.registeredLead();
        long leadId = lead.getId();
        cases.file(leadId);
        dossiers.namedParty(leadId);
        gate.propose(leadId, new ProposalDetails(WARNING_AND_FINE, "占道经营", "现场笔录", "第十七条", "拒不改正",
                List.of("MAJOR_PUBLIC_INTEREST")), OFFICER);

        Map<String, Object> assessment = reviewGate.assessProposal(leadId);
        assertThat(reviewGate.assessProposal(leadId)).isEqualTo(assessment);
        assertThat(assessment).containsEntry(Variables.LEGAL_REVIEW_REQUIRED, true)
                .containsEntry(Variables.NOTICE_REQUIRED, true);
        assertThat(count("select count(*) from legal_review where lead_id = ?", leadId)).as("one round").isEqualTo(1);

        reviewGate.issueNotice(leadId);
        reviewGate.issueNotice(leadId);
        assertThat(count("select count(*) from document where lead_id = ? and kind = 'NOTICE'", leadId)).isEqualTo(1);

        PenaltyNotice notice = proceedings.notices(leadId).get(0);
        proceedings.noticeServed(notice.getId(), Instant.now(), ServiceMethod.DIRECT, false, OFFICER);
        proceedings.waiverReceived(notice.getId(), Instant.now(),
                PenaltyNotice.Waiver.STATEMENT_AND_DEFENCE, OFFICER);
        proceedings.decide(leadId, WARNING_AND_FINE, "head.dinghai", "head.dinghai");

        Map<String, Object> issued = issueDecision.issueDecision(leadId);
        assertThat(issueDecision.issueDecision(leadId)).isEqualTo(issued);
        assertThat(count("select count(*) from document where lead_id = ? and kind = 'DECISION'", leadId)).isEqualTo(1);
        assertThat(proceedings.decision(leadId).orElseThrow().getDocumentNumber()).matches("定综执罚决字〔\\d{4}〕第\\d+号");
        assertThat(count("select count(*) from running_clock where subject = ? and clock_id = 'decision.serve'",
                "lead/" + leadId + "/decision")).isEqualTo(1);
    }

    private int count(String sql, Object arg) {
        return jdbc.queryForObject(sql, Integer.class, arg);
    }
}
