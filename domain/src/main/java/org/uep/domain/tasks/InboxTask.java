package org.uep.domain.tasks;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A row of the inbox: one job-worker user task of the engine, keyed by its job key. UEP owns claiming
 * and completion; the engine only hears the result.
 */
@Entity
@Table(name = "inbox_task")
public class InboxTask {

    public enum Status {
        OPEN,
        /** Completed in UEP; the engine has not yet confirmed the job completion (outbox pending). */
        COMPLETING,
        COMPLETED,
        /** The engine removed the job (timer, cancelled branch, ended instance) before anyone completed it. */
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long jobKey;
    private long processInstanceKey;
    private String processId;
    private String elementId;
    private String name;
    private String formKey;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> candidateGroups;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> candidateUsers;

    private String assignee;
    private Instant dueAt;
    private Long leadId;
    private Long caseId;

    @Enumerated(EnumType.STRING)
    private Status status;

    private String outcome;
    private Instant createdAt;
    private Instant claimedAt;
    private String completedBy;
    private Instant completedAt;
    /** Out of the assignee's inbox until then (跟进日期). */
    private Instant followUpAt;
    /** 委派: the owner who handed the task to its assignee; PENDING while the delegate works it, RESOLVED once back. */
    private String delegatedBy;
    private String delegationState;
    /** 优先级 0–100, higher first. */
    private int priority;

    @Version
    private long version;

    protected InboxTask() {}

    void completing(String outcome, String by, Instant at) {
        this.status = Status.COMPLETING;
        this.outcome = outcome;
        this.completedBy = by;
        this.completedAt = at;
    }

    void followUpAt(Instant at) {
        this.followUpAt = at;
    }

    void prioritise(int priority) {
        this.priority = priority;
    }

    void confirmed() {
        this.status = Status.COMPLETED;
    }

    void withdrawn(Instant at) {
        this.status = Status.WITHDRAWN;
        this.completedAt = at;
    }

    public Long getId() { return id; }
    public long getJobKey() { return jobKey; }
    public long getProcessInstanceKey() { return processInstanceKey; }
    public String getProcessId() { return processId; }
    public String getElementId() { return elementId; }
    public String getName() { return name; }
    public String getFormKey() { return formKey; }
    public List<String> getCandidateGroups() { return candidateGroups; }
    public List<String> getCandidateUsers() { return candidateUsers; }
    public String getAssignee() { return assignee; }
    public Instant getDueAt() { return dueAt; }
    public Long getLeadId() { return leadId; }
    public Long getCaseId() { return caseId; }
    public Status getStatus() { return status; }
    public String getOutcome() { return outcome; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getClaimedAt() { return claimedAt; }
    public String getCompletedBy() { return completedBy; }
    public Instant getCompletedAt() { return completedAt; }
    public Instant getFollowUpAt() { return followUpAt; }
    public String getDelegatedBy() { return delegatedBy; }
    public String getDelegationState() { return delegationState; }
    public int getPriority() { return priority; }
    public boolean isDelegated() { return "PENDING".equals(delegationState); }
}
