package org.uep.domain.tasks;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** 审批意见: the signed record of one approval step — outcome, written opinion, who, in which unit and role, when. */
@Entity
@Immutable
@Table(name = "approval_record")
public class ApprovalRecord {

    public enum Outcome {
        APPROVE,
        REJECT,
        /** Return for correction or further investigation. */
        RETURN,
        /** Send on as a suspected crime (legal review, 移送). */
        TRANSFER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long leadId;
    private Long caseId;
    private long taskId;
    private String step;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    private String opinion;
    private String approver;
    private String approverName;
    private String approverUnit;
    private String approverRole;
    private Instant decidedAt;

    protected ApprovalRecord() {}

    ApprovalRecord(InboxTask task, Outcome outcome, String opinion, String approver, String approverName,
                   String approverUnit, String approverRole, Instant decidedAt) {
        this.leadId = task.getLeadId();
        this.caseId = task.getCaseId();
        this.taskId = task.getId();
        this.step = task.getElementId();
        this.outcome = outcome;
        this.opinion = opinion;
        this.approver = approver;
        this.approverName = approverName;
        this.approverUnit = approverUnit;
        this.approverRole = approverRole;
        this.decidedAt = decidedAt;
    }

    public Long getId() { return id; }
    public long getLeadId() { return leadId; }
    public Long getCaseId() { return caseId; }
    public long getTaskId() { return taskId; }
    public String getStep() { return step; }
    public Outcome getOutcome() { return outcome; }
    public String getOpinion() { return opinion; }
    public String getApprover() { return approver; }
    public String getApproverName() { return approverName; }
    public String getApproverUnit() { return approverUnit; }
    public String getApproverRole() { return approverRole; }
    public Instant getDecidedAt() { return decidedAt; }
}
