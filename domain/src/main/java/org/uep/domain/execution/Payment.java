package org.uep.domain.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A payment of the fine (and late fee), as the collection side confirmed it or finance staff entered it. */
@Entity
@Table(name = "payment")
public class Payment {

    /** Who vouches for the money: the collection side (bank, 非税收入系统) or finance staff from a bank receipt. */
    public enum Source { COLLECTION, MANUAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long executionId;
    private String reference;
    private long amountFen;
    private Instant paidAt;
    private String channel;

    @Enumerated(EnumType.STRING)
    private Source source;

    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected Payment() {}

    Payment(long executionId, PaymentDetails details, Source source, String reason, String recordedBy, Instant recordedAt) {
        this.executionId = executionId;
        this.reference = details.reference();
        this.amountFen = details.amountFen();
        this.paidAt = details.paidAt();
        this.channel = details.channel();
        this.source = source;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Whether a repeated report says the same as the recorded one (the reference already matched). */
    boolean sameAs(long executionId, PaymentDetails details) {
        return this.executionId == executionId && amountFen == details.amountFen() && paidAt.equals(details.paidAt())
                && channel.equals(details.channel());
    }

    public Long getId() { return id; }
    public long getExecutionId() { return executionId; }
    public String getReference() { return reference; }
    public long getAmountFen() { return amountFen; }
    public Instant getPaidAt() { return paidAt; }
    public String getChannel() { return channel; }
    public Source getSource() { return source; }
    public String getReason() { return reason; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
