package org.uep.domain.execution;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.ApprovalRecord.Outcome;
import org.uep.domain.tasks.ApprovalSignatures;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/** 延期分期审批 (Art. 66): the head approves or refuses the application awaiting a decision, with reasons, signed. */
@Component
class DeferralApprovalForm implements TaskForm {

    private final Deferrals deferrals;
    private final ExecutionService executions;
    private final ApprovalSignatures signatures;

    DeferralApprovalForm(Deferrals deferrals, ExecutionService executions, ApprovalSignatures signatures) {
        this.deferrals = deferrals;
        this.executions = executions;
        this.signatures = signatures;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.DEFERRAL_APPROVAL);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        Outcome outcome = completion.outcome(Outcome.class, List.of(Outcome.APPROVE, Outcome.REJECT));
        String opinion = completion.requiredOpinion("write the reasons for approving or refusing the deferral");
        PaymentArrangement application = deferrals.awaitingDecision(task.getLeadId()).orElseThrow(() ->
                DomainException.conflict("没有待决定的延期或分期申请。No deferral or instalment application of lead "
                        + task.getLeadId() + " awaits a decision."));
        signatures.sign(task, outcome, opinion, caller);
        executions.arrangementDecided(application.getId(), outcome == Outcome.APPROVE, caller.username());
        return outcome.name();
    }
}
