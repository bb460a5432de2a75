package org.uep.domain.tasks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;

/**
 * What a squad leader, manager or head watches (工作量看板): the open tasks of their units, by step and by who holds
 * them, with how many are overdue or due soon, and the tasks behind each count.
 */
@Service
public class UnitWorkload {

    static final int MAX_TASKS = 200;

    /** Open tasks of one step held by one officer (null: unclaimed). */
    public record Load(String elementId, String stepName, String processId, String assignee, long open, long overdue,
                       long dueSoon) {}

    /** A task behind a count. */
    public record Item(long taskId, String stepName, String assignee, Instant dueAt, Instant createdAt, Long caseId,
                       String caseNumber, String partyName) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    UnitWorkload(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Load> loads(Caller caller) {
        return jdbc.query("""
                select t.element_id, min(t.name) as name, min(t.process_id) as process_id, t.assignee, count(*) as open,
                       count(*) filter (where t.due_at < :now) as overdue,
                       count(*) filter (where t.due_at >= :now and t.due_at < :soon) as due_soon
                from inbox_task t where %s
                group by t.element_id, t.assignee
                order by t.element_id, t.assignee nulls first""".formatted(OF_MY_UNITS), params(caller),
                (rs, row) -> new Load(rs.getString("element_id"), rs.getString("name"), rs.getString("process_id"),
                        rs.getString("assignee"), rs.getLong("open"), rs.getLong("overdue"), rs.getLong("due_soon")));
    }

    /**
     * The open tasks of the caller's units behind a count, soonest due first (at most {@value #MAX_TASKS}): of one step
     * if {@code elementId} is given, held by {@code assignee} (blank: unclaimed) if it is given, overdue or due soon.
     */
    @Transactional(readOnly = true)
    public List<Item> tasks(Caller caller, String elementId, String assignee, InboxSearch.Urgency urgency) {
        MapSqlParameterSource params = params(caller);
        StringBuilder where = new StringBuilder(OF_MY_UNITS);
        if (elementId != null && !elementId.isBlank()) {
            where.append(" and t.element_id = :elementId");
            params.addValue("elementId", elementId.strip());
        }
        if (assignee != null) {
            where.append(assignee.isBlank() ? " and t.assignee is null" : " and t.assignee = :assignee");
            params.addValue("assignee", assignee.strip());
        }
        if (urgency == InboxSearch.Urgency.OVERDUE) {
            where.append(" and t.due_at < :now");
        } else if (urgency == InboxSearch.Urgency.DUE_SOON) {
            where.append(" and t.due_at >= :now and t.due_at < :soon");
        }
        return jdbc.query("""
                select t.id, t.name, t.assignee, t.due_at, t.created_at, t.case_id, c.case_number, l.party_name
                from inbox_task t
                left join penalty_case c on c.id = t.case_id
                left join lead l on l.id = t.lead_id
                where %s order by t.due_at nulls last, t.id limit %d""".formatted(where, MAX_TASKS), params,
                (rs, row) -> new Item(rs.getLong("id"), rs.getString("name"), rs.getString("assignee"),
                        instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("created_at")),
                        (Long) rs.getObject("case_id", Long.class), rs.getString("case_number"),
                        rs.getString("party_name")));
    }

    /** Open and offered to a role of one of the caller's units. */
    private static final String OF_MY_UNITS = "t.status = 'OPEN' and exists (select 1 from unnest(t.candidate_groups) g"
            + " where split_part(g, '@', 2) = any(cast(:units as text[])))";

    private MapSqlParameterSource params(Caller caller) {
        if (!InboxSearch.supervising(caller)) {
            throw DomainException.forbidden("只有中队长、科室负责人可以查看本单位的工作量。Only squad leaders, managers and heads "
                    + "see their units' workload.");
        }
        Instant now = clock.instant();
        return new MapSqlParameterSource()
                .addValue("units", InboxSearch.arrayLiteral(Set.copyOf(caller.units())))
                .addValue("now", Timestamp.from(now))
                .addValue("soon", Timestamp.from(now.plus(InboxSearch.DUE_SOON)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
