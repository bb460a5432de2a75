package org.uep.domain.evidence;

import jakarta.persistence.Column;
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

/** 证据: one item of evidence on a dossier, with its file's content hash once attached. */
@Entity
@Table(name = "evidence_item")
public class EvidenceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long leadId;

    @Enumerated(EnumType.STRING)
    private EvidenceKind kind;

    private String title;
    private String description;
    private Instant collectedAt;
    private String collectedPlace;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> officers;

    private String recordedBy;
    private Instant recordedAt;
    private String contentSha256;
    private Long contentSize;
    private String mediaType;
    private String fileName;
    private String attachedBy;
    private Instant attachedAt;

    @Version
    private long version;

    protected EvidenceItem() {}

    EvidenceItem(long leadId, EvidenceDetails details, List<String> officers, String recordedBy, Instant recordedAt) {
        this.leadId = leadId;
        this.kind = details.kind();
        this.title = details.title();
        this.description = details.description();
        this.collectedAt = details.collectedAt();
        this.collectedPlace = details.collectedPlace();
        this.officers = officers;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void attached(StoredContent content, String mediaType, String fileName, String by, Instant at) {
        this.contentSha256 = content.sha256();
        this.contentSize = content.size();
        this.mediaType = mediaType;
        this.fileName = fileName;
        this.attachedBy = by;
        this.attachedAt = at;
    }

    public Long getId() { return id; }
    public long getLeadId() { return leadId; }
    public EvidenceKind getKind() { return kind; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public Instant getCollectedAt() { return collectedAt; }
    public String getCollectedPlace() { return collectedPlace; }
    public List<String> getOfficers() { return officers; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
    /** Hex SHA-256 of the attached file, null while none is attached. */
    public String getContentSha256() { return contentSha256; }
    public Long getContentSize() { return contentSize; }
    public String getMediaType() { return mediaType; }
    public String getFileName() { return fileName; }
    public String getAttachedBy() { return attachedBy; }
    public Instant getAttachedAt() { return attachedAt; }
}
