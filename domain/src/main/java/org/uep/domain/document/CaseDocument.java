package org.uep.domain.document;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.uep.domain.evidence.StoredContent;

/** 执法文书: one document issued in a case, its number (if numbered) and the hash of its rendered text. Never changed. */
@Entity
@Table(name = "document")
public class CaseDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long caseId;
    private long leadId;
    private String unitPath;

    @Enumerated(EnumType.STRING)
    private DocumentKind kind;

    private String idempotencyKey;
    private String number;
    private String title;
    private String sha256;
    private long size;
    private String mediaType;
    private String issuedBy;
    private Instant issuedAt;

    protected CaseDocument() {}

    CaseDocument(long caseId, long leadId, String unitPath, DocumentKind kind, String idempotencyKey, String number,
                 StoredContent content, String mediaType, String issuedBy, Instant issuedAt) {
        this.caseId = caseId;
        this.leadId = leadId;
        this.unitPath = unitPath;
        this.kind = kind;
        this.idempotencyKey = idempotencyKey;
        this.number = number;
        this.title = kind.title();
        this.sha256 = content.sha256();
        this.size = content.size();
        this.mediaType = mediaType;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    /** The download's name: number and title, e.g. {@code 定综执罚决字〔2026〕第12号行政处罚决定书.txt}. */
    public String fileName() {
        return (number == null ? title + "-" + id : number + title) + ".txt";
    }

    public Long getId() { return id; }
    public long getCaseId() { return caseId; }
    public long getLeadId() { return leadId; }
    public String getUnitPath() { return unitPath; }
    public DocumentKind getKind() { return kind; }
    public String getIdempotencyKey() { return idempotencyKey; }
    /** 文号, null for a document that is not numbered. */
    public String getNumber() { return number; }
    public String getTitle() { return title; }
    /** Hex SHA-256 of the rendered bytes: their address in the store. */
    public String getSha256() { return sha256; }
    public long getSize() { return size; }
    public String getMediaType() { return mediaType; }
    public String getIssuedBy() { return issuedBy; }
    public Instant getIssuedAt() { return issuedAt; }
}
