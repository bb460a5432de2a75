package org.uep.domain.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadRepository;
import org.uep.domain.organisation.CertifiedOfficers;

/**
 * 证据: recording evidence on a dossier and attaching its file. Recording is an investigative act: enforcement staff
 * of the dossier's unit, two certified officers on the day it was collected. A file is stored by content hash
 * before it is put on record; the record keeps the hash, so the file can be shown to be the one collected, and it
 * is never replaced (attaching the same file again changes nothing; a different file is refused).
 */
@Service
public class EvidenceService {

    static final int MAX_TITLE_LENGTH = 200;
    static final int MAX_TEXT_LENGTH = 10_000;

    private final EvidenceItemRepository items;
    private final LeadRepository leads;
    private final EvidenceStore store;
    private final CertifiedOfficers certifiedOfficers;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final long maxBytes;

    public EvidenceService(EvidenceItemRepository items, LeadRepository leads, EvidenceStore store,
                           CertifiedOfficers certifiedOfficers, AccessPolicy access, AuditLog audit,
                           PlatformTransactionManager transactions, Clock clock,
                           @Value("${uep.evidence.max-bytes:524288000}") long maxBytes) {
        this.items = items;
        this.leads = leads;
        this.store = store;
        this.certifiedOfficers = certifiedOfficers;
        this.access = access;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** An open evidence file: what is on record about it and its content (the caller closes it). */
    public record EvidenceFile(EvidenceItem item, InputStream content) {}

    @Transactional
    public EvidenceItem record(long leadId, EvidenceDetails details, Caller caller) {
        Lead lead = actOn(leadId, caller);
        if (details.kind() == null) {
            throw DomainException.invalid("kind is required: one of " + List.of(EvidenceKind.values()));
        }
        String title = text(details.title(), "title", MAX_TITLE_LENGTH, true);
        text(details.description(), "description", MAX_TEXT_LENGTH, false);
        text(details.collectedPlace(), "collectedPlace", MAX_TITLE_LENGTH, false);
        if (details.collectedAt() == null) {
            throw DomainException.invalid("collectedAt is required: when the evidence was collected");
        }
        if (details.collectedAt().isAfter(clock.instant())) {
            throw DomainException.invalid("collectedAt " + details.collectedAt() + " is in the future");
        }
        List<String> officers = certifiedOfficers.requireTwoFor(details.officers(), caller, LegalTime.dayOf(details.collectedAt()));
        EvidenceItem item = items.save(new EvidenceItem(lead.getId(), new EvidenceDetails(details.kind(), title,
                strip(details.description()), details.collectedAt(), strip(details.collectedPlace()), officers),
                officers, caller.username(), clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("evidenceId", item.getId());
        after.put("kind", item.getKind().name());
        after.put("title", item.getTitle());
        after.put("officers", officers);
        audit.append(AuditLog.leadStream(leadId), caller.username(), lead.getUnitPath(), "evidence.recorded", null, after);
        return item;
    }

    /**
     * Stores the file (at most {@code uep.evidence.max-bytes}, of an accepted type whose content matches it), then
     * puts its hash on record in one transaction.
     */
    public EvidenceItem attach(long evidenceId, InputStream content, String mediaType, String fileName, Caller caller) {
        EvidenceItem item = transaction.execute(status -> {
            EvidenceItem found = find(evidenceId, caller);
            actOn(found.getLeadId(), caller);
            return found;
        });
        String type = EvidenceMediaTypes.normalise(mediaType);
        BufferedInputStream buffered = new BufferedInputStream(content);
        EvidenceMediaTypes.requireContentMatches(type, peek(buffered));
        StoredContent stored = store.put(buffered, maxBytes);
        if (stored.size() == 0) {
            throw DomainException.invalid("the file is empty");
        }
        return transaction.execute(status -> {
            EvidenceItem current = items.findById(item.getId()).orElseThrow();
            if (current.getContentSha256() != null) {
                if (current.getContentSha256().equals(stored.sha256())) {
                    return current;
                }
                throw DomainException.conflict("Evidence " + evidenceId + " already has its file (SHA-256 "
                        + current.getContentSha256() + "); evidence is never replaced: record a new item for another file");
            }
            current.attached(stored, type, fileNameOf(fileName), caller.username(), clock.instant());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("evidenceId", current.getId());
            after.put("sha256", stored.sha256());
            after.put("size", stored.size());
            after.put("mediaType", type);
            audit.append(AuditLog.leadStream(current.getLeadId()), caller.username(), null, "evidence.file.attached",
                    null, after);
            return current;
        });
    }

    @Transactional(readOnly = true)
    public List<EvidenceItem> ofDossier(long leadId, Caller caller) {
        readable(leadId, caller);
        return items.findByLeadIdOrderById(leadId);
    }

    /** The file of an item the caller may read; not found when none is attached. */
    @Transactional(readOnly = true)
    public EvidenceFile open(long evidenceId, Caller caller) {
        EvidenceItem item = find(evidenceId, caller);
        if (item.getContentSha256() == null) {
            throw DomainException.notFound("File of evidence", evidenceId);
        }
        return new EvidenceFile(item, store.open(item.getContentSha256()));
    }

    private EvidenceItem find(long evidenceId, Caller caller) {
        EvidenceItem item = items.findById(evidenceId).orElseThrow(() -> DomainException.notFound("Evidence", evidenceId));
        readable(item.getLeadId(), caller);
        return item;
    }

    private Lead readable(long leadId, Caller caller) {
        return leads.findById(leadId).filter(lead -> access.canRead(caller, lead.getId(), lead.getUnitPath()))
                .orElseThrow(() -> DomainException.notFound("Dossier", leadId));
    }

    private Lead actOn(long leadId, Caller caller) {
        Lead lead = readable(leadId, caller);
        access.requireEnforcementStaffOf(caller, lead.getUnitPath(), "record evidence");
        return lead;
    }

    private static byte[] peek(BufferedInputStream in) {
        try {
            in.mark(EvidenceMediaTypes.SIGNATURE_BYTES);
            byte[] head = in.readNBytes(EvidenceMediaTypes.SIGNATURE_BYTES);
            in.reset();
            return head;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileNameOf(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return null;
        }
        String name = fileName.strip().replaceAll("^.*[/\\\\]", "");
        return name.length() > MAX_TITLE_LENGTH ? name.substring(0, MAX_TITLE_LENGTH) : name;
    }

    private static String text(String value, String field, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw DomainException.invalid(field + " is required");
            }
            return null;
        }
        if (value.strip().length() > maxLength) {
            throw DomainException.invalid(field + " is longer than " + maxLength + " characters");
        }
        return value.strip();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
