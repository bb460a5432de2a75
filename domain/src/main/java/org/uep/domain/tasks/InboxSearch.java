package org.uep.domain.tasks;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.sql.Types;
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
 * OFFSET, so a deep page costs what the first does). Each task comes with its case number and party. The unclaimed
 * tasks offered to the caller come from inbox_task_offer (kept by a trigger, V24), read one index range per group in
 * the page's order, so a page costs about the same whatever the size of the groups.
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

    /** DUE: soonest first, none last; CREATED: newest first; PRIORITY: highest first, then as DUE. */
    public enum Sort { DUE, CREATED, PRIORITY }

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
        if (page.isEmpty()) {
            return new Page(List.of(), null);
        }
        Map<Long, InboxTask> byId = tasks.findByIds(page.stream().map(InboxSearch::id).toList())
                .stream().collect(Collectors.toMap(InboxTask::getId, Function.identity()));
        List<Entry> entries = page.stream().map(r -> new Entry(byId.get(id(r)), (String) r.get("case_number"),
                (String) r.get("party_name"))).toList();
        // The cursor from the row as the query sorted it (a priority may change before the task is loaded).
        String next = more ? Cursor.of(page.getLast(), select.sort()).encode() : null;
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

    /**
     * A page is the first rows of the union of its view's sources, each read in the page's order and cut at the page's
     * length: the caller's own tasks and the like from inbox_task, the unclaimed tasks offered to them from
     * inbox_task_offer (one index range per group). Every source applies the same filters and cursor.
     */
    private Select select(Query query, Caller caller) {
        View view = query.view() == null ? View.INBOX : query.view();
        Sort sort = view == View.COMPLETED ? null : query.sort() == null ? Sort.DUE : query.sort();
        Order order = Order.of(sort);
        int limit = limit(query.limit());
        if (view == View.COLLEAGUES && !supervising(caller)) {
            throw DomainException.forbidden("只有中队长、科室负责人可以查看同事已领取的任务。Only squad leaders, managers and heads "
                    + "see the tasks their colleagues claimed.");
        }
        if (query.dueFrom() != null && query.dueTo() != null && !query.dueFrom().isBefore(query.dueTo())) {
            throw DomainException.invalid("dueFrom must be before dueTo");
        }
        Instant now = clock.instant();
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("me", caller.username())
                .addValue("groups", arrayLiteral(caller.candidateGroups()))
                .addValue("units", arrayLiteral(Set.copyOf(caller.units())))
                .addValue("now", Timestamp.from(now))
                .addValue("limit", limit + 1);
        Filters filters = new Filters(params);
        filters.add("t.form_key = :formKey", "o.form_key = :formKey", "formKey", query.formKey());
        filters.add("t.process_id = :processId", null, "processId", query.processId());
        // A case number pins one dossier: its few tasks are read through the lead's index, not the groups' offers.
        filters.add("c.case_number = :caseNumber"
                + " and t.lead_id = (select p.lead_id from penalty_case p where p.case_number = :caseNumber)", null,
                "caseNumber", query.caseNumber());
        filters.onOneDossier = query.caseNumber() != null && !query.caseNumber().isBlank();
        filters.add("l.party_name ilike :party escape '\\'", null, "party",
                query.party() == null || query.party().isBlank() ? null : "%" + escapeLike(query.party().strip()) + "%");
        filters.add("exists (select 1 from unnest(t.candidate_groups) g where split_part(g, '@', 2) = :unit)", null,
                "unit", query.unit());
        filters.add("t.due_at >= :dueFrom", "o.due_key >= :dueFrom", "dueFrom", timestamp(query.dueFrom()));
        filters.add("t.due_at < :dueTo", "o.due_key < :dueTo", "dueTo", timestamp(query.dueTo()));
        if (query.urgency() == Urgency.OVERDUE) {
            filters.add("t.due_at < :now", "o.due_key < :now");
        } else if (query.urgency() == Urgency.DUE_SOON) {
            filters.add("t.due_at >= :now and t.due_at < :soon", "o.due_key >= :now and o.due_key < :soon");
            params.addValue("soon", Timestamp.from(now.plus(DUE_SOON)));
        }
        if (query.assigned() != null) {
            // An offer is an unclaimed task: asked for assigned ones, the offers are not read at all.
            filters.add(query.assigned() ? "t.assignee is not null" : "t.assignee is null",
                    query.assigned() ? "false" : null);
        }
        Cursor after = Cursor.parse(query.after(), sort);
        if (after != null) {
            params.addValue("afterAt", timestamp(after.at()), Types.TIMESTAMP).addValue("afterId", after.id())
                    .addValue("afterPriority", after.priority(), Types.INTEGER);
        }
        Sources sources = new Sources(filters, order, after != null);
        String held = "t.status = 'OPEN' and t.assignee = :me";
        List<String> branches = switch (view) {
            case INBOX -> List.of(sources.tasks(held + " and " + NOT_PUT_ASIDE), sources.offered());
            case MINE -> List.of(sources.tasks(held + " and " + NOT_PUT_ASIDE));
            case FOLLOW_UP -> List.of(sources.tasks(held + " and t.follow_up_at > :now"));
            case DELEGATED -> List.of(sources.tasks(
                    "t.status = 'OPEN' and t.delegated_by = :me and t.delegation_state = 'PENDING'"));
            case GROUP -> List.of(sources.offered());
            case COLLEAGUES -> List.of(sources.tasks("t.status = 'OPEN' and t.assignee <> :me and exists (select 1 from "
                    + "unnest(t.candidate_groups) g where split_part(g, '@', 2) = any(cast(:units as text[])))"));
            case COMPLETED -> List.of(sources.tasks("t.status in ('COMPLETING', 'COMPLETED') and t.completed_by = :me"));
        };
        return new Select("""
                select t.id, t.due_at, t.created_at, t.completed_at, t.priority, c.case_number, l.party_name
                from (%s) page (id)
                join inbox_task t on t.id = page.id
                %s
                order by %s limit :limit""".formatted(String.join("\nunion\n", branches), CASE_CONTEXT,
                order.by(order.taskKey())), params, limit, sort);
    }

    /** The case number and party of a task (t): for the filters and the list. */
    private static final String CASE_CONTEXT =
            "left join penalty_case c on c.id = t.case_id left join lead l on l.id = t.lead_id";

    /** The conditions of the query's filters on a task (t) and, where one follows from them, on its offer (o). */
    private static final class Filters {
        private final MapSqlParameterSource params;
        final List<String> onTask = new ArrayList<>();
        /** Implied by the conditions on the task: here so that the offer index narrows its range or skips rows. */
        final List<String> onOffer = new ArrayList<>();
        /** The filters name one dossier: reading its tasks beats walking every group's offers. */
        boolean onOneDossier;

        Filters(MapSqlParameterSource params) {
            this.params = params;
        }

        void add(String task, String offer) {
            onTask.add(task);
            if (offer != null) {
                onOffer.add(offer);
            }
        }

        /** A filter with a value; a null or blank value does not filter. */
        void add(String task, String offer, String name, Object value) {
            if (value == null || value instanceof String text && text.isBlank()) {
                return;
            }
            add(task, offer);
            params.addValue(name, value instanceof String text ? text.strip() : value);
        }
    }

    /** Where a page's rows come from, each source read in the page's order after the cursor, at most a page of it. */
    private record Sources(Filters filters, Order order, boolean paged) {

        /** Tasks read from inbox_task itself: the caller's own (a few), delegated, colleagues', completed ones. */
        String tasks(String view) {
            List<String> where = new ArrayList<>(List.of(view));
            where.addAll(filters.onTask);
            if (paged) {
                where.add(order.after(order.taskKey()));
            }
            return """
                    (select t.id from inbox_task t %s
                     where %s order by %s limit :limit)""".formatted(CASE_CONTEXT, String.join(" and ", where),
                    order.by(order.taskKey()));
        }

        /**
         * Unclaimed tasks offered to one of the caller's groups or to the caller by name: for each, its first rows in the
         * offer index's order, so the cost is a page per group, not the group's size. Distinct: a task offered to two of
         * them comes once.
         */
        String offered() {
            if (filters.onOneDossier) {
                return tasks("t.status = 'OPEN' and t.assignee is null and (t.candidate_groups && cast(:groups as text[])"
                        + " or :me = any(t.candidate_users))");
            }
            List<String> where = new ArrayList<>(List.of("o.offered_to = offeree.name", "o.by_name = offeree.by_name"));
            where.addAll(filters.onOffer);
            where.addAll(filters.onTask);
            if (paged) {
                where.add(order.after(order.offerKey()));
            }
            return """
                    (select distinct o.task_id
                     from (select g, false from unnest(cast(:groups as text[])) g union all select :me, true)
                          as offeree (name, by_name)
                     cross join lateral (
                         select o.task_id from inbox_task_offer o join inbox_task t on t.id = o.task_id %s
                         where %s order by %s limit :limit) o)""".formatted(CASE_CONTEXT, String.join(" and ", where),
                    order.by(order.offerKey()));
        }
    }

    /**
     * A sort order in SQL: its key as columns of inbox_task_offer (as indexed there) and as the same values of inbox_task,
     * ascending or descending, compared as one row with the cursor's values.
     */
    private record Order(List<String> offerKey, List<String> taskKey, boolean descending, String cursor) {

        /** The task's due date with none last, as the offer's due_key. */
        private static final String DUE_KEY = "coalesce(t.due_at, 'infinity')";
        private static final String AFTER_DUE_KEY = "coalesce(cast(:afterAt as timestamptz), 'infinity')";

        static Order of(Sort sort) {
            if (sort == null) { // completed, latest first; never offered
                return new Order(List.of(), List.of("t.completed_at", "t.id"), true, "(:afterAt, :afterId)");
            }
            return switch (sort) {
                case DUE -> new Order(List.of("o.due_key", "o.task_id"), List.of(DUE_KEY, "t.id"), false,
                        "(" + AFTER_DUE_KEY + ", :afterId)");
                case CREATED -> new Order(List.of("o.created_at", "o.task_id"), List.of("t.created_at", "t.id"), true,
                        "(:afterAt, :afterId)");
                // Highest first: the priority negated, so the whole key ascends.
                case PRIORITY -> new Order(List.of("-o.priority", "o.due_key", "o.task_id"),
                        List.of("-t.priority", DUE_KEY, "t.id"), false,
                        "(-cast(:afterPriority as int), " + AFTER_DUE_KEY + ", :afterId)");
            };
        }

        /** Rows after the cursor's in this order. */
        String after(List<String> key) {
            return "(" + String.join(", ", key) + (descending ? ") < " : ") > ") + cursor;
        }

        String by(List<String> key) {
            return key.stream().map(column -> descending ? column + " desc" : column).collect(Collectors.joining(", "));
        }
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
        return supervising(caller)
                && candidateGroups.stream().map(InboxSearch::unitOf).anyMatch(caller::isMemberOf);
    }

    /** A squad leader, manager or head: sees the colleagues' tasks and the workload of their units. */
    public static boolean supervising(Caller caller) {
        return SUPERVISING_ROLES.stream().anyMatch(caller::hasRole);
    }

    static String unitOf(String candidateGroup) {
        return candidateGroup.substring(candidateGroup.indexOf('@') + 1);
    }

    /** Not put aside until a follow-up date still to come. */
    private static final String NOT_PUT_ASIDE = "(t.follow_up_at is null or t.follow_up_at <= :now)";

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

    private static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    /**
     * The last task of a page by its sort key (with its priority when sorted by priority): an opaque token, so clients
     * cannot depend on its form.
     */
    record Cursor(Instant at, long id, Integer priority) {

        static Cursor of(Map<String, Object> row, Sort sort) {
            Object at = row.get(sort == null ? "completed_at" : sort == Sort.CREATED ? "created_at" : "due_at");
            return new Cursor(at == null ? null : ((Timestamp) at).toInstant(), InboxSearch.id(row),
                    sort == Sort.PRIORITY ? ((Number) row.get("priority")).intValue() : null);
        }

        String encode() {
            String plain = (at == null ? "-" : at.getEpochSecond() + "." + at.getNano()) + ":" + id
                    + (priority == null ? "" : ":" + priority);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor of a page sorted by {@code sort} (null: completed, latest first). */
        static Cursor parse(String token, Sort sort) {
            if (token == null || token.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
                if (parts.length != (sort == Sort.PRIORITY ? 3 : 2)) {
                    throw new IllegalArgumentException("a cursor of another sort");
                }
                Instant at = null;
                if (!parts[0].equals("-")) {
                    String[] seconds = parts[0].split("\\.");
                    at = Instant.ofEpochSecond(Long.parseLong(seconds[0]), Long.parseLong(seconds[1]));
                }
                return new Cursor(at, Long.parseLong(parts[1]), parts.length == 3 ? Integer.valueOf(parts[2]) : null);
            } catch (RuntimeException e) {
                throw DomainException.invalid("after is not a cursor this inbox gave out");
            }
        }
    }
}
