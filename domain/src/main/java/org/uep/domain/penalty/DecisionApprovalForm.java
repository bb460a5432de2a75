package org.uep.domain.penalty;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.ApprovalRecord.Outcome;
import org.uep.domain.tasks.ApprovalSignatures;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * 处罚决定审批: the head, who did not investigate, decides — the proposal in force, or {@code data.penalty} when the
 * head decides differently (never heavier than notified: {@link PenaltyProceedings#decide}) — or returns the case for
 * further investigation. Either way the approval is signed with the written reasons.
 */
@Component
class DecisionApprovalForm implements TaskForm {

    private final PenaltyProceedings proceedings;
    private final ReviewGate gate;
    private final ApprovalSignatures signatures;
    private final AccessPolicy access;

    DecisionApprovalForm(PenaltyProceedings proceedings, ReviewGate gate, ApprovalSignatures signatures,
                         AccessPolicy access) {
        this.proceedings = proceedings;
        this.gate = gate;
        this.signatures = signatures;
        this.access = access;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.DECISION_APPROVAL);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        Outcome outcome = completion.outcome(Outcome.class, List.of(Outcome.APPROVE, Outcome.RETURN));
        String opinion = completion.requiredOpinion("write the reasons for this decision");
        access.requireDidNotInvestigate(caller, ReviewForms.caseOf(task), "approve the decision on");
        if (outcome == Outcome.APPROVE) {
            Penalty penalty = completion.has("penalty") ? completion.object("penalty", Penalty.class)
                    : gate.current(task.getLeadId()).getPenalty();
            proceedings.decide(task.getLeadId(), penalty, caller.username(), caller.username());
        }
        signatures.sign(task, outcome, opinion, caller);
        return outcome.name();
    }
}
