package org.uep.workers.penalty;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.uep.domain.tasks.InboxTask;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.inbox.TaskResults;

/** The verification's finding and the end-of-investigation review's outcome, which the model's gateways read. */
@Component
class LeadStageTaskResults implements TaskResults {

    private static final Map<String, String> VARIABLE_OF_FORM = Map.of(
            Forms.LEAD_VERIFICATION, Variables.LEAD_FINDING,
            Forms.INVESTIGATION_REVIEW, Variables.INVESTIGATION_OUTCOME);

    @Override
    public boolean handles(String formKey) {
        return VARIABLE_OF_FORM.containsKey(formKey);
    }

    /** The task's outcome is the enum name the form validated (LeadFinding, InvestigationOutcome). */
    @Override
    public Map<String, Object> variables(InboxTask task) {
        return Map.of(VARIABLE_OF_FORM.get(task.getFormKey()), task.getOutcome());
    }
}
