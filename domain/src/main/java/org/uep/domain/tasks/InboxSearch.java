package org.uep.domain.tasks;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;

/**
 * The inbox as its users look at it: a view (my tasks, my units' unclaimed tasks, both, colleagues' claimed tasks,
 * recently completed by me), filtered and sorted, a page at a time by keyset (the cursor names the last task seen; no
 * OFFSET, so a deep page costs what the first does). Each task comes with its case number and party.
 */
@Service
public class InboxSearch {

    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 200;
    /** Due soon: due within this much from now (and not overdue). */
    static final Duration DUE_SOON = Duration.ofDays(3);
    /** Who may look at the tasks colleagues of their units have claimed. */
    static final Set<String> SUPERVISING_ROLES = Set.of("squad-leader", "manager", "head");

    public enum View {
        /** Assigned to me, then unclaimed ones offered to my groups or to me. */
        INBOX,
        /** Assigned to me. */
        MINE,
        /** Assigned to me and put aside until a follow-up date still to come. */
        FOLLOW_UP,
        /** Unclaimed, offered to one of my role@unit groups or to me. */
        GROUP,
        /** Delegated by me and not yet sent back. */
        DELEGATED,
        /** Claimed by someone else in my units (squad leaders, managers, heads). */
        COLLEAGUES,
        /** Completed by me, latest first. */
        COMPLETED
    }

    public enum Urgency { OVERDUE, DUE_SOON }

    public enum Sort { DUE, CREATED }

    /** What to show; null fields do not filter. {@code after} is the cursor of the previous page. */
    public record Query(View view, String formKey, String processId, String caseNumber, String party, String unit,
                        Instant dueFrom, Instant dueTo, Urgency urgency, Boolean assigned, Sort sort, String after,
                        Integer limit) {

        public static Query inbox() {
            return new Query(View.INBOX, null, null, null, null, null, null, null, null, null, Sort.DUE, null, null);
        }
    }

    /** A task with the case context the list shows. */
    public record Entry(InboxTask task, String caseNumber, String partyName) {}

    /** A page; {@code next} is the cursor of the following page, null on the last. */
    public record Page(List<Entry> entries, String next) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final InboxTaskRepository tasks;
    private final Clock clock;

    InboxSearch(NamedParameterJdbcTemplate jdbc, InboxTaskRepository tasks, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page search(Query query, Caller caller) {
        Select select = select(query, caller);
        List<Map<String, Object>> rows = jdbc.queryForList(select.sql(), select.params());
        int limit = select.limit();
        boolean more = rows.size() > limit;
        List<Map<String, Object>> page = more ? rows.subList(0, limit) : rows;
        Map<Long, InboxTask> byId = tasks.findAllById(page.stream().map(r -> ((Number) r.get("id")).longValue()).toList())
                .stream().collect(Collectors.toMap(InboxTask::getId, Function.identity()));
        List<Entry> entries = page.stream().map(r -> new Entry(byId.get(((Number) r.get("id")).longValue()),
                (String) r.get("case_number"), (String) r.get("party_name"))).toList();
        String next = more ? Cursor.of(entries.getLast().task(), select.sort()).encode() : null;
        return new Page(entries, next);
    }

    /** The query's plan as PostgreSQL runs it (EXPLAIN ANALYZE), for the benchmark. */
    @Transactional(readOnly = true)
    List<String> explain(Query query, Caller caller) {
        Select select = select(query, caller);
        return jdbc.queryForList("explain (analyze, buffers) " + select.sql(), select.params(), String.class);
    }

    /** The SQL of a page: one more row than the page, to know whether another follows. */
    record Select(String sql, MapSqlParameterSource params, int limit, Sort sort) {}

    private Select select(Query query, Caller caller) {
        View view = query.view() == null ? View.INBOX : query.view();
        Sort sort = view == View.COMPLETED ? null : query.sort() == null ? Sort.DUE : query.sort();
        int limit = limit(query.limit());
        if (view == View.COLLEAGUES && SUPERVISING_ROLES.stream().noneMatch(caller::hasRole)) {
            throw DomainException.forbidden("只有中队长、科室负责人可以查看同事已领取的任务。Only squad leaders, managers and heads "
                    + "see the tasks their colleagues claimed.");
        }
        if (query.dueFrom() != null && query.dueTo() != null && !query.dueFrom().isBefore(query.dueTo())) {
            throw DomainException.invalid("dueFrom must be before dueTo");
        }
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("me", caller.username())
                .addValue("meAsArray", arrayLiteral(Set.of(caller.username())))
                .addValue("groups", arrayLiteral(caller.candidateGroups()))
                .addValue("units", arrayLiteral(Set.copyOf(caller.units())))
                .addValue("now", Timestamp.from(now))
                .addValue("limit", limit + 1);
        List<String> where = new ArrayList<>();
        where.add(switch (view) {
            case INBOX -> "t.status = 'OPEN' and ((t.assignee = :me and " + NOT_PUT_ASIDE + ") or (t.assignee is null and "
                    + OFFERED + "))";
            case MINE -> "t.status = 'OPEN' and t.assignee = :me and " + NOT_PUT_ASIDE;
            case FOLLOW_UP -> "t.status = 'OPEN' and t.assignee = :me and t.follow_up_at > :now";
            case DELEGATED -> "t.status = 'OPEN' and t.delegated_by = :me and t.delegation_state = 'PENDING'";
            case GROUP -> "t.status = 'OPEN' and t.assignee is null and " + OFFERED;
            case COLLEAGUES -> "t.status = 'OPEN' and t.assignee <> :me and exists (select 1 from unnest(t.candidate_groups) g"
                    + " where split_part(g, '@', 2) = any(cast(:units as text[])))";
            case COMPLETED -> "t.status in ('COMPLETING', 'COMPLETED') and t.completed_by = :me";
        });
        filter(where, params, "t.form_key = :formKey", "formKey", query.formKey());
        filter(where, params, "t.process_id = :processId", "processId", query.processId());
        filter(where, params, "c.case_number = :caseNumber", "caseNumber", query.caseNumber());
        filter(where, params, "l.party_name ilike :party escape '\\'", "party",
                query.party() == null || query.party().isBlank() ? null : "%" + escapeLike(query.party().strip()) + "%");
        filter(where, params, "exists (select 1 from unnest(t.candidate_groups) g where split_part(g, '@', 2) = :unit)",
                "unit", query.unit());
        filter(where, params, "t.due_at >= :dueFrom", "dueFrom", timestamp(query.dueFrom()));
        filter(where, params, "t.due_at < :dueTo", "dueTo", timestamp(query.dueTo()));
        if (query.urgency() == Urgency.OVERDUE) {
            where.add("t.due_at < :now");
        } else if (query.urgency() == Urgency.DUE_SOON) {
            where.add("t.due_at >= :now and t.due_at < :soon");
            params.addValue("soon", Timestamp.from(now.plus(DUE_SOON)));
        }
        if (query.assigned() != null) {
            where.add(query.assigned() ? "t.assignee is not null" : "t.assignee is null");
        }
        Cursor after = Cursor.parse(query.after());
        if (after != null) {
            where.add(sort == null ? "(t.completed_at, t.id) < (:afterAt, :afterId)"
                    : sort == Sort.CREATED ? "(t.created_at, t.id) < (:afterAt, :afterId)"
                    : after.at() == null ? "t.due_at is null and t.id > :afterId"
                    : "(t.due_at > :afterAt or (t.due_at = :afterAt and t.id > :afterId) or t.due_at is null)");
            params.addValue("afterAt", timestamp(after.at())).addValue("afterId", after.id());
        }
        String order = sort == null ? "t.completed_at desc, t.id desc"
                : sort == Sort.CREATED ? "t.created_at desc, t.id desc" : "t.due_at nulls last, t.id";
        return new Select("""
                select t.id, c.case_number, l.party_name from inbox_task t
                left join penalty_case c on c.id = t.case_id
                left join lead l on l.id = t.lead_id
                where %s order by %s limit :limit""".formatted(String.join(" and ", where), order), params, limit, sort);
    }

    /** One task with its case context. */
    @Transactional(readOnly = true)
    public Entry entry(InboxTask task) {
        Map<String, Object> context = jdbc.queryForList("""
                select (select case_number from penalty_case where id = :caseId) as case_number,
                       (select party_name from lead where id = :leadId) as party_name""",
                new MapSqlParameterSource("caseId", task.getCaseId()).addValue("leadId", task.getLeadId())).getFirst();
        return new Entry(task, (String) context.get("case_number"), (String) context.get("party_name"));
    }

    /** A squad leader, manager or head of the unit of one of the groups (role@unit) the task is offered to. */
    static boolean supervises(Caller caller, List<String> candidateGroups) {
        return SUPERVISING_ROLES.stream().anyMatch(caller::hasRole)
                && candidateGroups.stream().map(InboxSearch::unitOf).anyMatch(caller::isMemberOf);
    }

    static String unitOf(String candidateGroup) {
        return candidateGroup.substring(candidateGroup.indexOf('@') + 1);
    }

    /** Not put aside until a follow-up date still to come. */
    private static final String NOT_PUT_ASIDE = "(t.follow_up_at is null or t.follow_up_at <= :now)";

    /** Offered to one of the caller's role@unit groups, or to the caller by name. */
    private static final String OFFERED =
            "(t.candidate_groups && cast(:groups as text[]) or t.candidate_users @> cast(:meAsArray as text[]))";

    private static void filter(List<String> where, MapSqlParameterSource params, String condition, String name,
                               Object value) {
        if (value instanceof String text && text.isBlank()) {
            return;
        }
        if (value != null) {
            where.add(condition);
            params.addValue(name, value instanceof String text ? text.strip() : value);
        }
    }

    /** A PostgreSQL text[] literal (a bound Java array would be expanded into a list by the named-parameter template). */
    static String arrayLiteral(Set<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The last task of a page by its sort key: an opaque token, so clients cannot depend on its form. */
    record Cursor(Instant at, long id) {

        static Cursor of(InboxTask last, Sort sort) {
            Instant at = sort == null ? last.getCompletedAt() : sort == Sort.CREATED ? last.getCreatedAt() : last.getDueAt();
            return new Cursor(at, last.getId());
        }

        String encode() {
            String plain = (at == null ? "-" : at.getEpochSecond() + "." + at.getNano()) + ":" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor parse(String token) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
                Instant at = null;
                if (!parts[0].equals("-")) {
                    String[] seconds = parts[0].split("\\.");
                    at = Instant.ofEpochSecond(Long.parseLong(seconds[0]), Long.parseLong(seconds[1]));
                }
                return new Cursor(at, Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw DomainException.invalid("after is not a cursor this inbox gave out");
            }
        }
    }
}
