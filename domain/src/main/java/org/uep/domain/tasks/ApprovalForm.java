package org.uep.domain.tasks;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.ApprovalRecord.Outcome;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * Approvals that only sign ({@link ApprovalSignatures}): 立案审批, the head files the case or declines it with the
 * written reasons; 审核公示内容, the officer confirms the redacted publication text (shown by
 * {@code GET /api/cases/{id}/publication}) — the model has no way back from there, so APPROVE is its only outcome.
 */
@Component
class ApprovalForm implements TaskForm {

    private final ApprovalSignatures signatures;

    ApprovalForm(ApprovalSignatures signatures) {
        this.signatures = signatures;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.FILE_CASE_APPROVAL, Forms.PUBLICATION_REVIEW);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        Outcome outcome = completion.outcome(Outcome.class, Forms.PUBLICATION_REVIEW.equals(task.getFormKey())
                ? List.of(Outcome.APPROVE) : List.of(Outcome.APPROVE, Outcome.REJECT));
        signatures.sign(task, outcome, completion.requiredOpinion("write the reasons for this decision"), caller);
        return outcome.name();
    }
}
