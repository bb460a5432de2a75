package org.uep.domain.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.tasks.InboxSearch.Query;
import org.uep.domain.tasks.InboxSearch.Sort;
import org.uep.domain.tasks.InboxSearch.Urgency;
import org.uep.domain.tasks.InboxSearch.View;

/**
 * Benchmark harness (prints figures; asserts only that pages come back): N open tasks over 10,000 officers in 100 units
 * of 100 officers each (a tenth claimed, due dates spread two months either side of today, ten task kinds, priorities
 * 0–100), then the inbox's queries for random officers — my tasks, my group's unclaimed tasks filtered by kind and
 * overdue, the first page and a page twenty pages deep, by due date and by priority — with p50/p95/p99 (after untimed
 * warm-up rounds; the queries take turns, so a busy moment of the machine falls on all alike) and PostgreSQL's plans.
 * CI runs it with 20,000 tasks; for figures: {@code ./mvnw -pl domain -am verify -Dtest=InboxQueryBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Duep.bench.inbox.tasks=1000000}. The seeded rows are removed afterwards.
 */
@DomainTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxQueryBenchmark {

    static final int TASKS = Integer.getInteger("uep.bench.inbox.tasks", 20_000);
    static final int UNITS = 100;
    static final int OFFICERS_PER_UNIT = 100;
    static final int RUNS = Integer.getInteger("uep.bench.inbox.runs", 200);
    /** Untimed rounds first: the first calls pay for class loading and JIT, not for the queries. */
    static final int WARM_UP = Integer.getInteger("uep.bench.inbox.warmup", 100);
    static final long JOB_KEYS = 7_000_000_000_000L;

    @Autowired InboxSearch search;
    @Autowired JdbcTemplate jdbc;
    private final Random random = new Random(42);

    @BeforeAll
    void seed() {
        long started = System.nanoTime();
        jdbc.update("""
                insert into inbox_task (job_key, process_instance_key, process_id, element_id, name, form_key,
                    candidate_groups, candidate_users, assignee, due_at, status, created_at, claimed_at, priority)
                select ? + i, ? + i, 'penalty-case', 'step' || (i %% 10), '步骤 ' || (i %% 10), 'uep:bench-kind-' || (i %% 10),
                       array['officer@/bench/unit-' || (i %% %d)], '{}',
                       case when i %% 10 = 0 then 'bench.' || (i %% %d) || '.' || ((i / %d) %% %d) end,
                       now() + make_interval(mins => ((i::bigint * 7919) %% 172800)::int - 86400), 'OPEN',
                       now() - make_interval(mins => (i %% 100000)), case when i %% 10 = 0 then now() end,
                       (i::bigint * 31) %% 101
                from generate_series(1, ?) i""".formatted(UNITS, UNITS, UNITS, OFFICERS_PER_UNIT),
                JOB_KEYS, JOB_KEYS, TASKS);
        // as autovacuum would: statistics fresh, the pages all-visible (index-only scans of the offers)
        jdbc.execute("vacuum analyze inbox_task, inbox_task_offer");
        System.out.printf("%nSeeded %,d open tasks over %,d officers in %d units in %.1f s%n", TASKS,
                UNITS * OFFICERS_PER_UNIT, UNITS, (System.nanoTime() - started) / 1e9);
    }

    @AfterAll
    void removeSeed() {
        jdbc.update("delete from notification where task_id in (select id from inbox_task where job_key > ?)", JOB_KEYS);
        // in one statement rather than by the foreign key's cascade, a row at a time
        jdbc.update("delete from inbox_task_offer where task_id in (select id from inbox_task where job_key > ?)", JOB_KEYS);
        jdbc.update("delete from inbox_task where job_key > ?", JOB_KEYS);
    }

    /** A query of the harness: its name and, for a given officer, the query to time. */
    private record Measured(String name, Function<Caller, Query> queryOf, List<Double> ms) {
        Measured(String name, Function<Caller, Query> queryOf) {
            this(name, queryOf, new ArrayList<>());
        }
    }

    @Test
    void inboxQueries() {
        Query mine = new Query(View.MINE, null, null, null, null, null, null, null, null, null, Sort.DUE, null, 50);
        Query groupFiltered = new Query(View.GROUP, "uep:bench-kind-3", null, null, null, null, null, null,
                Urgency.OVERDUE, null, Sort.DUE, null, 50);
        Query inbox = new Query(View.INBOX, null, null, null, null, null, null, null, null, null, Sort.DUE, null, 50);
        Query byPriority = new Query(View.INBOX, null, null, null, null, null, null, null, null, null, Sort.PRIORITY, null,
                50);
        // The worst case of a filter the offer rows do not carry: a case number none of the caller's tasks has.
        Query byAbsentCase = new Query(View.INBOX, null, null, "NO-SUCH-CASE", null, null, null, null, null, null, Sort.DUE,
                null, 50);
        List<Measured> queries = List.of(
                new Measured("my tasks, first page", caller -> mine),
                new Measured("group, kind + overdue, first page", caller -> groupFiltered),
                new Measured("inbox, first page", caller -> inbox),
                new Measured("inbox, page 21 (after 20 pages)", caller -> deep(inbox, caller, 20)),
                new Measured("inbox by priority, first page", caller -> byPriority),
                new Measured("inbox by priority, page 21", caller -> deep(byPriority, caller, 20)),
                new Measured("inbox, a case number with no task", caller -> byAbsentCase));
        // Round after round of all the queries, so that a busy moment of the machine falls on all of them alike.
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            for (Measured measured : queries) {
                Caller caller = officer(random.nextInt(UNITS), random.nextInt(OFFICERS_PER_UNIT));
                Query query = measured.queryOf().apply(caller);
                long started = System.nanoTime();
                InboxSearch.Page page = search.search(query, caller);
                double ms = (System.nanoTime() - started) / 1e6;
                assertThat(page.entries()).isNotNull();
                if (run >= WARM_UP) {
                    measured.ms().add(ms);
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format(
                "%n=== Inbox queries: %,d open tasks, %d runs each after %d untimed ===%n", TASKS, RUNS, WARM_UP));
        Caller sample = officer(7, 7);
        for (Measured measured : queries) {
            List<Double> ms = measured.ms().stream().sorted().toList();
            out.append(String.format("  %-36s p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms%n", measured.name(), pct(ms, 50),
                    pct(ms, 95), pct(ms, 99)));
            search.explain(measured.queryOf().apply(sample), sample)
                    .forEach(line -> out.append("      ").append(line).append('\n'));
        }
        System.out.println(out);
    }

    /** The query for the page after {@code pages} pages of this officer's inbox. */
    private Query deep(Query first, Caller caller, int pages) {
        String after = null;
        for (int i = 0; i < pages; i++) {
            Query query = new Query(first.view(), null, null, null, null, null, null, null, null, null, first.sort(), after,
                    first.limit());
            after = search.search(query, caller).next();
            if (after == null) {
                break;
            }
        }
        return new Query(first.view(), null, null, null, null, null, null, null, null, null, first.sort(), after,
                first.limit());
    }

    private static Caller officer(int unit, int number) {
        return new Caller("bench." + unit + "." + number, "bench officer", List.of("/bench/unit-" + unit),
                Set.of("officer"), Credentials.certificate("ZJ-bench", LocalDate.of(2030, 12, 31)));
    }

    private static double pct(List<Double> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
