package org.uep.domain.tasks;

import java.time.Instant;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InboxTaskRepository extends JpaRepository<InboxTask, Long> {

    Optional<InboxTask> findByJobKey(long jobKey);

    List<InboxTask> findByLeadIdOrderById(long leadId);

    List<InboxTask> findByLeadIdAndStatus(long leadId, InboxTask.Status status);

    List<InboxTask> findByStatusAndDueAtBeforeAndIdGreaterThanOrderById(InboxTask.Status status, Instant dueBefore,
                                                                        long afterId, Limit limit);

    /** My inbox: open tasks assigned to me, plus unclaimed ones offered to one of my candidate groups or to me. */
    @Query(value = """
            select * from inbox_task
            where status = 'OPEN'
              and (assignee = :username
                   or (assignee is null and (candidate_groups && cast(:groups as text[]) or :username = any(candidate_users))))
            order by due_at nulls last, id
            limit :limit""", nativeQuery = true)
    List<InboxTask> findInbox(String username, String[] groups, int limit);

    /** Claim: succeeds for exactly one of several concurrent callers. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update inbox_task set assignee = :username, claimed_at = :now, version = version + 1
            where id = :taskId and status = 'OPEN' and assignee is null""", nativeQuery = true)
    int claim(long taskId, String username, Instant now);
}
