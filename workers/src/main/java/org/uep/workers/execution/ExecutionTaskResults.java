package org.uep.workers.execution;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.execution.CourtWindow;
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.tasks.InboxTask;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.inbox.TaskResults;

/**
 * The variables the forms after the decision's service hand back: the fine.pay due instant after the deferral
 * decision, the court window after the reminder; the court application, case-file review and publication review only
 * move the case on.
 */
@Component
class ExecutionTaskResults implements TaskResults {

    private static final Set<String> FORMS = Set.of(Forms.DEFERRAL_APPROVAL, Forms.PAYMENT_REMINDER,
            Forms.COURT_ENFORCEMENT, Forms.CASE_FILE_REVIEW, Forms.PUBLICATION_REVIEW);

    private final ExecutionService executions;

    ExecutionTaskResults(ExecutionService executions) {
        this.executions = executions;
    }

    @Override
    public boolean handles(String formKey) {
        return FORMS.contains(formKey);
    }

    @Override
    public Map<String, Object> variables(InboxTask task) {
        long leadId = task.getLeadId();
        return switch (task.getFormKey()) {
            case Forms.DEFERRAL_APPROVAL -> Map.of(Variables.PAYMENT_DUE_AT,
                    LegalTime.forEngine(executions.statement(leadId).dueAt()));
            case Forms.PAYMENT_REMINDER -> enforcementWindow(executions.courtWindow(leadId));
            default -> Map.of();
        };
    }

    private static Map<String, Object> enforcementWindow(CourtWindow window) {
        return Map.of(Variables.ENFORCEMENT_OPENS_AT, LegalTime.forEngine(window.opensAt()),
                Variables.ENFORCEMENT_DUE_AT, LegalTime.forEngine(window.closesAt()));
    }
}
