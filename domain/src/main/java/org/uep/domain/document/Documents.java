package org.uep.domain.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.NumberSeries;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.evidence.EvidenceStore;
import org.uep.domain.evidence.StoredContent;

/**
 * 执法文书: issuing a case's documents and reading them. A document is rendered from its kind's template, numbered from
 * the issuing body's series (in the issue's transaction: a rolled-back issue leaves no gap), stored by SHA-256 in the
 * content-addressed store and put on record with the audit event {@code document.issued}. Issuing is idempotent per
 * (case, kind, key): workers pass their notice id or job key, and a repeated issue returns the first document.
 */
@Service
public class Documents {

    public static final String MEDIA_TYPE = "text/plain;charset=UTF-8";
    static final int MAX_KEY_LENGTH = 200;

    private final CaseDocumentRepository documents;
    private final CaseService cases;
    private final CaseFiles caseFiles;
    private final AccessPolicy access;
    private final DocumentTemplates templates;
    private final NumberSeries numbers;
    private final EvidenceStore store;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Documents(CaseDocumentRepository documents, CaseService cases, CaseFiles caseFiles, AccessPolicy access,
                     DocumentTemplates templates, NumberSeries numbers, EvidenceStore store, AuditLog audit,
                     JdbcTemplate jdbc, Clock clock) {
        this.documents = documents;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.access = access;
        this.templates = templates;
        this.numbers = numbers;
        this.store = store;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An open document file: what is on record about it and its bytes (the caller closes the stream). */
    public record DocumentFile(CaseDocument document, InputStream content) {}

    /** The body a unit issues documents as (table document_issuer). */
    private record Issuer(String numberPrefix, String bodyName, String reviewBody, String court) {}

    /**
     * Issues a document of {@code kind} in the case with the caller's {@code fields} (see
     * {@link DocumentTemplates#requiredFields}), or returns the one already issued with the same key.
     */
    @Transactional
    public CaseDocument issue(long caseId, DocumentKind kind, String idempotencyKey, Map<String, String> fields,
                              String actor) {
        if (kind == null) {
            throw DomainException.invalid("须写明文书种类。The document kind is required: one of " + List.of(DocumentKind.values()));
        }
        String key = required(idempotencyKey, "idempotencyKey");
        String by = required(actor, "actor");
        PenaltyCase penaltyCase = cases.get(caseId);
        // Concurrent issues with one key queue here; the second then finds the first's document.
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))",
                "document/" + caseId + "/" + kind + "/" + key);
        return documents.findByCaseIdAndKindAndIdempotencyKey(caseId, kind, key)
                .orElseGet(() -> issueNew(penaltyCase, kind, key, fields == null ? Map.of() : fields, by));
    }

    @Transactional(readOnly = true)
    public List<CaseDocument> ofCase(long caseId, Caller caller) {
        caseFiles.readable(caseId, caller);
        return documents.findByCaseIdOrderById(caseId);
    }

    /** A document the caller may read (as they may read its case file) with its bytes; not found otherwise. */
    @Transactional(readOnly = true)
    public DocumentFile open(long documentId, Caller caller) {
        CaseDocument document = documents.findById(documentId)
                .filter(d -> access.canRead(caller, d.getLeadId(), d.getUnitPath()))
                .orElseThrow(() -> DomainException.notFound("Document", documentId));
        return new DocumentFile(document, store.open(document.getSha256()));
    }

    private CaseDocument issueNew(PenaltyCase penaltyCase, DocumentKind kind, String key, Map<String, String> fields,
                                  String by) {
        templates.check(kind, fields);
        Issuer issuer = issuer(penaltyCase.getUnitPath());
        Instant now = clock.instant();
        LocalDate day = LegalTime.dayOf(now);
        String number = kind.numbered()
                ? kind.number(issuer.numberPrefix(), day.getYear(),
                numbers.next(penaltyCase.getUnitPath(), "document/" + kind, day.getYear()))
                : null;
        Map<String, String> all = new HashMap<>(fields);
        all.put("body", issuer.bodyName());
        all.put("reviewBody", issuer.reviewBody());
        all.put("court", issuer.court());
        all.put("caseNumber", penaltyCase.getCaseNumber());
        all.put("date", chineseDate(day));
        all.put("number", number);
        byte[] text = templates.render(kind, all).getBytes(StandardCharsets.UTF_8);
        StoredContent stored = store.put(new ByteArrayInputStream(text), text.length);
        CaseDocument document = documents.save(new CaseDocument(penaltyCase.getId(), penaltyCase.getLeadId(),
                penaltyCase.getUnitPath(), kind, key, number, stored, MEDIA_TYPE, by, now));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("documentId", document.getId());
        after.put("kind", kind.name());
        after.put("number", number);
        after.put("idempotencyKey", key);
        after.put("sha256", stored.sha256());
        after.put("size", stored.size());
        audit.append(AuditLog.caseStream(penaltyCase.getId()), by, penaltyCase.getUnitPath(), "document.issued", null, after);
        return document;
    }

    /** A day as documents write it, e.g. 2026年3月2日. */
    /**
     * 送达回证: the proof that {@code served} reached its recipient — how, when, where and by whom — issued once per
     * service ({@code key}).
     */
    @Transactional
    public CaseDocument issueServiceProof(long caseId, String key, CaseDocument served, String recipient, String place,
                                          String method, Instant servedAt, String server) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("servedDocument", served.getTitle() + (served.getNumber() == null ? "" : "（" + served.getNumber() + "）"));
        fields.put("recipient", recipient);
        fields.put("place", place);
        fields.put("method", method);
        fields.put("servedAt", chineseDate(LegalTime.dayOf(servedAt)) + " "
                + java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(servedAt.atZone(LegalTime.ZONE)));
        fields.put("servers", server);
        return issue(caseId, DocumentKind.SERVICE_PROOF, key, fields, server);
    }

    /** The latest document of {@code kind} issued in the case, if any. */
    @Transactional(readOnly = true)
    public Optional<CaseDocument> latest(long caseId, DocumentKind kind) {
        return documents.findFirstByCaseIdAndKindOrderByIdDesc(caseId, kind);
    }

    public static String chineseDate(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private Issuer issuer(String unitPath) {
        return jdbc.query("select number_prefix, body_name, review_body, court from document_issuer where unit_path = ?",
                        (row, i) -> new Issuer(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
                        unitPath)
                .stream().findFirst()
                .orElseThrow(() -> DomainException.conflict("单位 " + unitPath + " 尚未登记文书字号和机关名称。Unit " + unitPath
                        + " has no document issuer on record (table document_issuer: number prefix, body name, review "
                        + "body, court), so it cannot issue documents."));
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field + " is required");
        }
        if (value.strip().length() > MAX_KEY_LENGTH) {
            throw DomainException.invalid(field + " is longer than " + MAX_KEY_LENGTH + " characters");
        }
        return value.strip();
    }
}
