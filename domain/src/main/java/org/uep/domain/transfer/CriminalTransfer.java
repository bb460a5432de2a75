package org.uep.domain.transfer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * 行刑衔接 hand-off: a case reported to the police as a suspected crime, and the police's answer. The transfer process
 * (later) works from the rows AWAITING_POLICE; until then the answer is recorded by the unit's staff.
 */
@Entity
@Table(name = "criminal_transfer")
public class CriminalTransfer {

    public enum Status {
        AWAITING_POLICE,
        /** The police took the case (立案): the administrative case ends. */
        ACCEPTED,
        /** The police sent it back (不予立案/撤案): the case resumes ({@code resumedAt} once it has). */
        RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private long leadId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant reportedAt;
    private String reportedBy;
    private String answerNote;
    private Instant answeredAt;
    private String answeredBy;
    private Instant resumedAt;

    @Version
    private long version;

    protected CriminalTransfer() {}

    CriminalTransfer(long caseId, long leadId, Instant reportedAt, String reportedBy) {
        this.caseId = caseId;
        this.leadId = leadId;
        this.status = Status.AWAITING_POLICE;
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
    }

    void answered(Status answer, String note, String by, Instant at) {
        this.status = answer;
        this.answerNote = note;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    void resumed(Instant at) {
        this.resumedAt = at;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getLeadId() { return leadId; }
    public Status getStatus() { return status; }
    public Instant getReportedAt() { return reportedAt; }
    public String getReportedBy() { return reportedBy; }
    public String getAnswerNote() { return answerNote; }
    public Instant getAnsweredAt() { return answeredAt; }
    public String getAnsweredBy() { return answeredBy; }
    public Instant getResumedAt() { return resumedAt; }
}
