package org.uep.domain.tasks;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;

/**
 * 审批意见: signs an approval step — outcome and written opinion with the approver's name, unit and role (the candidate
 * group through which the approver holds the task). Every approval form signs through here.
 */
@Component
public class ApprovalSignatures {

    private final ApprovalRecordRepository approvals;
    private final Clock clock;

    ApprovalSignatures(ApprovalRecordRepository approvals, Clock clock) {
        this.approvals = approvals;
        this.clock = clock;
    }

    public ApprovalRecord sign(InboxTask task, ApprovalRecord.Outcome outcome, String opinion, Caller caller) {
        String group = caller.actingGroup(task.getCandidateGroups());
        if (group == null) {
            throw DomainException.forbidden("Only holders of " + task.getCandidateGroups() + " can sign this approval");
        }
        int at = group.indexOf('@');
        return approvals.save(new ApprovalRecord(task, outcome, opinion, caller.username(), caller.displayName(),
                group.substring(at + 1), group.substring(0, at), clock.instant()));
    }
}
