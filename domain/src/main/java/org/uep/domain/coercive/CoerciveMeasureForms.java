package org.uep.domain.coercive;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.access.Caller;
import org.uep.domain.coercive.CoerciveMeasures.Taking;
import org.uep.domain.tasks.ApprovalRecord.Outcome;
import org.uep.domain.tasks.ApprovalSignatures;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.coercive.CoerciveMeasureProcess.Conclusion;
import org.uep.processes.coercive.CoerciveMeasureProcess.Forms;

/**
 * The coercive measure's forms: the head's signed approval and extension decision; the officers' record
 * ({@code data.taken}, and {@code takenAt}, {@code officers}, {@code data.record} when taken, {@code data.reason} when
 * not); the conclusion ({@code data.conclusion}, {@code data.reason}).
 */
@Component
class CoerciveMeasureForms implements TaskForm {

    static final String TAKEN = "TAKEN";
    static final String NOT_TAKEN = "NOT_TAKEN";

    private final CoerciveMeasures measures;
    private final ApprovalSignatures signatures;

    CoerciveMeasureForms(CoerciveMeasures measures, ApprovalSignatures signatures) {
        this.measures = measures;
        this.signatures = signatures;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.APPROVAL, Forms.RECORD, Forms.CONCLUSION, Forms.EXTENSION);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        long instance = task.getProcessInstanceKey();
        switch (task.getFormKey()) {
            case Forms.APPROVAL, Forms.EXTENSION -> {
                Outcome outcome = completion.outcome(Outcome.class, List.of(Outcome.APPROVE, Outcome.REJECT));
                String opinion = completion.requiredOpinion(Forms.APPROVAL.equals(task.getFormKey())
                        ? "the reasons to approve or refuse the measure (审批意见)"
                        : "why the case is complex enough to extend the seizure, or why not (延长审批意见)");
                if (Forms.APPROVAL.equals(task.getFormKey())) {
                    measures.approved(instance, outcome == Outcome.APPROVE, caller.username());
                } else {
                    measures.extensionDecided(instance, outcome == Outcome.APPROVE, opinion, caller.username());
                }
                signatures.sign(task, outcome, opinion, caller);
                return outcome.name();
            }
            case Forms.RECORD -> {
                if (!completion.flag("taken")) {
                    measures.notTaken(instance, completion.text("reason", CoerciveMeasures.MAX_TEXT), caller.username());
                    return NOT_TAKEN;
                }
                measures.taken(instance, new Taking(completion.instant("takenAt"), completion.officers(),
                        completion.text("record", CoerciveMeasures.MAX_TEXT)), caller);
                return TAKEN;
            }
            default -> {
                Conclusion conclusion = completion.choice("conclusion", Conclusion.class);
                measures.concluded(instance, conclusion, completion.text("reason", CoerciveMeasures.MAX_TEXT), caller);
                return conclusion.name();
            }
        }
    }
}
