package org.uep.domain.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.calendar.CalendarService;
import org.uep.domain.calendar.CalendarYearLoaded;
import org.uep.domain.calendar.WorkingDayCalendar;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;

/**
 * Statutory clocks running on subjects (a lead, a case…): started, paused and resumed (paused time does not
 * count), extended within what the catalogue allows, stopped. The due instant — the end of the due day in
 * Asia/Shanghai — is recomputed from the catalogue after every change; every change is audited in the
 * subject's stream. A due day in a year without holiday data is provisional and recomputed when the year loads.
 *
 * <p>Processes watch a clock with the statutory-clock pattern, started from {@link #watch}: every move (pause,
 * resume, extension, recomputation) and the stop are queued in the engine outbox in the same transaction, and
 * the dispatcher tells the watching process, which re-arms its timers.
 */
@Service
public class StatutoryClocks {

    /**
     * Clocks a process watches by calling statutory-clock itself (penalty-case's watchDecisionClock), not the catalogue:
     * told of every move; not of the stop, which comes with the step that ends the watcher anyway (a message nobody
     * receives would stay buffered in the engine until it expires).
     */
    static final Set<String> WATCHED_BY_THEIR_PROCESS = Set.of("case.decide");

    private final RunningClockRepository clocks;
    private final ClockCatalogue catalogue;
    private final CalendarService calendars;
    private final AuditLog audit;
    private final EngineOutbox outbox;
    private final Clock clock;
    private final int dueSoonWorkingDays;

    public StatutoryClocks(RunningClockRepository clocks, ClockCatalogue catalogue, CalendarService calendars,
                           AuditLog audit, EngineOutbox outbox, Clock clock,
                           @Value("${uep.clocks.due-soon-working-days:3}") int dueSoonWorkingDays) {
        this.clocks = clocks;
        this.catalogue = catalogue;
        this.calendars = calendars;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.dueSoonWorkingDays = dueSoonWorkingDays;
    }

    /** Starts the clock for the subject at {@code startedAt} (the triggering event); starting it again changes nothing. */
    @Transactional
    public RunningClock start(String subject, String clockId, Instant startedAt, String actor) {
        return clocks.findBySubjectAndClockId(subject, clockId).orElseGet(() -> {
            RunningClock started = new RunningClock(subject, clockId, startedAt);
            recompute(started);
            clocks.save(started);
            record(started, actor, "clock.started", null, Map.of());
            if (catalogue.get(clockId).isWatched()) {
                outbox.enqueue(EngineCommand.Kind.WATCH_CLOCK, started.getId(), watchFrom(started));
            }
            return started;
        });
    }

    @Transactional
    public RunningClock pause(String subject, String clockId, String actor, String reason) {
        RunningClock running = running(subject, clockId);
        if (running.getPausedSince() != null) {
            throw DomainException.conflict("Clock " + clockId + " of " + subject + " is already paused");
        }
        if (unitOf(running) == ClockDefinition.Unit.MONTHS || unitOf(running) == ClockDefinition.Unit.YEARS) {
            throw DomainException.conflict("Clock " + clockId + " counts " + unitOf(running) + " and cannot be paused");
        }
        Map<String, Object> before = state(running);
        running.paused(clock.instant());
        record(running, actor, "clock.paused", before, Map.of("reason", required(reason, "reason")));
        moved(running);
        return running;
    }

    /** Resumes a paused clock: the paused time, in the clock's own unit, moves the due day. */
    @Transactional
    public RunningClock resume(String subject, String clockId, String actor) {
        RunningClock running = running(subject, clockId);
        if (running.getPausedSince() == null) {
            throw DomainException.conflict("Clock " + clockId + " of " + subject + " is not paused");
        }
        Map<String, Object> before = state(running);
        running.resumed(pausedUnits(running, running.getPausedSince(), clock.instant()));
        recompute(running);
        record(running, actor, "clock.resumed", before, Map.of());
        moved(running);
        return running;
    }

    /** An approved extension, within what the catalogue allows for this clock. */
    @Transactional
    public RunningClock extend(String subject, String clockId, int units, String approver, String reason) {
        RunningClock running = running(subject, clockId);
        ClockDefinition definition = catalogue.get(clockId);
        if (units < 1) {
            throw DomainException.invalid("an extension must be at least 1 " + definition.getUnit());
        }
        Integer allowed = definition.getExtensionLength();
        if (allowed == null) {
            throw DomainException.conflict("Clock " + clockId + " allows no extension (" + definition.getBasis() + ")");
        }
        if (running.getExtendedBy() + units > allowed) {
            throw DomainException.conflict("Clock " + clockId + " may be extended by at most " + allowed + " "
                    + definition.getUnit() + " (" + definition.getExtensionApprover() + "); " + running.getExtendedBy()
                    + " already granted, " + units + " more asked");
        }
        Map<String, Object> before = state(running);
        running.extended(units);
        recompute(running);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("units", units);
        details.put("approver", required(approver, "approver"));
        details.put("reason", required(reason, "reason"));
        record(running, approver, "clock.extended", before, details);
        moved(running);
        return running;
    }

    /**
     * An approved due day that the catalogue's extension cannot express (fine.pay allows none, yet Art. 66 lets the
     * head defer payment to a date): it replaces the computed due day, a rest day still running to the next working
     * day. Moving it to the same day again changes nothing.
     */
    @Transactional
    public RunningClock moveDueTo(String subject, String clockId, LocalDate dueDay, String approver, String reason) {
        RunningClock running = running(subject, clockId);
        if (dueDay == null) {
            throw DomainException.invalid("the new due day is required");
        }
        if (unitOf(running) == ClockDefinition.Unit.HOURS) {
            throw DomainException.conflict("Clock " + clockId + " counts hours and has no due day to move");
        }
        if (dueDay.equals(running.getApprovedDueDay())) {
            return running;
        }
        Map<String, Object> before = state(running);
        running.dueDayApproved(dueDay);
        recompute(running);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("approvedDueDay", dueDay.toString());
        details.put("approver", required(approver, "approver"));
        details.put("reason", required(reason, "reason"));
        record(running, approver, "clock.due-moved", before, details);
        moved(running);
        return running;
    }

    /**
     * Binds the watcher started from the clock as it stood at {@code version}; false when another instance watches it
     * already, or the clock stopped or changed since (that start is cancelled; a changed clock is watched anew).
     */
    @Transactional
    public boolean bindWatcher(long id, long version, long processInstanceKey) {
        return clocks.bindWatcher(id, version, processInstanceKey) == 1;
    }

    /** The clock is met (or its subject ended); stopping again, or a clock never started, changes nothing. */
    @Transactional
    public void stop(String subject, String clockId, String actor) {
        clocks.lock(subject, clockId).filter(running -> running.getStoppedAt() == null)
                .ifPresent(running -> {
                    Map<String, Object> before = state(running);
                    running.stopped(clock.instant());
                    record(running, actor, "clock.stopped", before, Map.of());
                    if (running.getWatcherInstanceKey() != null) {
                        outbox.enqueue(EngineCommand.Kind.CLOCK_STOPPED, running.getId());
                    }
                });
    }

    @Transactional(readOnly = true)
    public List<RunningClock> of(List<String> subjects) {
        return clocks.findBySubjectInOrderById(subjects);
    }

    /** Every clock of a dossier: the case's and those of its notices, reviews, hearing, decision and execution. */
    @Transactional(readOnly = true)
    public List<RunningClock> ofDossier(String dossier) {
        return clocks.findOfDossier(dossier);
    }

    public RunningClock.Status status(RunningClock running) {
        Instant now = clock.instant();
        if (running.getStoppedAt() != null) {
            return running.getStoppedAt().isAfter(running.getDueAt()) ? RunningClock.Status.MET_LATE : RunningClock.Status.MET;
        }
        if (running.getPausedSince() != null) {
            return RunningClock.Status.PAUSED;
        }
        if (!now.isBefore(running.getDueAt())) {
            return RunningClock.Status.OVERDUE;
        }
        return now.isBefore(dueSoonFrom(running)) ? RunningClock.Status.RUNNING : RunningClock.Status.DUE_SOON;
    }

    /**
     * When the clock becomes due soon: the start of the day from which at most the configured number of working
     * days (default 3) remain; for a clock counted in hours, its last quarter (at least one hour).
     */
    private Instant dueSoonFrom(RunningClock running) {
        ClockDefinition definition = catalogue.get(running.getClockId());
        if (definition.getUnit() == ClockDefinition.Unit.HOURS) {
            long hours = Math.max(1, length(running, definition) / 4);
            return running.getDueAt().minus(Duration.ofHours(hours));
        }
        LocalDate dueDay = LegalTime.dayOf(running.getDueAt().minusNanos(1));
        return calendars.calendar().lastWorkingDaysBefore(dueDay, dueSoonWorkingDays).date().atStartOfDay(LegalTime.ZONE)
                .toInstant();
    }

    /**
     * Tells the clock's watcher; a watcher still to come starts from the clock's latest instants, when it is due soon.
     */
    private void moved(RunningClock running) {
        if (isWatchedNow(running)) {
            outbox.enqueue(EngineCommand.Kind.CLOCK_MOVED, running.getId());
        } else if (catalogue.get(running.getClockId()).isWatched()) {
            outbox.reschedule(EngineCommand.Kind.WATCH_CLOCK, running.getId(), watchFrom(running));
        }
    }

    /** A process follows the clock: its own watcher, or the process that calls the watcher itself (case.decide). */
    private static boolean isWatchedNow(RunningClock running) {
        return running.getWatcherInstanceKey() != null || WATCHED_BY_THEIR_PROCESS.contains(running.getClockId());
    }

    /**
     * A watcher is started when the clock becomes due soon, not before: most clocks are met well before that, and a
     * process per clock would only wait for the stop (engine work and state for nothing).
     */
    private Instant watchFrom(RunningClock running) {
        return dueSoonFrom(running);
    }

    /** A year's holiday data arrived: clocks computed without it get their true due day (audited). */
    @EventListener
    @Transactional
    public void onCalendarYearLoaded(CalendarYearLoaded loaded) {
        for (RunningClock running : clocks.findByProvisionalTrueAndStoppedAtIsNull()) {
            Map<String, Object> before = state(running);
            recompute(running);
            record(running, AuditLog.SYSTEM, "clock.recomputed", before, Map.of("year", loaded.year()));
            moved(running);
        }
    }

    /** What a process needs to watch the clock; started once, so this is also what a restarted watcher needs. */
    @Transactional(readOnly = true)
    public ClockWatch watch(String subject, String clockId) {
        return watch(clocks.findBySubjectAndClockId(subject, clockId)
                .orElseThrow(() -> DomainException.notFound("Clock " + clockId + " of", subject)));
    }

    @Transactional(readOnly = true)
    public RunningClock get(long id) {
        return clocks.findById(id).orElseThrow(() -> DomainException.notFound("Clock", id));
    }

    public ClockWatch watch(RunningClock running) {
        if (running.getPausedSince() != null) {
            return new ClockWatch(running.getId().toString(), null, null);
        }
        Instant dueSoonFrom = dueSoonFrom(running);
        return new ClockWatch(running.getId().toString(),
                dueSoonFrom.isAfter(running.getStartedAt()) ? LegalTime.forEngine(dueSoonFrom) : null,
                LegalTime.forEngine(running.getDueAt()));
    }

    /** The watching process sent the due-soon reminder for {@code reminderAt}; recorded once per instant. */
    @Transactional
    public void reminded(long id, Instant reminderAt) {
        RunningClock running = get(id);
        if (running.getStoppedAt() == null && !reminderAt.equals(running.getRemindedFor())) {
            Map<String, Object> before = state(running);
            running.reminded(reminderAt);
            record(running, AuditLog.SYSTEM, "clock.reminded", before, Map.of());
        }
    }

    /** The watching process escalated the clock that expired at {@code dueAt}; recorded once per instant. */
    @Transactional
    public void escalated(long id, Instant dueAt) {
        RunningClock running = get(id);
        if (running.getStoppedAt() == null && !dueAt.equals(running.getEscalatedFor())) {
            Map<String, Object> before = state(running);
            running.escalated(dueAt);
            record(running, AuditLog.SYSTEM, "clock.escalated", before, Map.of());
        }
    }

    private void recompute(RunningClock running) {
        ClockDefinition definition = catalogue.get(running.getClockId());
        int units = length(running, definition);
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate start = LegalTime.dayOf(running.getStartedAt());
        WorkingDayCalendar.Result due = running.getApprovedDueDay() != null
                ? calendar.addNaturalDays(running.getApprovedDueDay(), 0)
                : switch (definition.getUnit()) {
                    case WORKING_DAYS -> calendar.addWorkingDays(start, units);
                    case NATURAL_DAYS -> calendar.addNaturalDays(start, units);
                    case MONTHS -> calendar.addNaturalDays(start.plusMonths(units), 0);
                    case YEARS -> calendar.addNaturalDays(start.plusYears(units), 0);
                    case HOURS -> null;
                };
        if (due == null) {
            running.due(running.getStartedAt().plus(Duration.ofHours(units)), false);
        } else {
            running.due(LegalTime.endOf(due.date()), due.provisional());
        }
    }

    /** The clock's whole length in its unit: the catalogue's, plus approved extensions and paused time. */
    private static int length(RunningClock running, ClockDefinition definition) {
        return definition.getLength() + running.getExtendedBy() + running.getPausedUnits();
    }

    private int pausedUnits(RunningClock running, Instant from, Instant to) {
        return switch (unitOf(running)) {
            case WORKING_DAYS -> calendars.calendar().countWorkingDays(LegalTime.dayOf(from), LegalTime.dayOf(to)).workingDays();
            case NATURAL_DAYS -> (int) ChronoUnit.DAYS.between(LegalTime.dayOf(from), LegalTime.dayOf(to));
            case HOURS -> (int) Math.ceil(Duration.between(from, to).toMinutes() / 60.0);
            case MONTHS, YEARS -> 0;
        };
    }

    private ClockDefinition.Unit unitOf(RunningClock running) {
        return catalogue.get(running.getClockId()).getUnit();
    }

    private RunningClock running(String subject, String clockId) {
        RunningClock running = clocks.lock(subject, clockId)
                .orElseThrow(() -> DomainException.notFound("Clock " + clockId + " of", subject));
        if (running.getStoppedAt() != null) {
            throw DomainException.conflict("Clock " + clockId + " of " + subject + " has stopped");
        }
        return running;
    }

    private void record(RunningClock running, String actor, String action, Map<String, Object> before,
                        Map<String, Object> details) {
        Map<String, Object> after = new LinkedHashMap<>(state(running));
        after.putAll(details);
        audit.append(running.getSubject(), actor, null, action, before, after);
    }

    private static Map<String, Object> state(RunningClock running) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("clock", running.getClockId());
        state.put("dueAt", running.getDueAt() == null ? null : running.getDueAt().toString());
        state.put("provisional", running.isProvisional());
        state.put("extendedBy", running.getExtendedBy());
        state.put("pausedUnits", running.getPausedUnits());
        state.put("pausedSince", running.getPausedSince() == null ? null : running.getPausedSince().toString());
        state.put("stoppedAt", running.getStoppedAt() == null ? null : running.getStoppedAt().toString());
        return state;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field + " is required");
        }
        return value.strip();
    }
}
