package org.uep.domain.tasks;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;

/**
 * 消息提醒: who is told of what, written in the transaction of the change it tells of. A new task tells every active
 * officer holding one of its role@unit groups (and those it names); assigning, delegating and sending a task back tell
 * the one who gets it; a task due soon or overdue tells the one who holds it, or its groups while nobody does. Telling
 * someone twice of the same thing keeps one notification. Each notification written is also published
 * ({@link NotificationsRaised}) for other channels, after commit.
 */
@Service
public class Notifications {

    public enum Kind { NEW_TASK, ASSIGNED, DELEGATED, RETURNED, DUE_SOON, OVERDUE }

    public record Notification(long id, Kind kind, long taskId, String taskName, Long caseId, Instant createdAt,
                               Instant readAt) {}

    static final int PAGE = 100;

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Notifications(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** A new task: its groups' members and the people it names. */
    @Transactional(propagation = Propagation.MANDATORY)
    void taskOpened(long taskId) {
        raised(jdbc.query("""
                insert into notification (recipient, kind, task_id, created_at)
                select distinct o.username, 'NEW_TASK', t.id, cast(? as timestamptz) from inbox_task t
                join officer o on o.active and (%s)
                where t.id = ?
                on conflict do nothing
                returning id""".formatted(OFFERED_TO_OFFICER), ID, Timestamp.from(clock.instant()), taskId));
    }

    /** The task now rests with {@code recipient}. */
    @Transactional(propagation = Propagation.MANDATORY)
    void tell(String recipient, Kind kind, long taskId) {
        raised(jdbc.query("""
                insert into notification (recipient, kind, task_id, created_at) values (?, ?, ?, ?)
                on conflict do nothing returning id""", ID, recipient, kind.name(), taskId, Timestamp.from(clock.instant())));
    }

    /**
     * Open tasks that became due soon (within {@link InboxSearch#DUE_SOON}) or overdue since the last sweep tell the one
     * who holds them, or their groups while nobody does; returns how many notifications it wrote.
     */
    @Transactional
    public int remindDue() {
        Instant now = clock.instant();
        int written = 0;
        for (Kind kind : List.of(Kind.OVERDUE, Kind.DUE_SOON)) {
            Instant before = kind == Kind.OVERDUE ? now : now.plus(InboxSearch.DUE_SOON);
            List<Long> tasks = jdbc.queryForList("""
                    update inbox_task set due_notified = ?
                    where status = 'OPEN' and due_at is not null and due_at < ?
                      and due_notified is distinct from 'OVERDUE' and due_notified is distinct from ?
                    returning id""", Long.class, kind.name(), Timestamp.from(before), kind.name());
            if (tasks.isEmpty()) {
                continue;
            }
            List<Long> ids = jdbc.query("""
                    insert into notification (recipient, kind, task_id, created_at)
                    select distinct r.username, ?, t.id, cast(? as timestamptz) from inbox_task t
                    cross join lateral (
                        select t.assignee as username where t.assignee is not null
                        union
                        select o.username from officer o where t.assignee is null and o.active and (%s)) r
                    where t.id = any(?)
                    on conflict do nothing
                    returning id""".formatted(OFFERED_TO_OFFICER), ID, kind.name(), Timestamp.from(now), bigints(tasks));
            raised(ids);
            written += ids.size();
        }
        return written;
    }

    /** The officer {@code o} is offered task {@code t}: named, or holding one of its role@unit groups. */
    private static final String OFFERED_TO_OFFICER = """
            o.username = any(t.candidate_users) or exists (select 1 from unnest(t.candidate_groups) g
                where split_part(g, '@', 1) = any(o.roles) and split_part(g, '@', 2) = any(o.units))""";

    private static final RowMapper<Long> ID = (rs, i) -> rs.getLong(1);

    /** Publishes what was just written, read in the writing transaction (listeners act after commit). */
    private void raised(List<Long> ids) {
        if (!ids.isEmpty()) {
            events.publishEvent(new NotificationsRaised(deliveries(ids)));
        }
    }

    private List<Delivery> deliveries(List<Long> ids) {
        return jdbc.query("""
                select n.id, n.recipient, n.kind, n.task_id, t.name, t.case_id, t.due_at, n.created_at
                from notification n join inbox_task t on t.id = n.task_id where n.id = any(?) order by n.id""",
                (rs, i) -> new Delivery(rs.getLong("id"), rs.getString("recipient"), Kind.valueOf(rs.getString("kind")),
                        rs.getLong("task_id"), rs.getString("name"), (Long) rs.getObject("case_id"),
                        rs.getTimestamp("due_at") == null ? null : rs.getTimestamp("due_at").toInstant(),
                        rs.getTimestamp("created_at").toInstant()), bigints(ids));
    }

    private Array bigints(List<Long> ids) {
        return jdbc.execute((ConnectionCallback<Array>) con -> con.createArrayOf("bigint", ids.toArray()));
    }

    /** A notification as other channels receive it. */
    public record Delivery(long id, String recipient, Kind kind, long taskId, String taskName, Long caseId,
                           Instant dueAt, Instant createdAt) {}

    /** Published in the transaction that wrote the notifications; listeners act after it commits. */
    public record NotificationsRaised(List<Delivery> deliveries) {}

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
