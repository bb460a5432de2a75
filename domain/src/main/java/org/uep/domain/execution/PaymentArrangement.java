package org.uep.domain.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 延期或者分期缴纳 (Art. 66): the party's application and the head's decision on it. */
@Entity
@Table(name = "payment_arrangement")
public class PaymentArrangement {

    /** 延期 (one later due day for the whole fine) or 分期 (several due days and amounts). */
    public enum Kind { DEFERRAL, INSTALMENTS }

    public enum Status { APPLIED, APPROVED, REFUSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long executionId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    @JdbcTypeCode(SqlTypes.JSON)
    private List<Instalment> instalments;

    private Instant appliedAt;
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String decidedBy;
    private Instant decidedAt;

    @Version
    private long version;

    protected PaymentArrangement() {}

    PaymentArrangement(long executionId, Kind kind, List<Instalment> instalments, Instant appliedAt, String recordedBy) {
        this.executionId = executionId;
        this.kind = kind;
        this.instalments = List.copyOf(instalments);
        this.appliedAt = appliedAt;
        this.recordedBy = recordedBy;
        this.status = Status.APPLIED;
    }

    void decided(Status outcome, String by, Instant at) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    LocalDate lastDueDay() {
        return instalments.getLast().dueDay();
    }

    public Long getId() { return id; }
    public long getExecutionId() { return executionId; }
    public Kind getKind() { return kind; }
    public List<Instalment> getInstalments() { return instalments; }
    public Instant getAppliedAt() { return appliedAt; }
    public String getRecordedBy() { return recordedBy; }
    public Status getStatus() { return status; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
}
