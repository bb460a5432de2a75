package org.uep.domain.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.calendar.CalendarService;
import org.uep.domain.calendar.YearFacts;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.testing.Dossiers;

/** Clocks on the calendar seeded from the shipped holiday file; expected days worked out by hand. */
@DomainTest
class StatutoryClocksTest {

    @Autowired StatutoryClocks clocks;
    @Autowired CalendarService calendars;
    @Autowired AuditEventRepository audit;
    @Autowired EngineOutbox outbox;

    private static Instant shanghai(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
    }

    private static String subject() {
        return "test/" + UUID.randomUUID();
    }

    @Test
    void caseDecideIsNinetyNaturalDaysMovedPastRestDays() {
        // Filed Mon 2026-03-02: day 90 = Sun 2026-05-31 → Mon 06-01, due at its end.
        assertThat(clocks.start(subject(), "case.decide", shanghai("2026-03-02T23:30:00"), "t").getDueAt())
                .isEqualTo(shanghai("2026-06-02T00:00:00"));
        // Filed Thu 2025-07-03: day 90 = Wed 2025-10-01, National Day; 10-01..10-08 are off → Thu 10-09.
        assertThat(clocks.start(subject(), "case.decide", shanghai("2025-07-03T10:00:00"), "t").getDueAt())
                .isEqualTo(shanghai("2025-10-10T00:00:00"));
    }

    @Test
    void leadVerifyIsFifteenWorkingDaysAcrossHolidaysAndMakeUpDays() {
        // Received Fri 2025-09-19: 09-22..26 (5), Sun 09-28 调休 (6), 09-29, 09-30 (8), 10-01..08 off,
        // 10-09, 10-10 (10), Sat 10-11 调休 (11), 10-13..16 (15) → Thu 2025-10-16.
        RunningClock verify = clocks.start(subject(), "lead.verify", shanghai("2025-09-19T10:00:00"), "t");
        assertThat(verify.getDueAt()).isEqualTo(shanghai("2025-10-17T00:00:00"));
        assertThat(verify.isProvisional()).isFalse();
    }

    @Test
    void startingTwiceKeepsTheFirstClock() {
        String subject = subject();
        RunningClock first = clocks.start(subject, "lead.verify", shanghai("2026-11-27T10:00:00"), "t");
        RunningClock again = clocks.start(subject, "lead.verify", shanghai("2026-12-01T10:00:00"), "t");
        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getDueAt()).isEqualTo(first.getDueAt());
    }

    @Test
    void aWatchedClockAsksForItsWatcherOnceWhenDueSoonAndAPartyWindowDoesNot() {
        String subject = subject();
        RunningClock serve = clocks.start(subject, "decision.serve", shanghai("2026-11-27T10:00:00"), "t");
        clocks.start(subject, "decision.serve", shanghai("2026-11-27T10:00:00"), "t");
        RunningClock window = clocks.start(subject, "notice.reply", shanghai("2026-11-27T10:00:00"), "t");

        EngineCommand watch = outbox.find(EngineCommand.Kind.WATCH_CLOCK, serve.getId()).orElseThrow();
        assertThat(watch.getNextAttemptAt()).as("the watcher starts when the clock is due soon")
                .isEqualTo(OffsetDateTime.parse(clocks.watch(serve).reminderAt()).toInstant());
        assertThat(outbox.find(EngineCommand.Kind.WATCH_CLOCK, window.getId())).as("the model acts on a party window")
                .isEmpty();
        // A watcher-to-be follows the clock's moves: its start moves with the due-soon day, no message is sent.
        Instant dueSoonBefore = watch.getNextAttemptAt();
        clocks.moveDueTo(subject, "decision.serve", LocalDate.of(2026, 12, 30), "head.dinghai", "测试");
        assertThat(outbox.find(EngineCommand.Kind.WATCH_CLOCK, serve.getId()).orElseThrow().getNextAttemptAt())
                .isAfter(dueSoonBefore);
        assertThat(outbox.find(EngineCommand.Kind.CLOCK_MOVED, serve.getId())).isEmpty();

        long read = clocks.get(serve.getId()).getVersion();
        clocks.pause(subject, "decision.serve", "t", "测试");
        assertThat(clocks.bindWatcher(serve.getId(), read, 4141L)).as("started from instants the clock no longer has")
                .isFalse();
        long current = clocks.get(serve.getId()).getVersion();
        assertThat(clocks.bindWatcher(serve.getId(), current, 4242L)).isTrue();
        assertThat(clocks.bindWatcher(serve.getId(), clocks.get(serve.getId()).getVersion(), 4343L))
                .as("one watcher per clock").isFalse();
        assertThat(clocks.get(serve.getId()).getWatcherInstanceKey()).isEqualTo(4242L);

        clocks.resume(subject, "decision.serve", "t");
        assertThat(outbox.find(EngineCommand.Kind.CLOCK_MOVED, serve.getId())).as("its watcher hears of the move").isPresent();
        clocks.stop(subject, "decision.serve", "t");
        clocks.stop(subject, "notice.reply", "t");
        assertThat(outbox.find(EngineCommand.Kind.CLOCK_STOPPED, serve.getId())).isPresent();
        assertThat(outbox.find(EngineCommand.Kind.CLOCK_STOPPED, window.getId())).as("nobody listens").isEmpty();
    }

    @Test
    void theDecisionClockIsWatchedByItsCaseWhichHearsOfEveryMoveButEndsTheWatcherItself() {
        String subject = subject();
        RunningClock decide = clocks.start(subject, "case.decide", shanghai("2026-11-27T10:00:00"), "t");
        assertThat(outbox.find(EngineCommand.Kind.WATCH_CLOCK, decide.getId())).as("the case calls its watcher").isEmpty();
        clocks.pause(subject, "case.decide", "t", "听证");
        assertThat(outbox.find(EngineCommand.Kind.CLOCK_MOVED, decide.getId())).isPresent();
        clocks.stop(subject, "case.decide", "t");
        assertThat(outbox.find(EngineCommand.Kind.CLOCK_STOPPED, decide.getId())).isEmpty();
    }

    @Test
    void extensionsMoveTheDueDayWithinWhatTheCatalogueAllowsOnly() {
        String subject = subject();
        clocks.start(subject, "lead.verify", shanghai("2026-11-27T10:00:00"), "t");   // due end of Fri 2026-12-18
        RunningClock extended = clocks.extend(subject, "lead.verify", 10, "head.dinghai", "需补充核查");
        // 10 more working days after Fri 12-18: 12-21..25 (5), 12-28..31 (9), Fri 2027-01-01 (10; 2027 has no data yet).
        assertThat(extended.getDueAt()).isEqualTo(shanghai("2027-01-02T00:00:00"));
        assertThat(extended.isProvisional()).isTrue();

        assertThatThrownBy(() -> clocks.extend(subject, "lead.verify", 6, "head.dinghai", "再延"))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 15");
        assertThatThrownBy(() -> clocks.extend(subject(), "lead.verify", 1, "head", "x"))
                .hasMessageContaining("does not exist");
        String decide = subject();
        clocks.start(decide, "hearing.request", shanghai("2026-11-27T10:00:00"), "t");
        assertThatThrownBy(() -> clocks.extend(decide, "hearing.request", 1, "head.dinghai", "x"))
                .hasMessageContaining("allows no extension");
        assertThat(audit.findByStreamOrderById(subject)).extracting(e -> e.getAction())
                .containsExactly("clock.started", "clock.extended");
    }

    @Test
    void pausedTimeDoesNotCountAndAStoppedClockIsMet() {
        String subject = subject();
        RunningClock started = clocks.start(subject, "case.decide", Instant.now(), "t");
        clocks.pause(subject, "case.decide", "t", "听证");
        assertThat(clocks.status(clocks.of(List.of(subject)).getFirst())).isEqualTo(RunningClock.Status.PAUSED);
        assertThatThrownBy(() -> clocks.pause(subject, "case.decide", "t", "again")).hasMessageContaining("already paused");

        RunningClock resumed = clocks.resume(subject, "case.decide", "t");
        assertThat(resumed.getDueAt()).as("paused within the same day: nothing to add").isEqualTo(started.getDueAt());
        assertThat(clocks.status(resumed)).isEqualTo(RunningClock.Status.RUNNING);

        clocks.stop(subject, "case.decide", "t");
        clocks.stop(subject, "case.decide", "t");
        RunningClock stopped = clocks.of(List.of(subject)).getFirst();
        assertThat(clocks.status(stopped)).isEqualTo(RunningClock.Status.MET);
        assertThatThrownBy(() -> clocks.resume(subject, "case.decide", "t")).hasMessageContaining("has stopped");
    }

    @Test
    void aClockPastItsDueInstantIsOverdueAndOneCloseToItIsDueSoon() {
        String late = subject();
        clocks.start(late, "hearing.request", Instant.now().minusSeconds(30L * 24 * 3600), "t");
        assertThat(clocks.status(clocks.of(List.of(late)).getFirst())).isEqualTo(RunningClock.Status.OVERDUE);
        String soon = subject();
        clocks.start(soon, "transfer.decide", Instant.now(), "t");   // 3 working days: within the default threshold
        assertThat(clocks.status(clocks.of(List.of(soon)).getFirst())).isEqualTo(RunningClock.Status.DUE_SOON);
    }

    @Test
    void loadingTheMissingYearRecomputesProvisionalClocks() {
        String subject = subject();
        // Received Mon 2029-12-24 (2029 and 2030 have no data): 15 weekdays → Mon 2030-01-14, provisional.
        RunningClock provisional = clocks.start(subject, "lead.verify", shanghai("2029-12-24T10:00:00"), "t");
        assertThat(provisional.isProvisional()).isTrue();

        Caller sysadmin = new Caller("sysadmin", "sysadmin", List.of("/zhoushan"), Set.of("system-admin"), Credentials.NONE);
        calendars.replaceYear(new YearFacts(2029, Map.of(java.time.LocalDate.of(2029, 12, 31), "测试假日"), Map.of()), sysadmin);
        calendars.replaceYear(new YearFacts(2030, Map.of(java.time.LocalDate.of(2030, 1, 1), "元旦"), Map.of()), sysadmin);

        RunningClock recomputed = clocks.of(List.of(subject)).getFirst();
        // Now 12-31 and 01-01 are holidays: two working days fewer in the way → Wed 2030-01-16.
        assertThat(recomputed.getDueAt()).isEqualTo(shanghai("2030-01-17T00:00:00"));
        assertThat(recomputed.isProvisional()).isFalse();
        assertThat(audit.findByStreamOrderById(subject)).extracting(e -> e.getAction()).contains("clock.recomputed");
        assertThat(outbox.find(EngineCommand.Kind.CLOCK_MOVED, provisional.getId())).as("no watcher yet").isEmpty();
        assertThat(outbox.find(EngineCommand.Kind.WATCH_CLOCK, provisional.getId()).orElseThrow().getNextAttemptAt())
                .as("the watcher-to-be starts from the new due-soon day")
                .isEqualTo(OffsetDateTime.parse(clocks.watch(recomputed).reminderAt()).toInstant());
    }

    @Test
    void aProcessWatchesTheInstantsTimersUseAndIsToldOfEveryMoveAndTheStop() {
        String subject = subject();
        // Received Fri 2025-09-19: due at the end of Thu 2025-10-16 (see above). Due soon from Mon 10-13: from then
        // on Tue 10-14, Wed 10-15 and Thu 10-16 are left (3); from Sun 10-12 Mon 10-13 would be a fourth.
        long id = clocks.start(subject, "lead.verify", shanghai("2025-09-19T10:00:00"), "t").getId();
        assertThat(clocks.watch(subject, "lead.verify"))
                .isEqualTo(new ClockWatch(Long.toString(id), "2025-10-13T00:00:00+08:00", "2025-10-17T00:00:00+08:00"));
        assertThat(outbox.find(EngineCommand.Kind.CLOCK_MOVED, id)).as("the watcher starts from the job's result").isEmpty();
        assertThat(clocks.bindWatcher(id, clocks.get(id).getVersion(), Dossiers.nextKey())).isTrue();

        clocks.pause(subject, "lead.verify", "t", "等待检测结果");
        assertThat(clocks.watch(subject, "lead.verify")).as("paused: no timer").isEqualTo(new ClockWatch(Long.toString(id), null, null));
        EngineCommand pauseSent = outbox.find(EngineCommand.Kind.CLOCK_MOVED, id).orElseThrow();

        clocks.resume(subject, "lead.verify", "t");
        assertThat(outbox.find(EngineCommand.Kind.CLOCK_MOVED, id)).get().as("still pending: sent once, with the latest state")
                .extracting(EngineCommand::getId).isEqualTo(pauseSent.getId());
        outbox.markDone(pauseSent.getId());

        clocks.extend(subject, "lead.verify", 5, "head.dinghai", "需补充核查");
        EngineCommand extensionSent = outbox.find(EngineCommand.Kind.CLOCK_MOVED, id).orElseThrow();
        assertThat(extensionSent.getId()).as("a move after the last one was sent is queued again").isNotEqualTo(pauseSent.getId());
        assertThat(extensionSent.isDone()).isFalse();

        clocks.stop(subject, "lead.verify", "t");
        assertThat(outbox.find(EngineCommand.Kind.CLOCK_STOPPED, id)).isPresent();
    }

    @Test
    void remindersAndEscalationsOfTheWatchingProcessAreRecordedOncePerInstant() {
        String subject = subject();
        RunningClock verify = clocks.start(subject, "lead.verify", shanghai("2025-09-19T10:00:00"), "t");
        Instant reminderAt = shanghai("2025-10-13T00:00:00");
        Instant dueAt = shanghai("2025-10-17T00:00:00");

        clocks.reminded(verify.getId(), reminderAt);
        clocks.reminded(verify.getId(), reminderAt);
        clocks.escalated(verify.getId(), dueAt);
        clocks.escalated(verify.getId(), dueAt);
        clocks.reminded(verify.getId(), shanghai("2025-10-20T00:00:00"));   // moved, reminded again

        assertThat(audit.findByStreamOrderById(subject)).extracting(e -> e.getAction())
                .containsExactly("clock.started", "clock.reminded", "clock.escalated", "clock.reminded");
        RunningClock recorded = clocks.get(verify.getId());
        assertThat(recorded.getEscalatedFor()).isEqualTo(dueAt);
        assertThat(recorded.getRemindedFor()).isEqualTo(shanghai("2025-10-20T00:00:00"));
    }
}
