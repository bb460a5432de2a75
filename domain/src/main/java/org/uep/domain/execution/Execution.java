package org.uep.domain.execution;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** 执行: collecting the fine of a served penalty decision, from service to payment in full or the court application. */
@Entity
@Table(name = "execution")
public class Execution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long leadId;
    private long decisionId;
    private String decisionNumber;
    private long fineFen;
    private Instant decisionServedAt;
    private LocalDate statutoryDueDay;
    private String openedBy;
    private Instant paidInFullAt;
    private Instant reminderServedAt;
    private Instant courtAppliedAt;
    private String court;

    @Version
    private long version;

    protected Execution() {}

    Execution(long leadId, long decisionId, String decisionNumber, long fineFen, Instant decisionServedAt,
              LocalDate statutoryDueDay, String openedBy) {
        this.leadId = leadId;
        this.decisionId = decisionId;
        this.decisionNumber = decisionNumber;
        this.fineFen = fineFen;
        this.decisionServedAt = decisionServedAt;
        this.statutoryDueDay = statutoryDueDay;
        this.openedBy = openedBy;
    }

    void paidInFull(Instant at) {
        this.paidInFullAt = at;
    }

    void reminderServed(Instant at) {
        this.reminderServedAt = at;
    }

    void appliedToCourt(Instant at, String court) {
        this.courtAppliedAt = at;
        this.court = court;
    }

    public Long getId() { return id; }
    public long getLeadId() { return leadId; }
    public long getDecisionId() { return decisionId; }
    public String getDecisionNumber() { return decisionNumber; }
    public long getFineFen() { return fineFen; }
    public Instant getDecisionServedAt() { return decisionServedAt; }
    public LocalDate getStatutoryDueDay() { return statutoryDueDay; }
    public String getOpenedBy() { return openedBy; }
    public Instant getPaidInFullAt() { return paidInFullAt; }
    public Instant getReminderServedAt() { return reminderServedAt; }
    public Instant getCourtAppliedAt() { return courtAppliedAt; }
    public String getCourt() { return court; }
}
