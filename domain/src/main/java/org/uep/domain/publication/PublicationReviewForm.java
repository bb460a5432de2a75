package org.uep.domain.publication;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.ApprovalRecord.Outcome;
import org.uep.domain.tasks.ApprovalSignatures;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * 审核公示内容: the officer confirms the redacted text ({@code GET /api/cases/{id}/publication} shows it) before it goes
 * out, signed with the opinion. The model has no way back from here, so APPROVE is the only outcome.
 */
@Component
class PublicationReviewForm implements TaskForm {

    private final ApprovalSignatures signatures;

    PublicationReviewForm(ApprovalSignatures signatures) {
        this.signatures = signatures;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.PUBLICATION_REVIEW);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        Outcome outcome = completion.outcome(Outcome.class, List.of(Outcome.APPROVE));
        signatures.sign(task, outcome, completion.requiredOpinion("confirm that the redacted text may be published"), caller);
        return outcome.name();
    }
}
