package org.uep.domain.clock;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A statutory clock running for a subject ({@code case/12}, {@code lead/5}). */
@Entity
@Table(name = "running_clock")
public class RunningClock {

    public enum Status { RUNNING, DUE_SOON, OVERDUE, PAUSED, MET, MET_LATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String subject;
    private String clockId;
    private Instant startedAt;
    private int extendedBy;
    private int pausedUnits;
    private Instant pausedSince;
    private Instant dueAt;
    private boolean provisional;
    private Instant stoppedAt;
    /** The watcher the platform started for this clock, if it is a watched one. */
    private Long watcherInstanceKey;
    private Instant remindedFor;
    private Instant escalatedFor;
    /** An approved due day (a deferred payment) that replaces the one computed from start and length. */
    private LocalDate approvedDueDay;

    @Version
    private long version;

    protected RunningClock() {}

    RunningClock(String subject, String clockId, Instant startedAt) {
        this.subject = subject;
        this.clockId = clockId;
        this.startedAt = startedAt;
    }

    void due(Instant dueAt, boolean provisional) {
        this.dueAt = dueAt;
        this.provisional = provisional;
    }

    void paused(Instant at) {
        this.pausedSince = at;
    }

    void resumed(int units) {
        this.pausedUnits += units;
        this.pausedSince = null;
    }

    void extended(int units) {
        this.extendedBy += units;
    }

    void dueDayApproved(LocalDate day) {
        this.approvedDueDay = day;
    }

    void stopped(Instant at) {
        this.stoppedAt = at;
    }

    void reminded(Instant reminderAt) {
        this.remindedFor = reminderAt;
    }

    void escalated(Instant dueAt) {
        this.escalatedFor = dueAt;
    }

    public Long getId() { return id; }
    public String getSubject() { return subject; }
    public Long getWatcherInstanceKey() { return watcherInstanceKey; }
    public long getVersion() { return version; }
    public String getClockId() { return clockId; }
    public Instant getStartedAt() { return startedAt; }
    public int getExtendedBy() { return extendedBy; }
    public int getPausedUnits() { return pausedUnits; }
    public Instant getPausedSince() { return pausedSince; }
    public Instant getDueAt() { return dueAt; }
    public boolean isProvisional() { return provisional; }
    public Instant getStoppedAt() { return stoppedAt; }
    /** The due-soon instant the watching process reminded of, if it did. */
    public Instant getRemindedFor() { return remindedFor; }
    /** The due instant the watching process escalated, if the clock expired while watched. */
    public Instant getEscalatedFor() { return escalatedFor; }
    public LocalDate getApprovedDueDay() { return approvedDueDay; }
}
