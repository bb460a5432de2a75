package org.uep.domain.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;

/**
 * 消息提醒: who is told of what, written in the transaction of the change it tells of. A new task tells every active
 * officer holding one of its role@unit groups (and those it names); assigning, delegating and sending a task back tell
 * the one who gets it. Telling someone twice of the same thing keeps one notification.
 */
@Service
public class Notifications {

    public enum Kind { NEW_TASK, ASSIGNED, DELEGATED, RETURNED }

    public record Notification(long id, Kind kind, long taskId, String taskName, Long caseId, Instant createdAt,
                               Instant readAt) {}

    static final int PAGE = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Notifications(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new task: its groups' members and the people it names. */
    @Transactional(propagation = Propagation.MANDATORY)
    void taskOpened(long taskId) {
        jdbc.update("""
                insert into notification (recipient, kind, task_id, created_at)
                select distinct o.username, 'NEW_TASK', t.id, cast(? as timestamptz) from inbox_task t
                join officer o on o.active and (o.username = any(t.candidate_users) or exists (
                    select 1 from unnest(t.candidate_groups) g
                    where split_part(g, '@', 1) = any(o.roles) and split_part(g, '@', 2) = any(o.units)))
                where t.id = ?
                on conflict do nothing""", Timestamp.from(clock.instant()), taskId);
    }

    /** The task now rests with {@code recipient}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void tell(String recipient, Kind kind, long taskId) {
        jdbc.update("""
                insert into notification (recipient, kind, task_id, created_at) values (?, ?, ?, ?)
                on conflict do nothing""", recipient, kind.name(), taskId, Timestamp.from(clock.instant()));
    }

    /** Mine, unread first, newest first within each. */
    @Transactional(readOnly = true)
    public List<Notification> of(Caller caller) {
        return jdbc.query("""
                select n.*, t.name, t.case_id from notification n join inbox_task t on t.id = n.task_id
                where n.recipient = ? order by n.read_at is not null, n.id desc limit ?""", (rs, i) -> new Notification(
                rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getLong("task_id"), rs.getString("name"),
                (Long) rs.getObject("case_id"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") == null ? null : rs.getTimestamp("read_at").toInstant()),
                caller.username(), PAGE);
    }

    /** The badge: how many of mine are unread. */
    @Transactional(readOnly = true)
    public long unread(Caller caller) {
        return jdbc.queryForObject("select count(*) from notification where recipient = ? and read_at is null", Long.class,
                caller.username());
    }

    /** Marks one of mine read; reading it again changes nothing. */
    @Transactional
    public void read(long id, Caller caller) {
        if (jdbc.update("update notification set read_at = coalesce(read_at, ?) where id = ? and recipient = ?",
                Timestamp.from(clock.instant()), id, caller.username()) == 0) {
            throw DomainException.notFound("Notification", id);
        }
    }
}
