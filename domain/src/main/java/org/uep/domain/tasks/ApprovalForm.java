package org.uep.domain.tasks;

import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.ApprovalRecord.Outcome;

/**
 * Approval steps: an outcome from the step's allowed list plus a written opinion, signed with the
 * approver's name, unit and role (the candidate group through which the approver holds the task).
 */
@Component
class ApprovalForm implements TaskForm {

    /** Allowed outcomes per approval form: filing is approved or declined; a decision is approved or returned. */
    private static final Map<String, Set<Outcome>> OUTCOMES = Map.of(
            Forms.FILE_CASE_APPROVAL, Set.of(Outcome.APPROVE, Outcome.REJECT),
            Forms.DECISION_APPROVAL, Set.of(Outcome.APPROVE, Outcome.RETURN));

    private final ApprovalRecordRepository approvals;
    private final AccessPolicy access;
    private final Clock clock;

    ApprovalForm(ApprovalRecordRepository approvals, AccessPolicy access, Clock clock) {
        this.approvals = approvals;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public Set<String> formKeys() {
        return OUTCOMES.keySet();
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        Set<Outcome> allowed = OUTCOMES.get(task.getFormKey());
        Outcome outcome = parse(completion.outcome(), allowed);
        String opinion = completion.requiredOpinion("write the reasons for this decision");
        String group = caller.actingGroup(task.getCandidateGroups());
        if (group == null) {
            throw DomainException.forbidden("Only holders of " + task.getCandidateGroups() + " can sign this approval");
        }
        if (Forms.DECISION_APPROVAL.equals(task.getFormKey())) {
            access.requireDidNotInvestigate(caller, task.getCaseId(), "approve the decision on");
        }
        int at = group.indexOf('@');
        approvals.save(new ApprovalRecord(task, outcome, opinion, caller.username(), caller.displayName(),
                group.substring(at + 1), group.substring(0, at), clock.instant()));
        return outcome.name();
    }

    private static Outcome parse(String value, Set<Outcome> allowed) {
        if (value != null) {
            for (Outcome outcome : allowed) {
                if (outcome.name().equals(value)) {
                    return outcome;
                }
            }
        }
        throw DomainException.invalid("outcome must be one of " + allowed.stream().map(Enum::name).sorted().toList());
    }

}
