package org.uep.domain.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.RequiredText;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;

/** 备注 Comments on a task, by anyone who may see it: who wrote what, in which unit, when. */
@Service
public class TaskComments {

    static final int MAX_TEXT = 2_000;

    private final InboxService inbox;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    TaskComments(InboxService inbox, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record Comment(long id, long taskId, String author, String authorUnit, String text, Instant createdAt) {}

    @Transactional
    public Comment add(long taskId, String text, Caller caller) {
        InboxTask task = inbox.get(taskId, caller);
        String comment = RequiredText.of(text, "text", "备注内容", MAX_TEXT);
        String unit = caller.actingUnit(task.getCandidateGroups());
        Instant now = clock.instant();
        Long id = jdbc.queryForObject("""
                insert into task_comment (task_id, author, author_unit, text, created_at) values (?, ?, ?, ?, ?)
                returning id""", Long.class, taskId, caller.username(), unit, comment, Timestamp.from(now));
        audit.append(task.getCaseId() != null ? AuditLog.caseStream(task.getCaseId()) : AuditLog.leadStream(task.getLeadId()),
                caller.username(), unit, "task.commented", null, Map.of("taskId", taskId, "commentId", id));
        return new Comment(id, taskId, caller.username(), unit, comment, now);
    }

    @Transactional(readOnly = true)
    public List<Comment> of(long taskId, Caller caller) {
        inbox.get(taskId, caller);
        return jdbc.query("select * from task_comment where task_id = ? order by id", (rs, n) -> new Comment(
                rs.getLong("id"), rs.getLong("task_id"), rs.getString("author"), rs.getString("author_unit"),
                rs.getString("text"), rs.getTimestamp("created_at").toInstant()), taskId);
    }
}
