package org.uep.domain.tasks;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface InboxTaskRepository extends JpaRepository<InboxTask, Long> {

    Optional<InboxTask> findByJobKey(long jobKey);

    List<InboxTask> findByLeadIdOrderById(long leadId);

    /** A page's tasks, by one JPQL query Hibernate compiles once (findAllById builds a criteria query on every call). */
    @Query("select t from InboxTask t where t.id in :ids")
    List<InboxTask> findByIds(Collection<Long> ids);

    List<InboxTask> findByLeadIdAndStatus(long leadId, InboxTask.Status status);

    List<InboxTask> findByStatusAndDueAtBeforeAndIdGreaterThanOrderById(InboxTask.Status status, Instant dueBefore,
                                                                        long afterId, Limit limit);


    /** Claim: succeeds for exactly one of several concurrent callers. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update inbox_task set assignee = :username, claimed_at = :now, version = version + 1
            where id = :taskId and status = 'OPEN' and assignee is null""", nativeQuery = true)
    int claim(long taskId, String username, Instant now);

    /** Assigns the open task to {@code assignee}, whoever held it ({@code previous}, null when unclaimed). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update inbox_task set assignee = :assignee, claimed_at = :now, follow_up_at = null, version = version + 1
            where id = :taskId and status = 'OPEN' and assignee is not distinct from :previous""", nativeQuery = true)
    int assign(long taskId, String previous, String assignee, Instant now);

    /** Hands the open task from its owner to a delegate. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update inbox_task set assignee = :delegate, delegated_by = :owner, delegation_state = 'PENDING',
                                  delegation_draft = null, follow_up_at = null, version = version + 1
            where id = :taskId and status = 'OPEN' and assignee = :owner
              and (delegation_state is null or delegation_state = 'RESOLVED')""", nativeQuery = true)
    int delegate(long taskId, String owner, String delegate);

    /** The delegate sends the task back to its owner with a draft of the completion. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update inbox_task set assignee = delegated_by, delegation_state = 'RESOLVED',
                                  delegation_draft = cast(:draft as jsonb), version = version + 1
            where id = :taskId and status = 'OPEN' and assignee = :delegate and delegation_state = 'PENDING'""",
            nativeQuery = true)
    int resolve(long taskId, String delegate, String draft);

    /** Gives the task back to its groups, if {@code assignee} still holds it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update inbox_task set assignee = null, claimed_at = null, version = version + 1
            where id = :taskId and status = 'OPEN' and assignee = :assignee""", nativeQuery = true)
    int unclaim(long taskId, String assignee);
}
