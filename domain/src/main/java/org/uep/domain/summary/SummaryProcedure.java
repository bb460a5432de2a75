package org.uep.domain.summary;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.RequiredText;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.decision.Decisions;
import org.uep.domain.document.CaseDocument;
import org.uep.domain.document.Documents;
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.lead.NewLead;
import org.uep.domain.party.DossierRole;
import org.uep.domain.party.Party;
import org.uep.domain.party.PartyDetails;
import org.uep.domain.party.PartyRegister;
import org.uep.domain.penalty.Penalty;
import org.uep.domain.penalty.PenaltyDecision;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.penalty.PenaltyRules;
import org.uep.domain.penalty.ServiceMethod;

/**
 * 简易程序 (Art. 51–52, 68): an officer showing a valid certificate decides on the spot — a warning or a fine within
 * the summary limits for the party, refused above them — hands the pre-numbered decision over, and files its copy with
 * the body within summary.file; the head reviews the filing. Cash on the spot only up to the cash limit.
 */
@Service
public class SummaryProcedure {

    public static final String SUMMARY_FILE = "summary.file";
    static final int MAX_TEXT = 5_000;

    private final LeadService leads;
    private final PartyRegister parties;
    private final CaseService cases;
    private final PenaltyProceedings proceedings;
    private final Decisions decisions;
    private final ExecutionService executions;
    private final Documents documents;
    private final StatutoryClocks clocks;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SummaryProcedure(LeadService leads, PartyRegister parties, CaseService cases, PenaltyProceedings proceedings,
                     Decisions decisions, ExecutionService executions, Documents documents, StatutoryClocks clocks,
                     AccessPolicy access, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.documents = documents;
        this.leads = leads;
        this.parties = parties;
        this.cases = cases;
        this.proceedings = proceedings;
        this.decisions = decisions;
        this.executions = executions;
        this.clocks = clocks;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the officer records on the spot. */
    public record OnTheSpot(String unitPath, PartyDetails party, Penalty penalty, String facts, String violatedProvision,
                            String place, boolean cashCollected) {}

    /** The dossier the decision is recorded in. */
    public record Decided(long leadId, long caseId, String caseNumber, long decisionId) {}

    /**
     * Records the on-the-spot decision in one transaction — the lead, the party, the case, the decision — and queues the
     * start of the summary-penalty process. Anything refused (above the summary limit, cash above the cash limit, no
     * valid certificate) leaves nothing behind.
     */
    @Transactional
    public Decided decide(OnTheSpot request, Caller caller) {
        if (request.penalty() == null || request.party() == null) {
            throw DomainException.invalid("须写明当事人和处罚。The party and the penalty are required.");
        }
        access.requireEnforcementStaffOf(caller, request.unitPath(), "decide on the spot");
        if (!caller.credentials().holdsValidCertificateOn(LegalTime.today(clock))) {
            throw DomainException.forbidden("当场作出处罚决定应当出示有效的执法证件（第五十二条）。" + caller.username()
                    + " holds no enforcement certificate valid today (Art. 52).");
        }
        String facts = text(request.facts(), "facts", "违法事实");
        String provision = text(request.violatedProvision(), "violatedProvision", "违反的规定");
        String place = text(request.place(), "place", "地点");
        Lead lead = leads.receive(new NewLead(request.unitPath(), "INSPECTION", "当场处罚 on-the-spot decision: " + facts,
                place, request.party().name(), null), caller);
        Party party = parties.name(lead.getId(), request.party(), DossierRole.PARTY, caller);
        PenaltyCase penaltyCase = cases.fileOnTheSpot(lead.getId());
        PenaltyDecision decision = proceedings.decideOnTheSpot(lead.getId(), party.getKind(), request.penalty(),
                caller.username());
        if (request.cashCollected() && !PenaltyRules.cashOnTheSpotAllowed(request.penalty(), party.getKind(),
                proceedings.rules(lead.getId()).thresholds())) {
            throw DomainException.invalid("当场收缴罚款仅限一百元以下（第六十八条）。Cash may be collected on the spot only for "
                    + "fines up to the cash limit (Art. 68); the party pays at the bank instead.");
        }
        jdbc.update("""
                insert into summary_penalty (lead_id, facts, violated_provision, place, cash_collected, decided_by)
                values (?, ?, ?, ?, ?, ?)""", lead.getId(), facts, provision, place, request.cashCollected(),
                caller.username());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("decisionId", decision.getId());
        after.put("penalty", request.penalty());
        after.put("cashCollected", request.cashCollected());
        audit.append(AuditLog.leadStream(lead.getId()), caller.username(), lead.getUnitPath(), "summary.decided", null,
                after);
        return new Decided(lead.getId(), penaltyCase.getId(), penaltyCase.getCaseNumber(), decision.getId());
    }

    /** Whether the lead carries an on-the-spot decision (its process is summary-penalty). */
    @Transactional(readOnly = true)
    public boolean isOnTheSpot(long leadId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from summary_penalty where lead_id = ?)",
                Boolean.class, leadId));
    }

    /**
     * The pre-numbered decision, handed over on the spot (served directly when decided, with its 送达回证); a fine not
     * paid in cash opens execution (fine.pay). Starts summary.file and returns when it is due. Repeating it changes
     * nothing.
     */
    @Transactional
    public Instant issue(long leadId, String actor) {
        Map<String, Object> record = summary(leadId);
        PenaltyDecision decision = proceedings.decision(leadId).orElseThrow();
        CaseDocument rendered = decisions.render(decision, (String) record.get("facts"),
                "现场检查、现场笔录 on-site inspection record", (String) record.get("violated_provision"), actor);
        String number = rendered.getNumber();
        decisions.recordService(leadId, decision.getDecidedAt(), ServiceMethod.DIRECT, false, actor);
        documents.issueServiceProof(rendered.getCaseId(), "service/decision/" + leadId, rendered,
                parties.partyOf(leadId).orElseThrow().getName(), (String) record.get("place"),
                ServiceMethod.DIRECT.label(), decision.getDecidedAt(), (String) record.get("decided_by"));
        if (decision.getPenalty().fineFen() > 0 && !(Boolean) record.get("cash_collected")) {
            executions.decisionServed(leadId, number, decision.getDecidedAt(), actor);
        }
        return clocks.start(AuditLog.leadStream(leadId), SUMMARY_FILE, decision.getDecidedAt(), actor).getDueAt();
    }

    /** 备案: the officer filed the decision's copy with the body; summary.file stops. */
    @Transactional
    public void filed(long leadId, Instant filedAt, String officer) {
        summary(leadId);
        if (filedAt == null || filedAt.isAfter(clock.instant())) {
            throw DomainException.invalid("备案时间须不晚于现在。filedAt is required and not in the future.");
        }
        jdbc.update("update summary_penalty set filed_at = ?, filed_by = ? where lead_id = ?", Timestamp.from(filedAt),
                officer, leadId);
        clocks.stop(AuditLog.leadStream(leadId), SUMMARY_FILE, officer);
        audit.append(AuditLog.leadStream(leadId), officer, leads.get(leadId).getUnitPath(), "summary.filed", null,
                Map.of("filedAt", filedAt));
    }

    /** 备案审查: the head accepts the filing, or returns it (the officer files a corrected copy). */
    @Transactional
    public void reviewed(long leadId, boolean accepted, String head) {
        Map<String, Object> record = summary(leadId);
        if (record.get("filed_at") == null) {
            throw DomainException.conflict("当场处罚决定尚未备案。The decision of lead " + leadId + " is not filed.");
        }
        if (accepted) {
            jdbc.update("update summary_penalty set accepted_at = ?, accepted_by = ? where lead_id = ?",
                    Timestamp.from(clock.instant()), head, leadId);
        } else {
            jdbc.update("update summary_penalty set filed_at = null, filed_by = null where lead_id = ?", leadId);
        }
        audit.append(AuditLog.leadStream(leadId), head, leads.get(leadId).getUnitPath(),
                accepted ? "summary.filing-accepted" : "summary.filing-returned", null, Map.of());
    }

    private Map<String, Object> summary(long leadId) {
        return jdbc.queryForList("select * from summary_penalty where lead_id = ?", leadId).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("On-the-spot decision of lead", leadId));
    }

    private static String text(String value, String field, String chinese) {
        return RequiredText.of(value, field, chinese, MAX_TEXT);
    }
}
