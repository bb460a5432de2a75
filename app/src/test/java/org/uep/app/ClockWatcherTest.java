package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uep.workers.testing.EngineRecords.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.TimerRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.TimeTravel;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.testing.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.processes.clock.StatutoryClockProcess;
import org.uep.processes.clock.StatutoryClockProcess.Elements;
import org.uep.workers.clock.ClockVariables;
import org.uep.workers.testing.EngineRecords;
import org.uep.workers.testing.InJvmEngine;

/**
 * A clock's watcher in the engine follows the clock in PostgreSQL: pause, resume, a year's calendar loaded through
 * the API (recomputing a provisional clock) and the stop reach it through the outbox, and it re-arms its timers.
 * The clock runs in 2040, a year no other test loads, so its provisional due day is known by hand.
 */
@UepIntegrationTest
class ClockWatcherTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort int port;
    @Autowired StatutoryClocks clocks;
    @Autowired CamundaClient client;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;
    @Autowired EngineOutbox outbox;
    ZeebeTestEngine engine = InJvmEngine.shared();

    @Test
    void aWatchedClockOfADossierGetsItsOwnWatcherAndTheHeadFollowsItUpWhenItExpires() {
        long leadId = Scenarios.lead(port, "核查超期 lead.verify overdue");
        String dossier = AuditLog.leadStream(leadId);
        await("lead.verify to start", WAIT, () -> clocks.ofDossier(dossier).stream()
                .anyMatch(c -> c.getClockId().equals("lead.verify")));
        RunningClock verify = clocks.ofDossier(dossier).stream().filter(c -> c.getClockId().equals("lead.verify"))
                .findFirst().orElseThrow();
        // Its watcher is started only when the clock becomes due soon.
        assertThat(outbox.find(EngineCommand.Kind.WATCH_CLOCK, verify.getId()).orElseThrow().getNextAttemptAt())
                .isAfter(clock.instant()).isBefore(verify.getDueAt());
        assertThat(clocks.get(verify.getId()).getWatcherInstanceKey()).isNull();

        // Nobody verifies the lead: fifteen working days pass (engine and domain clocks together).
        TimeTravel.advance(engine, clock, Duration.between(clock.instant(), verify.getDueAt()).plusHours(1));
        await("its watcher", WAIT, () -> clocks.get(verify.getId()).getWatcherInstanceKey() != null);

        ApiClient head = ApiClient.as(port, "head.dinghai");
        JsonNode followUp = head.awaitTask(leadId, Elements.FOLLOW_UP_OVERDUE_CLOCK);
        assertThat(followUp.get("formKey").asText()).isEqualTo(StatutoryClockProcess.Forms.FOLLOW_UP);
        assertThat(followUp.get("candidateGroups").get(0).asText()).isEqualTo("head@" + Scenarios.DINGHAI);
        head.claimAndComplete(followUp, """
                {"opinion": "请承办人三日内完成核查并报立案审批。"}""");
        await("the instruction on record", WAIT, () -> jdbc.queryForObject(
                "select count(*) from audit_event where stream = ? and action = 'case.overdue-instructed'", Long.class,
                dossier) == 1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where stream = ? and action = 'clock.escalated'",
                Long.class, dossier)).isEqualTo(1);
    }

    @Test
    void theWatcherIsReArmedWhenTheClockIsPausedResumedRecomputedAndEndsWhenItStops() {
        String subject = "test/" + UUID.randomUUID();
        // Received Thu 2040-03-01, 2040 without data (weekends only): 15 working days → Thu 03-22, due at its end;
        // due soon from Mon 03-19 (Tue, Wed, Thu left).
        RunningClock verify = clocks.start(subject, "lead.verify", Instant.parse("2040-03-01T02:00:00Z"), "test");
        assertThat(verify.isProvisional()).isTrue();
        long watcher = client.newCreateInstanceCommand().bpmnProcessId(StatutoryClockProcess.PROCESS_ID).latestVersion()
                .variables(ClockVariables.of(clocks.watch(subject, "lead.verify"))).send().join().getProcessInstanceKey();
        assertThat(clocks.bindWatcher(verify.getId(), verify.getVersion(), watcher)).isTrue();
        awaitArmed(watcher, Map.of(Elements.REMINDER_TIMER, "2040-03-19T00:00:00+08:00",
                Elements.DUE_TIMER, "2040-03-23T00:00:00+08:00"));

        // Paused: the watcher waits for the resume with no timer.
        clocks.pause(subject, "lead.verify", "officer.dinghai1", "等待检测结果");
        await("the watcher to wait paused", WAIT, () -> entered(watcher, Elements.AWAIT_RESUME) == 1);
        assertThat(armed(watcher)).isEmpty();
        // Resumed the same day: nothing to add, the same instants are armed again.
        clocks.resume(subject, "lead.verify", "officer.dinghai1");
        await("the watcher to re-arm after the resume", WAIT, () -> entered(watcher, Elements.AWAIT_REMINDER_OR_DUE) == 2);
        awaitArmed(watcher, Map.of(Elements.REMINDER_TIMER, "2040-03-19T00:00:00+08:00",
                Elements.DUE_TIMER, "2040-03-23T00:00:00+08:00"));

        // The administrator loads 2040 with Wed 03-21 off: the 15th working day is now Fri 03-23; due soon still from
        // Mon 03-19 (Tue 03-20, Thu 03-22, Fri 03-23 left).
        ApiClient.Response loaded = ApiClient.as(port, "sysadmin").put("/api/calendar/2040", """
                {"holidays": [{"date": "2040-03-21", "name": "测试假日"}], "makeUpWorkdays": []}""");
        assertThat(loaded.status()).as(loaded.body().toString()).isEqualTo(200);
        RunningClock recomputed = clocks.get(verify.getId());
        assertThat(recomputed.isProvisional()).isFalse();
        assertThat(recomputed.getDueAt()).isEqualTo(Instant.parse("2040-03-23T16:00:00Z"));
        awaitArmed(watcher, Map.of(Elements.REMINDER_TIMER, "2040-03-19T00:00:00+08:00",
                Elements.DUE_TIMER, "2040-03-24T00:00:00+08:00"));
        assertThat(jdbc.queryForList("select action from audit_event where stream = ? order by id", String.class, subject))
                .containsExactly("clock.started", "clock.paused", "clock.resumed", "clock.recomputed");

        clocks.stop(subject, "lead.verify", "test");
        await("the watcher to end as met", WAIT, () -> entered(watcher, Elements.CLOCK_MET) == 1);
        assertThat(armed(watcher)).isEmpty();
    }

    private void awaitArmed(long watcher, Map<String, String> expected) {
        Map<String, Instant> instants = expected.entrySet().stream().collect(
                Collectors.toMap(Map.Entry::getKey, e -> OffsetDateTime.parse(e.getValue()).toInstant()));
        await("timers armed at " + expected, WAIT, () -> armed(watcher).equals(instants));
    }

    /** The watcher's timers armed now: created and neither triggered nor cancelled since. */
    private Map<String, Instant> armed(long watcher) {
        Map<Long, Record<TimerRecordValue>> open = new java.util.LinkedHashMap<>();
        for (Record<TimerRecordValue> created : EngineRecords.<TimerRecordValue>records(engine, ValueType.TIMER, TimerIntent.CREATED)) {
            if (created.getValue().getProcessInstanceKey() == watcher) {
                open.put(created.getKey(), created);
            }
        }
        EngineRecords.<TimerRecordValue>records(engine, ValueType.TIMER, TimerIntent.CANCELED).forEach(r -> open.remove(r.getKey()));
        EngineRecords.<TimerRecordValue>records(engine, ValueType.TIMER, TimerIntent.TRIGGERED).forEach(r -> open.remove(r.getKey()));
        return open.values().stream().collect(Collectors.toMap(r -> r.getValue().getTargetElementId(),
                r -> Instant.ofEpochMilli(r.getValue().getDueDate())));
    }

    private long entered(long watcher, String elementId) {
        return EngineRecords.<ProcessInstanceRecordValue>records(engine, ValueType.PROCESS_INSTANCE,
                        ProcessInstanceIntent.ELEMENT_ACTIVATED).stream()
                .filter(r -> r.getValue().getProcessInstanceKey() == watcher && r.getValue().getElementId().equals(elementId))
                .count();
    }
}
