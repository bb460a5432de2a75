package org.uep.domain.tasks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.ApprovalRecord.Outcome;

/**
 * 批量审批: several selected tasks of one kind approved with one opinion. Each task is claimed (when unclaimed) and
 * completed in its own transaction, exactly as if approved one by one: one that cannot be approved (taken by someone
 * else, its form needs more than an opinion, its rules refuse it) is reported and changes nothing, the others go through.
 */
@Service
public class BatchApproval {

    static final int MAX_TASKS = 50;

    private final InboxService inbox;

    BatchApproval(InboxService inbox) {
        this.inbox = inbox;
    }

    /** What became of one task: approved, or why not. */
    public record Result(long taskId, boolean approved, String problem) {}

    public List<Result> approve(List<Long> taskIds, String opinion, Caller caller) {
        Set<Long> ids = new LinkedHashSet<>(taskIds == null ? List.of() : taskIds);
        if (ids.isEmpty() || ids.size() > MAX_TASKS) {
            throw DomainException.invalid("taskIds must name 1 to " + MAX_TASKS + " tasks");
        }
        if (opinion == null || opinion.isBlank()) {
            throw DomainException.invalid("opinion is required: the reasons for approving (审批意见)");
        }
        Set<String> kinds = new LinkedHashSet<>();
        for (long id : ids) {
            kinds.add(inbox.get(id, caller).getFormKey());
        }
        if (kinds.size() > 1) {
            throw DomainException.invalid("批量审批的任务须为同一类。The tasks are of different kinds " + kinds
                    + ": approve one kind at a time.");
        }
        List<Result> results = new ArrayList<>();
        for (long id : ids) {
            try {
                inbox.claimAndComplete(id, new TaskCompletion(Outcome.APPROVE.name(), opinion, null, null), caller);
                results.add(new Result(id, true, null));
            } catch (DomainException e) {
                results.add(new Result(id, false, e.getMessage()));
            }
        }
        return results;
    }
}
