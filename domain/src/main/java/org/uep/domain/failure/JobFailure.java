package org.uep.domain.failure;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** A technical failure of a job, kept for the people who handle incidents in UEP. */
@Entity
@Immutable
@Table(name = "job_failure")
public class JobFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long jobKey;
    private String jobType;
    private long processInstanceKey;
    private String elementId;
    private int retriesLeft;
    private String errorMessage;
    private Instant failedAt;

    protected JobFailure() {}

    JobFailure(long jobKey, String jobType, long processInstanceKey, String elementId, int retriesLeft,
               String errorMessage, Instant failedAt) {
        this.jobKey = jobKey;
        this.jobType = jobType;
        this.processInstanceKey = processInstanceKey;
        this.elementId = elementId;
        this.retriesLeft = retriesLeft;
        this.errorMessage = errorMessage;
        this.failedAt = failedAt;
    }

    public Long getId() { return id; }
    public long getJobKey() { return jobKey; }
    public String getJobType() { return jobType; }
    public long getProcessInstanceKey() { return processInstanceKey; }
    public String getElementId() { return elementId; }
    public int getRetriesLeft() { return retriesLeft; }
    public String getErrorMessage() { return errorMessage; }
    public Instant getFailedAt() { return failedAt; }
}
