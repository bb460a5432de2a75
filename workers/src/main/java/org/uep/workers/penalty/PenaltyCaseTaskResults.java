package org.uep.workers.penalty;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.uep.domain.tasks.ApprovalRecord;
import org.uep.domain.tasks.InboxTask;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.inbox.TaskResults;

/** The variables each penalty-case task form hands back to the process. */
@Component
class PenaltyCaseTaskResults implements TaskResults {

    @Override
    public boolean handles(String formKey) {
        return Forms.FILE_CASE_APPROVAL.equals(formKey) || Forms.DECISION_APPROVAL.equals(formKey)
                || Forms.INVESTIGATION.equals(formKey) || Forms.OVERDUE_ESCALATION.equals(formKey);
    }

    @Override
    public Map<String, Object> variables(InboxTask task) {
        boolean approved = ApprovalRecord.Outcome.APPROVE.name().equals(task.getOutcome());
        return switch (task.getFormKey()) {
            case Forms.FILE_CASE_APPROVAL -> Map.of(Variables.FILING_APPROVED, approved);
            case Forms.DECISION_APPROVAL -> Map.of(Variables.DECISION_APPROVED, approved);
            default -> Map.of();
        };
    }
}
