package org.uep.domain.cases;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 调查取证 record: who investigated (at least two officers, Art. 42) and what they found. */
@Entity
@Table(name = "investigation")
public class Investigation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private long taskId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> officers;

    private String findings;
    private String recordedBy;
    private Instant recordedAt;

    protected Investigation() {}

    public Investigation(long caseId, long taskId, List<String> officers, String findings, String recordedBy,
                         Instant recordedAt) {
        this.caseId = caseId;
        this.taskId = taskId;
        this.officers = List.copyOf(officers);
        this.findings = findings;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getTaskId() { return taskId; }
    public List<String> getOfficers() { return officers; }
    public String getFindings() { return findings; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
