package org.uep.domain.outbox;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A command for the engine that follows from committed state; sent and retried by the dispatcher. */
@Entity
@Table(name = "engine_command")
public class EngineCommand {

    public enum Kind {
        /** Start the process for a lead (target = lead id). */
        START_PROCESS(false),
        /** Complete the job of an inbox task (target = inbox task id). */
        COMPLETE_JOB(false),
        /** Tell the process watching a statutory clock its latest instants (target = running clock id). */
        CLOCK_MOVED(true),
        /** Tell the process watching a statutory clock that it stopped (target = running clock id). */
        CLOCK_STOPPED(false),
        /** Tell the penalty case process that its fine is paid in full (target = the payment that completed it). */
        PAYMENT_RECORDED(false),
        /** Tell the case waiting for the police that they answered (target = criminal transfer id). */
        TRANSFER_CONCLUDED(false),
        /** Tell the penalty case process that the party applied for deferral or instalments (target = the application). */
        DEFERRAL_REQUESTED(false),
        /** Tell the penalty case process that its decision was revoked (target = the revocation). */
        DECISION_REVOKED(false),
        /** Start the watcher of a body's statutory clock (target = running clock id). */
        WATCH_CLOCK(false),
        /** Start the process of a coercive measure asked for (target = coercive measure id). */
        START_MEASURE(false);

        private final boolean repeatable;

        Kind(boolean repeatable) {
            this.repeatable = repeatable;
        }

        /** Queued again for the same target once the previous command was sent; otherwise once per target, ever. */
        public boolean repeatable() {
            return repeatable;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private long targetId;
    private Instant createdAt;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant doneAt;

    protected EngineCommand() {}

    EngineCommand(Kind kind, long targetId, Instant now) {
        this.kind = kind;
        this.targetId = targetId;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    void notBefore(Instant at) {
        this.nextAttemptAt = at;
    }

    void done(Instant now) {
        this.doneAt = now;
        this.lastError = null;
    }

    void attempted(Duration retryAfter, Instant now) {
        this.attempts++;
        this.nextAttemptAt = now.plus(retryAfter);
    }

    void failed(String error) {
        this.lastError = error;
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public long getTargetId() { return targetId; }
    public int getAttempts() { return attempts; }
    public Instant getNextAttemptAt() { return nextAttemptAt; }
    public String getLastError() { return lastError; }
    public Instant getDoneAt() { return doneAt; }
    public boolean isDone() { return doneAt != null; }
}
