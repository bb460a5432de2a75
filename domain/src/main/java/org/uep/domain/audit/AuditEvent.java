package org.uep.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of the full-process record (执法全过程记录). The table refuses updates and deletes. */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String stream;
    private String actor;
    private String actorUnit;
    private String action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state")
    private String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state")
    private String after;

    private String requestId;
    private Instant occurredAt;

    protected AuditEvent() {}

    AuditEvent(String stream, String actor, String actorUnit, String action, String before, String after,
               String requestId, Instant occurredAt) {
        this.stream = stream;
        this.actor = actor;
        this.actorUnit = actorUnit;
        this.action = action;
        this.before = before;
        this.after = after;
        this.requestId = requestId;
        this.occurredAt = occurredAt;
    }

    public Long getId() { return id; }
    public String getStream() { return stream; }
    public String getActor() { return actor; }
    public String getActorUnit() { return actorUnit; }
    public String getAction() { return action; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
    public String getRequestId() { return requestId; }
    public Instant getOccurredAt() { return occurredAt; }
}
