package org.uep.domain.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseClosing;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.cases.PenaltyCaseRepository;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.decision.Decisions;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.document.Documents;
import org.uep.domain.document.PublicationData;
import org.uep.domain.document.PublicationRedaction;
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.lead.LeadService;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.party.Party;
import org.uep.domain.party.PartyRegister;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.penalty.PenaltyDecision;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.penalty.ReviewGate;

/**
 * 公示 of a decision (Art. 48, procedure.md §1.13): the redacted decision is published within publish.decision — or
 * withheld, with the reason, for a minor's case or a decision revoked before it went out — and withdrawn within
 * publish.withdraw when the review body or a court revokes or changes the decision (撤销). Each act is recorded once
 * (tables publication, decision_revocation) and audited in the case's stream; repeating it changes nothing.
 */
@Service
public class Publications {

    public static final String PUBLISH_WITHDRAW = "publish.withdraw";
    static final int MAX_REVOKED_BY = 200;
    static final int MAX_REASON = 2000;
    static final int ADULT_AGE = 18;

    public enum Status { PUBLISHED, WITHHELD, WITHDRAWN }

    public record Publication(long leadId, Status status, Long documentId, String withheldReason, Instant publishedAt,
                              Instant withdrawnAt) {}

    public record Revocation(long id, long leadId, Instant revokedAt, String revokedBy, String reason, String recordedBy,
                             Instant recordedAt) {}

    /**
     * What the case file shows: the publication as recorded, or — before it is — the redacted text to be confirmed
     * ({@code preview}; null when the decision is not to be published, e.g. under the summary procedure).
     */
    public record CasePublication(Optional<Publication> recorded, PublicationRedaction.Outcome preview,
                                  Optional<Revocation> revocation) {}

    private final PenaltyProceedings proceedings;
    private final ReviewGate gate;
    private final PartyRegister parties;
    private final LeadService leads;
    private final PenaltyCaseRepository cases;
    private final CaseFiles caseFiles;
    private final Documents documents;
    private final StatutoryClocks clocks;
    private final EngineOutbox outbox;
    private final AuditLog audit;
    private final CaseClosing caseClosing;
    private final InboxService inbox;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Publications(PenaltyProceedings proceedings, ReviewGate gate, PartyRegister parties, LeadService leads,
                 PenaltyCaseRepository cases, CaseFiles caseFiles, Documents documents, StatutoryClocks clocks,
                 EngineOutbox outbox, AuditLog audit, CaseClosing caseClosing, InboxService inbox,
                 JdbcTemplate jdbc, Clock clock) {
        this.proceedings = proceedings;
        this.gate = gate;
        this.parties = parties;
        this.leads = leads;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.documents = documents;
        this.clocks = clocks;
        this.outbox = outbox;
        this.audit = audit;
        this.caseClosing = caseClosing;
        this.inbox = inbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** 公示决定: publishes the redacted decision or records why it is withheld; meets publish.decision either way. */
    @Transactional
    public Publication publish(long leadId) {
        lock(leadId);
        Optional<Publication> known = publication(leadId);
        if (known.isPresent()) {
            return known.get();
        }
        PenaltyDecision decision = decision(leadId);
        PenaltyCase penaltyCase = penaltyCase(leadId);
        PublicationRedaction.Outcome outcome = revocation(leadId).isPresent()
                ? new PublicationRedaction.Withhold("决定已被撤销或变更，不予公示。The decision was revoked or changed before "
                + "it was published.")
                : PublicationRedaction.redact(data(leadId));
        Instant now = clock.instant();
        Map<String, Object> after = new LinkedHashMap<>();
        if (outcome instanceof PublicationRedaction.Publish publish) {
            Map<String, String> fields = new LinkedHashMap<>(publish.data().fields());
            fields.put("decisionNumber", decision.getDocumentNumber());
            fields.put("legalBasis", decision.getPenalty().legalBasis());
            fields.put("penalty", decision.getPenalty().describe());
            fields.put("decisionDate", Documents.chineseDate(LegalTime.dayOf(decision.getDecidedAt())));
            long documentId = documents.issue(penaltyCase.getId(), DocumentKind.PUBLICATION, "publication", fields,
                    AuditLog.SYSTEM).getId();
            jdbc.update("""
                    insert into publication (lead_id, status, document_id, published_at, recorded_at)
                    values (?, 'PUBLISHED', ?, ?, ?)""", leadId, documentId, Timestamp.from(now), Timestamp.from(now));
            after.put("documentId", documentId);
        } else {
            String reason = ((PublicationRedaction.Withhold) outcome).reason();
            jdbc.update("""
                    insert into publication (lead_id, status, withheld_reason, recorded_at)
                    values (?, 'WITHHELD', ?, ?)""", leadId, reason, Timestamp.from(now));
            after.put("reason", reason);
        }
        clocks.stop(Decisions.subject(leadId), Decisions.PUBLISH_DECISION, AuditLog.SYSTEM);
        Publication recorded = publication(leadId).orElseThrow();
        audit.append(AuditLog.caseStream(penaltyCase.getId()), AuditLog.SYSTEM, penaltyCase.getUnitPath(),
                "publication." + recorded.status().name().toLowerCase(), null, after);
        return recorded;
    }

    /**
     * 撤销: the head of the case's unit records that the review body or a court ({@code revokedBy}) revoked or changed
     * the decision. A published decision is to be withdrawn within publish.withdraw; the fine is no longer collected
     * (fine.pay and enforce.court stop); the case is told ({@code uep.decision.revoked}).
     */
    @Transactional
    public Revocation revoke(long caseId, Instant revokedOn, String revokedBy, String reason, Caller caller) {
        // As PostgreSQL keeps it, so the same revocation again compares equal.
        Instant revokedAt = revokedOn == null ? null : revokedOn.truncatedTo(ChronoUnit.MICROS);
        PenaltyCase penaltyCase = caseFiles.readable(caseId, caller);
        if (!caller.isMemberOf(penaltyCase.getUnitPath()) || !caller.hasRole("head")) {
            throw DomainException.forbidden("只有 " + penaltyCase.getUnitPath() + " 的负责人可以登记决定被撤销。Only a head of "
                    + penaltyCase.getUnitPath() + " may record the revocation of its decision.");
        }
        long leadId = penaltyCase.getLeadId();
        String by = text(revokedBy, "revokedBy", MAX_REVOKED_BY);
        String why = text(reason, "reason", MAX_REASON);
        lock(leadId);
        Optional<Revocation> known = revocation(leadId);
        if (known.isPresent()) {
            Revocation first = known.get();
            if (first.revokedAt().equals(revokedAt) && first.revokedBy().equals(by) && first.reason().equals(why)) {
                return first;
            }
            throw DomainException.conflict("该决定已于 " + first.revokedAt() + " 由 " + first.revokedBy() + " 撤销。The decision "
                    + "was already revoked at " + first.revokedAt() + " by " + first.revokedBy() + ".");
        }
        PenaltyDecision decision = decision(leadId);
        Instant now = clock.instant();
        if (revokedAt == null || revokedAt.isBefore(decision.getDecidedAt()) || revokedAt.isAfter(now)) {
            throw DomainException.invalid("撤销时间须在决定作出之后、不晚于现在。revokedAt must lie between the decision ("
                    + decision.getDecidedAt() + ") and now; got " + revokedAt + ".");
        }
        jdbc.update("""
                insert into decision_revocation (lead_id, revoked_at, revoked_by, reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""", leadId, Timestamp.from(revokedAt), by, why, caller.username(),
                Timestamp.from(now));
        Revocation revocation = revocation(leadId).orElseThrow();
        String actor = caller.username();
        if (publication(leadId).filter(p -> p.status() == Status.PUBLISHED).isPresent()) {
            clocks.start(Decisions.subject(leadId), PUBLISH_WITHDRAW, revokedAt, actor);
        }
        clocks.stop(Decisions.subject(leadId), Decisions.PUBLISH_DECISION, actor);
        clocks.stop(AuditLog.leadStream(leadId), ExecutionService.FINE_PAY, actor);
        clocks.stop(AuditLog.leadStream(leadId), ExecutionService.ENFORCE_COURT, actor);
        outbox.enqueue(EngineCommand.Kind.DECISION_REVOKED, revocation.id());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("revocation", revocation.id());
        after.put("revokedAt", revokedAt.toString());
        after.put("revokedBy", by);
        after.put("reason", why);
        audit.append(AuditLog.caseStream(caseId), actor, penaltyCase.getUnitPath(), "decision.revoked", null, after);
        return revocation;
    }

    /**
     * 撤回公示: a published decision is withdrawn and publish.withdraw met; otherwise (withheld, done) nothing changes
     * there. Either way the revoked decision ends the case: it is closed with its report and the tasks its process
     * leaves open leave the inbox.
     */
    @Transactional
    public Optional<Publication> withdraw(long leadId) {
        lock(leadId);
        caseClosing.close(penaltyCase(leadId).getId());
        inbox.withdrawOpenTasks(leadId, "the decision was revoked");
        Optional<Publication> known = publication(leadId);
        if (known.filter(p -> p.status() == Status.PUBLISHED).isEmpty()) {
            return known;
        }
        jdbc.update("update publication set status = 'WITHDRAWN', withdrawn_at = ? where lead_id = ?",
                Timestamp.from(clock.instant()), leadId);
        clocks.stop(Decisions.subject(leadId), PUBLISH_WITHDRAW, AuditLog.SYSTEM);
        PenaltyCase penaltyCase = penaltyCase(leadId);
        audit.append(AuditLog.caseStream(penaltyCase.getId()), AuditLog.SYSTEM, penaltyCase.getUnitPath(),
                "publication.withdrawn", Map.of("status", Status.PUBLISHED.name()), Map.of("status", Status.WITHDRAWN.name()));
        return publication(leadId);
    }

    /** For those who may read the case file. */
    @Transactional(readOnly = true)
    public CasePublication ofCase(long caseId, Caller caller) {
        long leadId = caseFiles.readable(caseId, caller).getLeadId();
        Optional<Publication> recorded = publication(leadId);
        boolean toPublish = clocks.of(List.of(Decisions.subject(leadId))).stream()
                .anyMatch(c -> c.getClockId().equals(Decisions.PUBLISH_DECISION));
        return new CasePublication(recorded, recorded.isPresent() || !toPublish ? null
                : PublicationRedaction.redact(data(leadId)), revocation(leadId));
    }

    /** The case number of a revocation's case: the correlation key of its message. */
    @Transactional(readOnly = true)
    public String caseNumberOfRevocation(long revocationId) {
        Long leadId = jdbc.queryForList("select lead_id from decision_revocation where id = ?", Long.class, revocationId)
                .stream().findFirst().orElseThrow(() -> DomainException.notFound("Revocation", revocationId));
        return penaltyCase(leadId).getCaseNumber();
    }

    /** The party and the facts as the decision states them, before redaction. */
    private PublicationData data(long leadId) {
        Party party = parties.partyOf(leadId).orElseThrow(() -> DomainException.conflict("案件尚未登记当事人。Lead " + leadId
                + " names no party."));
        LocalDate actOn = LegalTime.dayOf(leads.get(leadId).getReceivedAt());
        boolean minor = party.birthDay().filter(born -> born.plusYears(ADULT_AGE).isAfter(actOn)).isPresent();
        List<String> agents = jdbc.queryForList("""
                select p.name from dossier_party dp join party p on p.id = dp.party_id
                where dp.lead_id = ? and dp.role = 'AGENT'""", String.class, leadId);
        return new PublicationData(party.getName(), party.getKind(), party.getIdentifier(), party.getAddress(),
                party.getPhone(), null, null, agents, minor, gate.current(leadId).getFacts());
    }

    private Optional<Publication> publication(long leadId) {
        return jdbc.query("""
                select lead_id, status, document_id, withheld_reason, published_at, withdrawn_at from publication
                where lead_id = ?""", Publications::publication, leadId).stream().findFirst();
    }

    private Optional<Revocation> revocation(long leadId) {
        return jdbc.query("""
                select id, lead_id, revoked_at, revoked_by, reason, recorded_by, recorded_at from decision_revocation
                where lead_id = ?""", (rs, i) -> new Revocation(rs.getLong(1), rs.getLong(2), instant(rs, 3),
                rs.getString(4), rs.getString(5), rs.getString(6), instant(rs, 7)), leadId).stream().findFirst();
    }

    private static Publication publication(ResultSet rs, int row) throws SQLException {
        return new Publication(rs.getLong(1), Status.valueOf(rs.getString(2)), rs.getObject(3, Long.class), rs.getString(4),
                instant(rs, 5), instant(rs, 6));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    /** Publication and revocation of one decision queue here, so neither misses the other. */
    private void lock(long leadId) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", "publication/" + leadId);
    }

    private PenaltyDecision decision(long leadId) {
        return proceedings.decision(leadId).orElseThrow(() -> DomainException.conflict("案件尚未作出处罚决定。Lead " + leadId
                + " has no decision."));
    }

    private PenaltyCase penaltyCase(long leadId) {
        return cases.findByLeadId(leadId).orElseThrow(() -> DomainException.notFound("Case of lead", leadId));
    }

    private static String text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field + " 不能为空。" + field + " is required.");
        }
        if (value.strip().length() > maxLength) {
            throw DomainException.invalid(field + " is longer than " + maxLength + " characters");
        }
        return value.strip();
    }
}
