package org.uep.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.client.api.worker.JobClient;
import io.camunda.zeebe.client.api.worker.JobWorker;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.CaseSteps;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.testing.MovableClock;
import org.uep.processes.clock.StatutoryClockProcess;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Messages;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.testing.EngineRecords;
import org.uep.workers.testing.InJvmEngine;

/**
 * Benchmark harness (prints figures; asserts only that every case completed): N routine cases — no hearing, the
 * statement waived, paid on time — driven through UEP's API by simulated users (each waits for its next task to show
 * in its inbox, claims and completes it), against the in-JVM engine and PostgreSQL; then the same model on a bare
 * in-JVM engine with no-op workers and auto-completed user tasks. The routine path has no statutory wait but the last
 * one (the decision becoming final, six months after service, while a revocation could still withdraw the
 * publication): a case counts as completed when only that wait is left, closed, its file reviewed and its decision
 * published. Prints completed cases/s, jobs/s and the latency from "task completed" to "next task visible"
 * (p50/p95/p99, and per step, which shows where the time goes), and UEP / bare.
 *
 * <p>CI runs the smoke size (2 cases). For figures:
 * {@code ./mvnw -pl app -am verify -Dtest=LifecycleBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Duep.bench.cases=200 -Duep.bench.in-flight=8}. Runs after the other test classes, before the one that moves time
 * by months (demo certificates expire).
 */
@UepIntegrationTest
@Order(Integer.MAX_VALUE - 2)
class LifecycleBenchmark {

    static final int CASES = Integer.getInteger("uep.bench.cases", 2);
    static final int IN_FLIGHT = Integer.getInteger("uep.bench.in-flight", 2);
    /** How often a simulated user looks at the inbox; the latency itself comes from when the task was opened. */
    static final Duration POLL = Duration.ofMillis(100);
    static final Duration STEP_TIMEOUT = Duration.ofSeconds(120);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    /** Latencies (ms) from completing a task to the next one showing, by the next task's element; UEP's hops. */
    record Figures(String name, int cases, double seconds, long jobs, Map<String, List<Double>> latencies,
                   Map<String, List<Double>> hops, Map<String, Double> cpuPerCase) {

        List<Double> all() {
            List<Double> all = new ArrayList<>();
            latencies.values().forEach(all::addAll);
            Collections.sort(all);
            return all;
        }
    }

    @Test
    void uepThroughTheApiAgainstTheBareEngine() throws Exception {
        DirectoryReady.await(jdbc);
        Figures uep = throughUep();
        Figures bare = bareEngine();
        print(uep, bare);
        assertThat(uep.cases()).isEqualTo(CASES);
        assertThat(bare.cases()).isEqualTo(CASES);
    }

    // --- UEP: simulated users through the API ------------------------------------------------------------------------

    private Figures throughUep() throws Exception {
        ZeebeTestEngine engine = InJvmEngine.shared();
        Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
        long jobsBefore = count(engine, ValueType.JOB, JobIntent.COMPLETED);
        List<Long> leads = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger userThreads = new AtomicInteger();
        ExecutorService users = Executors.newFixedThreadPool(IN_FLIGHT,
                r -> new Thread(r, "bench-user-" + userThreads.incrementAndGet()));
        CpuUse cpuBefore = CpuUse.now();
        long start = System.nanoTime();
        List<Future<?>> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            cases.add(users.submit(() -> leads.add(routineCase(latencies))));
        }
        for (Future<?> done : cases) {
            done.get(30, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> cpu = CpuUse.now().perCaseSince(cpuBefore, CASES);
        users.shutdown();
        long jobs = count(engine, ValueType.JOB, JobIntent.COMPLETED) - jobsBefore;
        EngineRecords.await("every benchmark case to wait only for its decision to become final", STEP_TIMEOUT,
                () -> leads.stream().allMatch(lead -> waitingOnlyForFinality(engine, InJvmEngine.instancesForLead(engine, lead))));
        return new Figures("UEP (API + workers + PostgreSQL)", leads.size(), seconds, jobs, latencies, hops(engine, leads),
                cpu);
    }

    /** One routine case as its users work it; returns the lead id once the last task is done. */
    private long routineCase(Map<String, List<Double>> latencies) {
        CaseSteps steps = new CaseSteps(port, clock);
        ApiClient officer = ApiClient.as(port, "officer.dinghai1");
        ApiClient head = ApiClient.as(port, "head.dinghai");
        ApiClient reviewer = ApiClient.as(port, "reviewer.dinghai");
        long leadId = Scenarios.lead(port, "基准测试 benchmark");
        long mark = nanos(clock.instant());
        mark = step(officer, leadId, Elements.VERIFY_LEAD, mark, latencies, Scenarios.verification("FILE",
                java.time.LocalDate.now(LegalTime.ZONE).minusMonths(1), null));
        steps.nameParty(leadId);
        mark = step(head, leadId, Elements.FILE_CASE_APPROVAL, mark, latencies, """
                {"outcome": "APPROVE", "opinion": "同意立案"}""");
        mark = step(officer, leadId, Elements.INVESTIGATE, mark, latencies, """
                {"findings": "现场检查属实", "officers": ["officer.dinghai1", "officer.dinghai2"]}""");
        mark = step(head, leadId, Elements.INVESTIGATION_REVIEW, mark, latencies, """
                {"outcome": "PENALTY", "opinion": "调查终结"}""");
        mark = step(officer, leadId, Elements.PROPOSE_PENALTY, mark, latencies, """
                {"data": {"penalty": %s, "facts": "占道经营", "evidence": "现场笔录", "violatedProvision": "第十七条",
                 "reasons": "拒不改正", "assertedTriggers": []}}""".formatted(CaseSteps.ROUTINE_FINE));
        mark = step(officer, leadId, Elements.SERVE_NOTICE, mark, latencies, """
                {"data": {"servedAt": "%s", "method": "DIRECT"}}""".formatted(steps.now()));
        mark = step(officer, leadId, Elements.HEAR_STATEMENT, mark, latencies, """
                {"outcome": "WAIVED", "data": {"waivedAt": "%s", "waiver": "STATEMENT_AND_DEFENCE"}}""".formatted(steps.now()));
        mark = step(head, leadId, Elements.DECISION_APPROVAL, mark, latencies, """
                {"outcome": "APPROVE", "opinion": "同意"}""");
        step(officer, leadId, Elements.SERVE_DECISION, mark, latencies, """
                {"data": {"servedAt": "%s", "method": "DIRECT"}}""".formatted(steps.now()));
        long caseId = steps.caseId(leadId);
        ApiClient.Response paid = ApiClient.asCollectionSystem(port).post("/api/payments", """
                {"reference": "BENCH-%d", "decisionNumber": "%s", "amountFen": 50000, "paidAt": "%s", "channel": "网银"}"""
                .formatted(leadId, steps.documentNumber(caseId, "DECISION"), steps.now()));
        assertThat(paid.status()).isEqualTo(201);
        mark = nanos(clock.instant());
        step(officer, leadId, Elements.REVIEW_PUBLICATION, mark, latencies, """
                {"outcome": "APPROVE", "opinion": "已核对"}""");
        step(reviewer, leadId, Elements.REVIEW_CASE_FILE, mark, latencies, """
                {"outcome": "PASSED", "opinion": "合格", "data": {"score": 90}}""");
        return leadId;
    }

    /**
     * Waits for the task to show in the user's inbox, records how long after {@code since} (the domain clock's instant,
     * in nanoseconds, when the previous task was completed) it was opened, and completes it.
     */
    private long step(ApiClient user, long leadId, String elementId, long since, Map<String, List<Double>> latencies,
                      String completion) {
        JsonNode task = null;
        long deadline = System.nanoTime() + STEP_TIMEOUT.toNanos();
        while (task == null) {
            for (JsonNode open : user.get("/api/inbox").body()) {
                if (open.get("leadId").asLong() == leadId && elementId.equals(open.get("elementId").asText())) {
                    task = open;
                }
            }
            if (task == null) {
                assertThat(System.nanoTime()).as("%s of lead %d in the inbox", elementId, leadId).isLessThan(deadline);
                sleep(POLL);
            }
        }
        latencies.computeIfAbsent(elementId, k -> Collections.synchronizedList(new ArrayList<>()))
                .add((nanos(Instant.parse(task.get("createdAt").asText())) - since) / 1e6);
        user.claimAndComplete(task, completion);
        return nanos(clock.instant());
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    /**
     * Where UEP's time goes between a completed task and the next one in the inbox: the outbox (completion committed →
     * the engine accepted the job's completion) and the inbox bridge (the engine created the next user-task job → its
     * inbox row committed); the rest is the engine and the service-task workers in between.
     */
    private Map<String, List<Double>> hops(ZeebeTestEngine engine, List<Long> leads) {
        Map<Long, Long> jobCreated = new HashMap<>();
        EngineRecords.records(engine, ValueType.JOB, JobIntent.CREATED).forEach(r -> jobCreated.put(r.getKey(), r.getTimestamp()));
        String in = leads.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
        Map<String, List<Double>> hops = new LinkedHashMap<>();
        hops.put("outbox: completion committed → accepted by the engine", jdbc.queryForList("""
                select extract(epoch from (c.done_at - c.created_at)) * 1000 from engine_command c
                join inbox_task t on t.id = c.target_id where c.kind = 'COMPLETE_JOB' and t.lead_id in (%s)""".formatted(in),
                Double.class));
        List<Double> bridge = new ArrayList<>();
        jdbc.queryForList("select job_key, created_at from inbox_task where lead_id in (%s)".formatted(in)).forEach(t -> {
            Long created = jobCreated.get(((Number) t.get("job_key")).longValue());
            if (created != null) {
                bridge.add((double) (((java.sql.Timestamp) t.get("created_at")).getTime() - created));
            }
        });
        hops.put("inbox bridge: user-task job created → inbox row committed", bridge);
        hops.values().forEach(Collections::sort);
        return hops;
    }

    // --- bare engine: the same model, no-op workers, auto-completed user tasks -----------------------------------

    private Figures bareEngine() throws Exception {
        ZeebeTestEngine engine = EngineFactory.create();
        engine.start();
        try (ZeebeClient client = engine.createClient()) {
            client.newDeployResourceCommand().addResourceFromClasspath(PenaltyCaseProcess.RESOURCE)
                    .addResourceFromClasspath(StatutoryClockProcess.RESOURCE).send().join();
            Map<String, List<Double>> latencies = new ConcurrentHashMap<>();
            Map<Long, Long> completedAt = new ConcurrentHashMap<>();
            Map<Long, AtomicInteger> reviewsLeft = new ConcurrentHashMap<>();
            Semaphore inFlight = new Semaphore(IN_FLIGHT);
            AtomicInteger done = new AtomicInteger();
            Instant now = Instant.now();
            List<JobWorker> workers = new ArrayList<>();
            for (String type : List.of(JobTypes.REGISTER_LEAD, JobTypes.FILE_CASE, JobTypes.ASSESS_PROPOSAL,
                    JobTypes.ISSUE_NOTICE, JobTypes.ISSUE_DECISION, JobTypes.CLOSE_CASE, JobTypes.PUBLISH_DECISION)) {
                workers.add(worker(client, type, (jobs, job) ->
                        jobs.newCompleteCommand(job).variables(serviceResult(type, job, now)).send().join()));
            }
            workers.add(worker(client, JobTypes.USER_TASK, (jobs, job) -> {
                long instance = job.getProcessInstanceKey();
                Long since = completedAt.get(instance);
                if (since != null) {
                    latencies.computeIfAbsent(job.getElementId(), k -> Collections.synchronizedList(new ArrayList<>()))
                            .add((System.nanoTime() - since) / 1e6);
                }
                jobs.newCompleteCommand(job).variables(userTaskResult(job.getElementId(), now)).send().join();
                completedAt.put(instance, System.nanoTime());
                if (Elements.SERVE_DECISION.equals(job.getElementId())) {
                    client.newPublishMessageCommand().messageName(Messages.PAYMENT_SETTLED)
                            .correlationKey(caseNumber(job)).timeToLive(Duration.ofHours(1)).send().join();
                }
                if ((Elements.REVIEW_CASE_FILE.equals(job.getElementId())
                        || Elements.REVIEW_PUBLICATION.equals(job.getElementId()))
                        && reviewsLeft.get(instance).decrementAndGet() == 0) {
                    done.incrementAndGet();
                    inFlight.release();
                }
            }));
            long jobsBefore = count(engine, ValueType.JOB, JobIntent.COMPLETED);
            CpuUse cpuBefore = CpuUse.now();
            long start = System.nanoTime();
            List<Long> instances = new ArrayList<>();
            for (int i = 0; i < CASES; i++) {
                inFlight.acquire();
                long key = client.newCreateInstanceCommand().bpmnProcessId(PenaltyCaseProcess.PROCESS_ID).latestVersion()
                        .variables(Map.of(Variables.LEAD_ID, 1_000_000L + i, Variables.UNIT_PATH, Scenarios.DINGHAI))
                        .send().join().getProcessInstanceKey();
                reviewsLeft.put(key, new AtomicInteger(2));
                instances.add(key);
            }
            EngineRecords.await("the bare cases", Duration.ofMinutes(30), () -> done.get() == CASES);
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Double> cpu = CpuUse.now().perCaseSince(cpuBefore, CASES);
            long jobs = count(engine, ValueType.JOB, JobIntent.COMPLETED) - jobsBefore;
            EngineRecords.await("every bare case to wait only for its decision to become final", STEP_TIMEOUT,
                    () -> waitingOnlyForFinality(engine, instances));
            workers.forEach(JobWorker::close);
            return new Figures("bare engine (no-op workers)", instances.size(), seconds, jobs, latencies, Map.of(), cpu);
        } finally {
            engine.stop();
        }
    }

    private interface Handler {
        void handle(JobClient jobs, ActivatedJob job);
    }

    private static JobWorker worker(ZeebeClient client, String type, Handler handler) {
        return client.newWorker().jobType(type).handler(handler::handle).streamEnabled(true).maxJobsActive(256)
                .timeout(Duration.ofMinutes(5)).open();
    }

    /** What each service task's worker returns on the routine path. */
    private static Map<String, Object> serviceResult(String type, ActivatedJob job, Instant now) {
        Map<String, Object> result = new HashMap<>();
        switch (type) {
            case JobTypes.REGISTER_LEAD -> result.put(Variables.LEAD_VERIFY_DUE, at(now, 15));
            case JobTypes.FILE_CASE -> {
                result.put(Variables.CASE_ID, job.getProcessInstanceKey());
                result.put(Variables.CASE_NUMBER, "BENCH-" + job.getProcessInstanceKey());
                Map<String, Object> clock = new LinkedHashMap<>();
                clock.put(StatutoryClockProcess.Variables.CLOCK_ID, "bench-" + job.getProcessInstanceKey());
                clock.put(StatutoryClockProcess.Variables.REMINDER_AT, null);
                clock.put(StatutoryClockProcess.Variables.DUE_AT, at(now, 90));
                result.put(Variables.DECISION_CLOCK, clock);
            }
            case JobTypes.ASSESS_PROPOSAL -> {
                result.put(Variables.LEGAL_REVIEW_REQUIRED, false);
                result.put(Variables.LEGAL_REVIEW_DUE_AT, null);
                result.put(Variables.COLLECTIVE_DISCUSSION_REQUIRED, false);
                result.put(Variables.NOTICE_REQUIRED, true);
                result.put(Variables.HEARING_QUALIFIES, false);
            }
            case JobTypes.ISSUE_DECISION -> result.put(Variables.DECISION_SERVE_DUE_AT, at(now, 7));
            default -> { }
        }
        return result;
    }

    /** What each person's form hands back on the routine path. */
    private static Map<String, Object> userTaskResult(String elementId, Instant now) {
        Map<String, Object> result = new HashMap<>();
        switch (elementId) {
            case Elements.VERIFY_LEAD -> result.put(Variables.LEAD_FINDING, "FILE");
            case Elements.FILE_CASE_APPROVAL -> result.put(Variables.FILING_APPROVED, true);
            case Elements.INVESTIGATION_REVIEW -> result.put(Variables.INVESTIGATION_OUTCOME, "PENALTY");
            case Elements.SERVE_NOTICE -> {
                Map<String, Object> windows = new HashMap<>();
                windows.put(Variables.REPLY_DUE_AT, at(now, 10));
                windows.put(Variables.HEARING_REQUEST_DUE_AT, null);
                result.put(Variables.PARTY_WINDOWS, windows);
            }
            case Elements.DECISION_APPROVAL -> result.put(Variables.DECISION_APPROVED, true);
            case Elements.SERVE_DECISION -> {
                result.put(Variables.PAYMENT_REQUIRED, true);
                result.put(Variables.PAYMENT_DUE_AT, at(now, 15));
                result.put(Variables.PUBLICATION_REQUIRED, true);
                result.put(Variables.PUBLICATION_DUE_AT, at(now, 7));
                result.put(Variables.DECISION_FINAL_AT, at(now, 190));
            }
            default -> { }
        }
        return result;
    }

    private static String caseNumber(ActivatedJob job) {
        return (String) job.getVariablesAsMap().get(Variables.CASE_NUMBER);
    }

    private static String at(Instant now, int days) {
        return OffsetDateTime.ofInstant(now.plus(Duration.ofDays(days)), LegalTime.ZONE)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    // --- figures -----------------------------------------------------------------------------------------------

    private static long count(ZeebeTestEngine engine, ValueType type, io.camunda.zeebe.protocol.record.intent.Intent intent) {
        return StreamSupport.stream(engine.getRecordStreamSource().getRecords().spliterator(), false)
                .filter(r -> r.getValueType() == type && r.getIntent() == intent).count();
    }

    /** Each instance's only open element (besides the process) is the wait for the decision to become final. */
    private static boolean waitingOnlyForFinality(ZeebeTestEngine engine, List<Long> instances) {
        java.util.Set<Long> ended = new java.util.HashSet<>();
        for (ProcessInstanceIntent intent : List.of(ProcessInstanceIntent.ELEMENT_COMPLETED,
                ProcessInstanceIntent.ELEMENT_TERMINATED)) {
            EngineRecords.records(engine, ValueType.PROCESS_INSTANCE, intent).forEach(r -> ended.add(r.getKey()));
        }
        Map<Long, List<String>> open = new HashMap<>();
        EngineRecords.<ProcessInstanceRecordValue>records(engine, ValueType.PROCESS_INSTANCE,
                ProcessInstanceIntent.ELEMENT_ACTIVATED).forEach(r -> {
            ProcessInstanceRecordValue v = r.getValue();
            if (instances.contains(v.getProcessInstanceKey()) && !ended.contains(r.getKey())
                    && v.getBpmnElementType() != BpmnElementType.PROCESS) {
                open.computeIfAbsent(v.getProcessInstanceKey(), k -> new ArrayList<>()).add(v.getElementId());
            }
        });
        return instances.stream().allMatch(i -> List.of(Elements.AWAIT_REVOCATION).equals(open.get(i)));
    }

    private static void print(Figures uep, Figures bare) {
        StringBuilder out = new StringBuilder(String.format("%n=== Penalty-case lifecycle benchmark: %d routine cases, "
                + "%d in flight ===%n", CASES, IN_FLIGHT));
        for (Figures f : List.of(uep, bare)) {
            List<Double> all = f.all();
            out.append(String.format("%-34s %6.2f cases/s  %7.1f jobs/s  next task visible p50 %7.1f ms  p95 %7.1f ms  "
                            + "p99 %7.1f ms  (%d cases, %.1f s, %d jobs)%n", f.name(), f.cases() / f.seconds(),
                    f.jobs() / f.seconds(), pct(all, 50), pct(all, 95), pct(all, 99), f.cases(), f.seconds(), f.jobs()));
        }
        out.append(String.format("UEP / bare: cases/s %.2f, jobs/s %.2f%n", (uep.cases() / uep.seconds())
                / (bare.cases() / bare.seconds()), (uep.jobs() / uep.seconds()) / (bare.jobs() / bare.seconds())));
        uep.hops().forEach((hop, ms) -> out.append(String.format("  %-58s p50 %7.1f ms  p95 %7.1f ms%n", hop,
                pct(ms, 50), pct(ms, 95))));
        out.append(String.format("CPU per case (ms of CPU time, %d cores; Keycloak not counted), UEP | bare:%n",
                Runtime.getRuntime().availableProcessors()));
        Set<String> groups = new LinkedHashSet<>(uep.cpuPerCase().keySet());
        groups.addAll(bare.cpuPerCase().keySet());
        for (String group : groups) {
            out.append(String.format("  %-28s %8.1f | %6.1f%n", group, uep.cpuPerCase().getOrDefault(group, 0.0),
                    bare.cpuPerCase().getOrDefault(group, 0.0)));
        }
        out.append("Where the time goes (p50 ms until the task shows, UEP | bare):\n");
        for (String element : uep.latencies().keySet().stream().sorted().toList()) {
            List<Double> u = new ArrayList<>(uep.latencies().get(element));
            List<Double> b = new ArrayList<>(bare.latencies().getOrDefault(element, List.of()));
            Collections.sort(u);
            Collections.sort(b);
            out.append(String.format("  %-28s %8.1f | %6.1f%n", element, pct(u, 50), pct(b, 50)));
        }
        System.out.println(out);
    }

    private static double pct(List<Double> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
