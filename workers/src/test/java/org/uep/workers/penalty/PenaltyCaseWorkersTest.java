package org.uep.workers.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.PenaltyCaseRepository;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.WorkersTest;

/** Jobs are delivered at least once: a worker run twice for the same job does its work once. */
@WorkersTest
class PenaltyCaseWorkersTest {

    @Autowired FileCaseWorker fileCase;
    @Autowired CloseCaseWorker closeCase;
    @Autowired DeclineToFileWorker declineToFile;
    @Autowired LeadService leads;
    @Autowired PenaltyCaseRepository cases;
    @Autowired AuditEventRepository audit;
    @Autowired Dossiers dossiers;

    @Test
    void aRedeliveredFileCaseJobFilesOneCaseAndAnswersTheSame() {
        Lead lead = dossiers.registeredLead();

        Map<String, Object> first = fileCase.fileCase(lead.getId());
        Map<String, Object> again = fileCase.fileCase(lead.getId());

        assertThat(again).isEqualTo(first);
        assertThat(cases.findByLeadId(lead.getId())).isPresent();
        long caseId = ((Number) first.get(Variables.CASE_ID)).longValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> decisionClock = (Map<String, Object>) first.get(Variables.DECISION_CLOCK);
        assertThat(decisionClock).containsOnlyKeys("clockId", "reminderAt", "dueAt");
        assertThat(decisionClock.get("dueAt").toString()).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00\\+08:00");

        closeCase.closeCase(caseId);
        closeCase.closeCase(caseId);
        assertThat(audit.findByStreamOrderById(AuditLog.caseStream(caseId)))
                .extracting(e -> e.getAction()).as("closed with its closing report, once")
                .containsExactly("case.filed", "case.closed", "document.issued");
    }

    @Test
    void aRedeliveredDeclineJobDeclinesOnce() {
        Lead lead = dossiers.registeredLead();

        declineToFile.declineToFile(lead.getId());
        declineToFile.declineToFile(lead.getId());

        assertThat(leads.get(lead.getId()).getStatus()).isEqualTo(Lead.Status.DECLINED);
        assertThat(audit.findByStreamOrderById(AuditLog.leadStream(lead.getId())))
                .extracting(e -> e.getAction()).containsOnlyOnce("lead.declined");
    }
}
