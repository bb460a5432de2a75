package org.uep.workers.summary;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.summary.SummaryProcedure;
import org.uep.domain.tasks.ApprovalRecord;
import org.uep.domain.tasks.InboxTask;
import org.uep.processes.summary.SummaryPenaltyProcess.Forms;
import org.uep.processes.summary.SummaryPenaltyProcess.JobTypes;
import org.uep.processes.summary.SummaryPenaltyProcess.Variables;
import org.uep.workers.inbox.TaskResults;

/** The summary-penalty process: its one service task, and what the filing review hands back. */
@Component
public class SummaryPenaltyWorkers implements TaskResults {

    private final SummaryProcedure summary;

    SummaryPenaltyWorkers(SummaryProcedure summary) {
        this.summary = summary;
    }

    /** 制作当场处罚决定书: the pre-numbered decision (once) and the summary.file clock. */
    @JobWorker(type = JobTypes.ISSUE_SUMMARY_DECISION)
    public Map<String, Object> issueSummaryDecision(@Variable(name = Variables.LEAD_ID) long leadId) {
        return Map.of(Variables.FILING_DUE_AT, LegalTime.forEngine(summary.issue(leadId, AuditLog.SYSTEM)));
    }

    @Override
    public boolean handles(String formKey) {
        return Forms.SUMMARY_FILING.equals(formKey) || Forms.SUMMARY_FILING_REVIEW.equals(formKey);
    }

    @Override
    public Map<String, Object> variables(InboxTask task) {
        return Forms.SUMMARY_FILING_REVIEW.equals(task.getFormKey())
                ? Map.of(Variables.FILING_ACCEPTED, ApprovalRecord.Outcome.APPROVE.name().equals(task.getOutcome()))
                : Map.of();
    }
}
