package org.uep.domain.penalty;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.ApprovalRecord;
import org.uep.domain.tasks.ApprovalSignatures;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.DiscussionOutcome;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.LegalReviewOutcome;

/**
 * The forms of the review gate: the officer's proposal (拟定处罚意见), the legal review (法制审核, signed by a qualified
 * reviewer who did not investigate) and the record of the collective discussion (集体讨论, signed by the head).
 */
@Component
class ReviewForms implements TaskForm {

    private final ReviewGate gate;
    private final ApprovalSignatures signatures;
    private final AccessPolicy access;

    ReviewForms(ReviewGate gate, ApprovalSignatures signatures, AccessPolicy access) {
        this.gate = gate;
        this.signatures = signatures;
        this.access = access;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.PENALTY_PROPOSAL, Forms.LEGAL_REVIEW, Forms.COLLECTIVE_DISCUSSION);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        return switch (task.getFormKey()) {
            case Forms.PENALTY_PROPOSAL -> propose(task, completion, caller);
            case Forms.LEGAL_REVIEW -> legalReview(task, completion, caller);
            default -> discuss(task, completion, caller);
        };
    }

    private String propose(InboxTask task, TaskCompletion completion, Caller caller) {
        List<String> asserted = completion.has("assertedTriggers")
                ? completion.object("assertedTriggers", new TypeReference<List<String>>() {}) : List.of();
        gate.propose(task.getLeadId(), new ProposalDetails(completion.object("penalty", Penalty.class),
                completion.text("facts", ProposalDetails.MAX_TEXT), completion.text("evidence", ProposalDetails.MAX_TEXT),
                completion.text("violatedProvision", ProposalDetails.MAX_TEXT),
                completion.text("reasons", ProposalDetails.MAX_TEXT), asserted), caller.username());
        return "PROPOSED";
    }

    private String legalReview(InboxTask task, TaskCompletion completion, Caller caller) {
        LegalReviewOutcome outcome = completion.outcome(LegalReviewOutcome.class, List.of(LegalReviewOutcome.values()));
        String opinion = completion.requiredOpinion("the review's findings on actor, powers, procedure, facts, law, "
                + "discretion and documents (法制审核意见)");
        access.requireMayReviewLegally(caller);
        access.requireDidNotInvestigate(caller, caseOf(task), "legally review");
        gate.legalReviewed(task.getLeadId(), outcome, opinion, caller.username());
        signatures.sign(task, switch (outcome) {
            case AGREE -> ApprovalRecord.Outcome.APPROVE;
            case RETURN -> ApprovalRecord.Outcome.RETURN;
            case TRANSFER -> ApprovalRecord.Outcome.TRANSFER;
        }, opinion, caller);
        return outcome.name();
    }

    private String discuss(InboxTask task, TaskCompletion completion, Caller caller) {
        DiscussionOutcome outcome = completion.outcome(DiscussionOutcome.class, List.of(DiscussionOutcome.values()));
        String conclusion = completion.requiredOpinion("the discussion's conclusion (讨论结论)");
        gate.discussed(task.getLeadId(), outcome, conclusion,
                completion.object("participants", new TypeReference<List<ReviewGate.Participant>>() {}),
                caller.username());
        signatures.sign(task, outcome == DiscussionOutcome.PROCEED ? ApprovalRecord.Outcome.APPROVE
                : ApprovalRecord.Outcome.RETURN, conclusion, caller);
        return outcome.name();
    }

    static long caseOf(InboxTask task) {
        if (task.getCaseId() == null) {
            throw DomainException.conflict("Task " + task.getId() + " belongs to no filed case");
        }
        return task.getCaseId();
    }
}
