package org.uep.workers.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadReferralRepository;
import org.uep.domain.lead.LeadService;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.LeadFinding;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.WorkersTest;

/** The lead's ends without a case, each job delivered twice: the effect happens once; the finding reaches the process. */
@WorkersTest
class LeadStageWorkersTest {

    @Autowired ReferLeadWorker referLead;
    @Autowired CloseTimeBarredLeadWorker closeTimeBarredLead;
    @Autowired LeadStageTaskResults results;
    @Autowired LeadService leads;
    @Autowired LeadReferralRepository referrals;
    @Autowired StatutoryClocks clocks;
    @Autowired InboxService inbox;
    @Autowired AuditEventRepository audit;
    @Autowired Dossiers dossiers;

    private final Caller officer = Callers.officer("officer.dinghai1");

    @Test
    void aRedeliveredReferralJobRecordsOneHandOffAndStopsTheVerifyClockOnce() {
        Lead lead = dossiers.registeredLead();
        InboxTask verification = verify(lead, LeadFinding.NOT_COMPETENT, LegalTime.dayOf(lead.getReceivedAt()).minusDays(10));
        assertThat(results.variables(verification)).isEqualTo(Map.of(Variables.LEAD_FINDING, "NOT_COMPETENT"));

        referLead.referLead(lead.getId());
        referLead.referLead(lead.getId());

        assertThat(leads.get(lead.getId()).getStatus()).isEqualTo(Lead.Status.REFERRED);
        assertThat(referrals.findByLeadId(lead.getId())).hasValueSatisfying(r ->
                assertThat(r.getCompetentBody()).isEqualTo("定海区市场监督管理局"));
        assertThat(actions(lead)).containsOnlyOnce("lead.referred").containsOnlyOnce("clock.stopped");
    }

    @Test
    void aRedeliveredTimeBarredJobClosesTheLeadOnce() {
        Lead lead = dossiers.registeredLead();
        verify(lead, LeadFinding.OUT_OF_LIMITATION, LegalTime.dayOf(lead.getReceivedAt()).minusYears(3));

        closeTimeBarredLead.closeTimeBarredLead(lead.getId());
        closeTimeBarredLead.closeTimeBarredLead(lead.getId());

        assertThat(leads.get(lead.getId()).getStatus()).isEqualTo(Lead.Status.TIME_BARRED);
        assertThat(actions(lead)).containsOnlyOnce("lead.time-barred").containsOnlyOnce("clock.stopped");
        assertThat(referrals.findByLeadId(lead.getId())).isEmpty();
    }

    private InboxTask verify(Lead lead, LeadFinding finding, LocalDate actEndedOn) {
        InboxTask task = dossiers.openTask(lead, null, Elements.VERIFY_LEAD, Forms.LEAD_VERIFICATION, "officer");
        inbox.claim(task.getId(), officer);
        return inbox.complete(task.getId(), new TaskCompletion(finding.name(), "核查意见", null, List.of(),
                Map.of("actEndedOn", actEndedOn.toString(), "gravelyHarmful", false,
                        "competentBody", "定海区市场监督管理局")), officer);
    }

    private List<String> actions(Lead lead) {
        return audit.findByStreamOrderById(AuditLog.leadStream(lead.getId())).stream().map(e -> e.getAction()).toList();
    }
}
