package org.uep.domain.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import java.time.Instant;

/** 案件: a filed penalty case. */
@Entity
@Table(name = "penalty_case")
public class PenaltyCase {

    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long leadId;
    private String caseNumber;
    private String unitPath;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant filedAt;

    /** Due instant of the case's case.decide clock (it moves with pauses and extensions): read, never stored here. */
    @Formula("(select rc.due_at from running_clock rc where rc.subject = 'lead/' || lead_id and rc.clock_id = 'case.decide')")
    private Instant decisionDueAt;

    private Instant closedAt;

    @Version
    private long version;

    protected PenaltyCase() {}

    PenaltyCase(long leadId, String caseNumber, String unitPath, Instant filedAt) {
        this.leadId = leadId;
        this.caseNumber = caseNumber;
        this.unitPath = unitPath;
        this.status = Status.OPEN;
        this.filedAt = filedAt;
    }

    void closed(Instant at) {
        this.status = Status.CLOSED;
        this.closedAt = at;
    }

    public Long getId() { return id; }
    public long getLeadId() { return leadId; }
    public String getCaseNumber() { return caseNumber; }
    public String getUnitPath() { return unitPath; }
    public Status getStatus() { return status; }
    public Instant getFiledAt() { return filedAt; }
    public Instant getDecisionDueAt() { return decisionDueAt; }
    public Instant getClosedAt() { return closedAt; }
}
