package org.uep.domain.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.uep.domain.penalty.LateFee;

/** 复议 (administrative review) or 诉讼 (lawsuit) against the decision: its days do not count for the late fee. */
@Entity
@Table(name = "execution_challenge")
public class Challenge {

    public enum Kind { REVIEW, LAWSUIT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long executionId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private LocalDate filedOn;
    private LocalDate endedOn;

    protected Challenge() {}

    Challenge(long executionId, Kind kind, LocalDate filedOn) {
        this.executionId = executionId;
        this.kind = kind;
        this.filedOn = filedOn;
    }

    void ended(LocalDate on) {
        this.endedOn = on;
    }

    /** The late-fee pause: from filing to its end, or to {@code asOf} while it runs. */
    LateFee.Pause pauseUntil(LocalDate asOf) {
        return new LateFee.Pause(filedOn, endedOn == null ? asOf : endedOn);
    }

    public Long getId() { return id; }
    public Kind getKind() { return kind; }
    public LocalDate getFiledOn() { return filedOn; }
    public LocalDate getEndedOn() { return endedOn; }
}
