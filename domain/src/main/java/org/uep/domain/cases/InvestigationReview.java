package org.uep.domain.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.uep.processes.penalty.PenaltyCaseProcess.InvestigationOutcome;

/** 调查终结审查: the head's conclusion on the investigation (Art. 57) and, for no penalty, its ground. */
@Entity
@Table(name = "investigation_review")
public class InvestigationReview {

    /** 不予处罚的理由: why no penalty is given (Art. 33). */
    public enum Ground {
        /** 违法行为轻微并及时改正，没有造成危害后果 (Art. 33(1)). */
        MINOR_AND_CORRECTED,
        /** 初次违法且危害后果轻微并及时改正 — 首违不罚 (Art. 33(1)); not for a party penalised before. */
        FIRST_VIOLATION,
        /** 当事人有证据足以证明没有主观过错 (Art. 33(2)). */
        NO_FAULT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private long taskId;

    @Enumerated(EnumType.STRING)
    private InvestigationOutcome outcome;

    @Enumerated(EnumType.STRING)
    private Ground ground;

    private String opinion;
    private String reviewedBy;
    private Instant reviewedAt;

    protected InvestigationReview() {}

    InvestigationReview(long caseId, long taskId, InvestigationOutcome outcome, Ground ground, String opinion,
                        String reviewedBy, Instant reviewedAt) {
        this.caseId = caseId;
        this.taskId = taskId;
        this.outcome = outcome;
        this.ground = ground;
        this.opinion = opinion;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getTaskId() { return taskId; }
    public InvestigationOutcome getOutcome() { return outcome; }
    public Ground getGround() { return ground; }
    public String getOpinion() { return opinion; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
}
