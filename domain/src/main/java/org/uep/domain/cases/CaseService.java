package org.uep.domain.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.ClockWatch;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;

/** Filing and closing penalty cases. Each method is safe to repeat: the lead is the natural key. */
@Service
public class CaseService {

    static final String CASE_NUMBER_SERIES = "case";
    /** The decision clock (Art. 60), run on the dossier. */
    public static final String CASE_DECIDE = "case.decide";

    private final PenaltyCaseRepository cases;
    private final LeadService leads;
    private final NumberSeries numbers;
    private final StatutoryClocks clocks;
    private final AuditLog audit;
    private final Clock clock;

    public CaseService(PenaltyCaseRepository cases, LeadService leads, NumberSeries numbers,
                       StatutoryClocks clocks, AuditLog audit, Clock clock) {
        this.cases = cases;
        this.leads = leads;
        this.numbers = numbers;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
    }

    /** 立案: files the case for an approved lead (once), numbers it and starts the case.decide clock. */
    @Transactional
    public PenaltyCase file(long leadId) {
        return file(leadId, Lead.Status.REGISTERED, true);
    }

    /**
     * The case of an on-the-spot decision (简易程序): numbered like any case, from a lead just received; no case.decide
     * clock runs, since the decision is already made.
     */
    @Transactional
    public PenaltyCase fileOnTheSpot(long leadId) {
        return file(leadId, Lead.Status.RECEIVED, false);
    }

    private PenaltyCase file(long leadId, Lead.Status from, boolean generalProcedure) {
        return cases.findByLeadId(leadId).orElseGet(() -> {
            Lead lead = leads.get(leadId);
            if (lead.getStatus() != from) {
                throw DomainException.conflict("Lead " + leadId + " is " + lead.getStatus() + " and cannot be filed");
            }
            Instant now = clock.instant();
            int year = LegalTime.dayOf(now).getYear();
            long sequence = numbers.next(lead.getUnitPath(), CASE_NUMBER_SERIES, year);
            if (generalProcedure) {
                String dossier = AuditLog.leadStream(leadId);
                clocks.stop(dossier, LeadService.LEAD_VERIFY, AuditLog.SYSTEM);
                clocks.start(dossier, CASE_DECIDE, now, AuditLog.SYSTEM);
            }
            PenaltyCase filed = cases.save(new PenaltyCase(leadId, caseNumber(lead.getUnitPath(), year, sequence),
                    lead.getUnitPath(), now));
            lead.filed();
            audit.append(AuditLog.caseStream(filed.getId()), AuditLog.SYSTEM, filed.getUnitPath(), "case.filed",
                    null, state(filed));
            return filed;
        });
    }

    /** 结案: closes the case (tasks the engine removed on the way leave the inbox through the inbox's sweep). */
    @Transactional
    public PenaltyCase close(long caseId) {
        PenaltyCase penaltyCase = get(caseId);
        if (penaltyCase.getStatus() == PenaltyCase.Status.CLOSED) {
            return penaltyCase;
        }
        Map<String, Object> before = state(penaltyCase);
        penaltyCase.closed(clock.instant());
        clocks.stop(AuditLog.leadStream(penaltyCase.getLeadId()), CASE_DECIDE, AuditLog.SYSTEM);
        audit.append(AuditLog.caseStream(caseId), AuditLog.SYSTEM, penaltyCase.getUnitPath(), "case.closed",
                before, state(penaltyCase));
        return penaltyCase;
    }

    /** What the process needs to watch the case.decide clock of the case filed for the lead. */
    @Transactional(readOnly = true)
    public ClockWatch decisionClock(long leadId) {
        return clocks.watch(AuditLog.leadStream(leadId), CASE_DECIDE);
    }

    @Transactional(readOnly = true)
    public PenaltyCase get(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> DomainException.notFound("Case", caseId));
    }

    /** e.g. {@code DINGHAI.COMPREHENSIVE-2026-00042}: the unit below the city, the year, the body's series number. */
    static String caseNumber(String unitPath, int year, long sequence) {
        String[] parts = unitPath.replaceFirst("^/", "").split("/");
        String unit = parts.length > 1 ? String.join(".", Arrays.copyOfRange(parts, 1, parts.length)) : parts[0];
        return String.format(Locale.ROOT, "%s-%d-%05d", unit.toUpperCase(Locale.ROOT), year, sequence);
    }

    private static Map<String, Object> state(PenaltyCase c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("caseNumber", c.getCaseNumber());
        state.put("status", c.getStatus());
        state.put("closedAt", c.getClosedAt() == null ? null : c.getClosedAt().toString());
        return state;
    }
}
