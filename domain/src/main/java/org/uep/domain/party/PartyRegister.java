package org.uep.domain.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import org.uep.domain.access.ReadScope;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadRepository;

/**
 * 当事人库: one record per party across all bodies, the dossiers each party appears in, and a party's history as the
 * access policy lets a caller see it. Registering and linking are safe to repeat and to run concurrently.
 */
@Service
public class PartyRegister {

    private static final String HISTORY = """
            select l.id, l.unit_path, l.received_at, l.matter_code, l.status, l.summary,
                   c.id as case_id, c.case_number, c.filed_at, c.status as case_status, d.decided_at,
                   (l.unit_path = any(cast(? as text[])) or l.unit_path like any(cast(? as text[]))
                    or exists (select 1 from dossier_share s
                               where s.lead_id = l.id and s.unit_path = any(cast(? as text[])))) as readable
            from dossier_party dp
            join lead l on l.id = dp.lead_id
            left join penalty_case c on c.lead_id = l.id
            left join penalty_decision d on d.lead_id = l.id
            where dp.party_id = ? and dp.role = 'PARTY'
            order by l.received_at desc, l.id desc""";

    private final PartyRepository parties;
    private final LeadRepository leads;
    private final JdbcTemplate jdbc;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    PartyRegister(PartyRepository parties, LeadRepository leads, JdbcTemplate jdbc, AccessPolicy access, AuditLog audit,
                  Clock clock) {
        this.parties = parties;
        this.leads = leads;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    public static String auditStream(long partyId) {
        return "party/" + partyId;
    }

    /**
     * Finds the party by its identifier or creates it; returns the one record. A registration of a known identifier
     * keeps the record and takes the new details as the latest (a company renames, a person moves): the name, and
     * address and phone where given, audited as {@code party.updated} in the party's stream with before and after.
     * Concurrent registrations of one identifier queue on the row and end with one record.
     */
    @Transactional
    public Party register(PartyDetails details, Caller caller) {
        access.requireAnyRole(caller, AccessPolicy.LEAD_REGISTRAR_ROLES, "register parties");
        PartyDetails valid = details.validated(LegalTime.today(clock));
        // A concurrent insert of the same identifier makes this one wait for it, then do nothing.
        boolean created = jdbc.update("""
                insert into party (kind, identifier_type, identifier, name, address, phone, created_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (identifier_type, identifier) do nothing""",
                valid.kind().name(), valid.identifierType().name(), valid.identifier(), valid.name(), valid.address(),
                valid.phone(), Timestamp.from(clock.instant())) == 1;
        Party party = parties.findByIdentifierTypeAndIdentifier(valid.identifierType(), valid.identifier()).orElseThrow();
        if (created) {
            audit.append(auditStream(party.getId()), caller.username(), null, "party.registered", null, state(party));
        } else {
            Map<String, Object> before = state(party);
            if (party.takeLatest(valid)) {
                audit.append(auditStream(party.getId()), caller.username(), null, "party.updated", before, state(party));
            }
        }
        return party;
    }

    /**
     * Names a party in a dossier (anchored on its lead), audited as {@code party.added} in the lead's stream. Officers,
     * squad leaders and heads of the dossier's unit or a unit above it may; a share lets a body read a dossier, not
     * change it. Repeating it changes nothing; naming the same party in another role is a conflict.
     */
    @Transactional
    public void addToDossier(long leadId, long partyId, DossierRole role, Caller caller) {
        if (role == null) {
            throw PartyIdentifiers.invalid("role", "当事人在案件中的身份不能为空", "role is required, one of "
                    + List.of(DossierRole.values()));
        }
        Lead lead = leads.findById(leadId)
                .filter(l -> access.canRead(caller, l.getId(), l.getUnitPath()))
                .orElseThrow(() -> DomainException.notFound("Lead", leadId));
        if (!access.readScope(caller).covers(lead.getUnitPath())
                || caller.roles().stream().noneMatch(AccessPolicy.LEAD_REGISTRAR_ROLES::contains)) {
            throw DomainException.forbidden("Only officers, squad leaders and heads of " + lead.getUnitPath()
                    + " or a unit above it can name the parties of its dossiers");
        }
        Party party = parties.findById(partyId).orElseThrow(() -> DomainException.notFound("Party", partyId));
        int added = jdbc.update("""
                insert into dossier_party (lead_id, party_id, role, added_at, added_by) values (?, ?, ?, ?, ?)
                on conflict (lead_id, party_id) do nothing""",
                leadId, partyId, role.name(), Timestamp.from(clock.instant()), caller.username());
        if (added == 1) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("partyId", partyId);
            after.put("name", party.getName());
            after.put("role", role);
            audit.append(AuditLog.leadStream(leadId), caller.username(), lead.getUnitPath(), "party.added", null, after);
            return;
        }
        String existing = jdbc.queryForObject("select role from dossier_party where lead_id = ? and party_id = ?",
                String.class, leadId, partyId);
        if (!role.name().equals(existing)) {
            throw DomainException.conflict("Party " + partyId + " is already named in lead " + leadId + " as " + existing
                    + ", not as " + role);
        }
    }

    /** A party as named in a dossier. */
    public record NamedParty(Party party, DossierRole role) {}

    /** Registers the party (or finds it) and names it in the dossier in one step: a refusal leaves neither. */
    @Transactional
    public Party name(long leadId, PartyDetails details, DossierRole role, Caller caller) {
        Party party = register(details, caller);
        addToDossier(leadId, party.getId(), role, caller);
        return party;
    }

    /** The parties named in a dossier the caller may read, in the order they were named. */
    @Transactional(readOnly = true)
    public List<NamedParty> ofDossier(long leadId, Caller caller) {
        leads.findById(leadId).filter(l -> access.canRead(caller, l.getId(), l.getUnitPath()))
                .orElseThrow(() -> DomainException.notFound("Lead", leadId));
        return jdbc.query("select party_id, role from dossier_party where lead_id = ? order by added_at, party_id",
                (row, i) -> new NamedParty(parties.findById(row.getLong(1)).orElseThrow(),
                        DossierRole.valueOf(row.getString(2))), leadId);
    }

    /** The party concerned (当事人) of a dossier, the first named if there are several; empty while none is named. */
    @Transactional(readOnly = true)
    public Optional<Party> partyOf(long leadId) {
        return jdbc.queryForList("""
                select party_id from dossier_party where lead_id = ? and role = 'PARTY' order by added_at, party_id
                limit 1""", Long.class, leadId).stream().findFirst().flatMap(parties::findById);
    }

    /**
     * Every dossier in which the party is the party concerned ({@link DossierRole#PARTY}), across all bodies, newest
     * first by the day the lead was received. Entries the caller may not read (same rule as the case lists: own units
     * and below, supervision region, explicit shares) are restricted to dates, matter and outcome.
     * <p>
     * Callers who may read no dossier at all (administrators) are refused rather than given an empty list, which
     * would read as "no prior violations".
     */
    @Transactional(readOnly = true)
    public List<DossierEntry> history(long partyId, Caller caller) {
        return rows(partyId, historyScope(caller)).stream().map(Row::entry).toList();
    }

    /** The parties concerned ({@link DossierRole#PARTY}) named in a dossier, in the order they were named. */
    @Transactional(readOnly = true)
    public List<Party> partiesOf(long leadId) {
        return jdbc.queryForList("select party_id from dossier_party where lead_id = ? and role = 'PARTY' order by added_at",
                Long.class, leadId).stream().map(id -> parties.findById(id).orElseThrow()).toList();
    }

    /** The party's dossiers received before the given lead's (which the caller must be able to read). */
    @Transactional(readOnly = true)
    public PriorDossiers priorDossiers(long partyId, long beforeLeadId, Caller caller) {
        ReadScope scope = historyScope(caller);
        Lead anchor = leads.findById(beforeLeadId)
                .filter(l -> access.canRead(caller, l.getId(), l.getUnitPath()))
                .orElseThrow(() -> DomainException.notFound("Lead", beforeLeadId));
        return new PriorDossiers(rows(partyId, scope).stream().filter(row -> row.receivedBefore(anchor)).map(Row::entry).toList());
    }

    private ReadScope historyScope(Caller caller) {
        ReadScope scope = access.readScope(caller);
        if (scope.roots().isEmpty() && scope.shareUnits().isEmpty()) {
            throw DomainException.forbidden(caller.username() + " reads no dossiers and so no party's history");
        }
        return scope;
    }

    private List<Row> rows(long partyId, ReadScope scope) {
        if (!parties.existsById(partyId)) {
            throw DomainException.notFound("Party", partyId);
        }
        return jdbc.query(HISTORY, (rs, n) -> Row.of(rs), scope.rootArray(), scope.likePatterns(), scope.shareUnitArray(),
                partyId);
    }

    private record Row(long leadId, String unitPath, Instant receivedAt, String matterCode, Lead.Status leadStatus,
                       String summary, Long caseId, String caseNumber, Instant filedAt, PenaltyCase.Status caseStatus,
                       Instant decidedAt, boolean readable) {

        static Row of(ResultSet rs) throws SQLException {
            String caseStatus = rs.getString("case_status");
            OffsetDateTime filedAt = rs.getObject("filed_at", OffsetDateTime.class);
            OffsetDateTime decidedAt = rs.getObject("decided_at", OffsetDateTime.class);
            return new Row(rs.getLong("id"), rs.getString("unit_path"),
                    rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("matter_code"),
                    Lead.Status.valueOf(rs.getString("status")), rs.getString("summary"), rs.getObject("case_id", Long.class),
                    rs.getString("case_number"), filedAt == null ? null : filedAt.toInstant(),
                    caseStatus == null ? null : PenaltyCase.Status.valueOf(caseStatus),
                    decidedAt == null ? null : decidedAt.toInstant(), rs.getBoolean("readable"));
        }

        boolean receivedBefore(Lead anchor) {
            int order = receivedAt.compareTo(anchor.getReceivedAt());
            return order < 0 || order == 0 && leadId < anchor.getId();
        }

        DossierEntry entry() {
            return new DossierEntry(LegalTime.dayOf(receivedAt), filedAt == null ? null : LegalTime.dayOf(filedAt),
                    matterCode, DossierEntry.Outcome.of(leadStatus, caseStatus),
                    decidedAt == null ? null : LegalTime.dayOf(decidedAt),
                    readable ? new DossierEntry.Details(leadId, caseId, caseNumber, unitPath, summary) : null);
        }
    }

    private static Map<String, Object> state(Party party) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", party.getKind());
        state.put("identifierType", party.getIdentifierType());
        state.put("identifier", party.getIdentifier());
        state.put("name", party.getName());
        state.put("address", party.getAddress());
        state.put("phone", party.getPhone());
        return state;
    }
}
