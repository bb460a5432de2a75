package org.uep.domain.lead;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.processes.penalty.PenaltyCaseProcess.LeadFinding;

/** Receiving, registering and ending leads (declined, referred, time-barred). Every method is safe to repeat. */
@Service
public class LeadService {

    /** 线索来源: the intake channels of organisation.md. */
    /** Clock ids of the catalogue that leads run (deadlines.md). */
    public static final String LEAD_VERIFY = "lead.verify";

    public static final Set<String> SOURCES = Set.of(
            "INSPECTION", "COMPLAINT_12345", "LINKAGE_110", "GRASSROOTS_PLATFORM", "PROVINCIAL_PLATFORM",
            "REFERRAL", "TRANSFER_BACK", "SUPERVISION");

    private final LeadRepository leads;
    private final AccessPolicy access;
    private final EngineOutbox outbox;
    private final AuditLog audit;
    private final StatutoryClocks clocks;
    private final Clock clock;
    private final Jurisdiction jurisdiction;
    private final LeadVerificationRepository verifications;
    private final LeadReferralRepository referrals;

    public LeadService(LeadRepository leads, AccessPolicy access, EngineOutbox outbox, AuditLog audit,
                       StatutoryClocks clocks, Clock clock, Jurisdiction jurisdiction,
                       LeadVerificationRepository verifications, LeadReferralRepository referrals) {
        this.leads = leads;
        this.access = access;
        this.outbox = outbox;
        this.audit = audit;
        this.clocks = clocks;
        this.clock = clock;
        this.jurisdiction = jurisdiction;
        this.verifications = verifications;
        this.referrals = referrals;
    }

    /**
     * Records the lead and, in the same transaction, the command that starts its process. The officer registers for
     * a unit of their own; {@link Jurisdiction} then decides which unit handles it and in whose name: a lead of an
     * empowered township on a matter not on its list is routed to the county department (audited as
     * {@code lead.routed}), so the returned lead's unit may differ from the one named.
     */
    @Transactional
    public Lead receive(NewLead request, Caller caller) {
        access.requireEnforcementStaffOf(caller, request.unitPath(), "register leads");
        if (!SOURCES.contains(request.source())) {
            throw DomainException.invalid("Unknown lead source '" + request.source() + "'; expected one of "
                    + SOURCES.stream().sorted().toList());
        }
        String matterCode = Jurisdiction.matterCode(request.matterCode());
        Jurisdiction.Decision decision = jurisdiction.decide(request.unitPath(), matterCode);
        Lead lead = leads.save(new Lead(decision, matterCode, request.source(), request.summary().strip(),
                request.place(), request.partyName(), clock.instant(), caller.username()));
        outbox.enqueue(EngineCommand.Kind.START_PROCESS, lead.getId());
        audit.append(AuditLog.leadStream(lead.getId()), caller.username(), request.unitPath(), "lead.received",
                null, state(lead));
        if (decision.routed()) {
            Map<String, Object> routing = new LinkedHashMap<>();
            routing.put("from", request.unitPath());
            routing.put("to", decision.unitPath());
            routing.put("matterCode", matterCode);
            routing.put("reason", decision.reason().name());
            routing.put("actingBody", decision.actingBody());
            audit.append(AuditLog.leadStream(lead.getId()), caller.username(), request.unitPath(), "lead.routed",
                    null, routing);
        }
        return lead;
    }

    @Transactional(readOnly = true)
    public Lead get(long leadId) {
        return leads.findById(leadId).orElseThrow(() -> DomainException.notFound("Lead", leadId));
    }

    /**
     * Binds the process instance to the lead. Returns false when another instance already owns the lead:
     * the caller holds a duplicate start and must cancel it.
     */
    @Transactional
    public boolean bindProcessInstance(long leadId, long processInstanceKey) {
        get(leadId);
        return leads.bindProcessInstance(leadId, processInstanceKey) == 1;
    }

    public record Registration(boolean duplicate, Instant verifyDue) {}

    /** 登记线索: binds the instance and starts the lead.verify clock. */
    @Transactional
    public Registration register(long leadId, long processInstanceKey) {
        if (!bindProcessInstance(leadId, processInstanceKey)) {
            return new Registration(true, null);
        }
        Lead lead = get(leadId);
        if (lead.getStatus() == Lead.Status.RECEIVED) {
            Map<String, Object> before = state(lead);
            lead.registered(clocks.start(AuditLog.leadStream(leadId), LEAD_VERIFY, lead.getReceivedAt(), AuditLog.SYSTEM).getDueAt());
            audit.append(AuditLog.leadStream(leadId), AuditLog.SYSTEM, lead.getUnitPath(), "lead.registered",
                    before, state(lead));
        }
        return new Registration(false, lead.getVerifyDueAt());
    }

    /** 不予立案: the head declined to file; the reasons are in the filing approval record. */
    @Transactional
    public void decline(long leadId) {
        end(leadId, Lead.Status.DECLINED, "lead.declined", Map.of());
    }

    /**
     * 移送管辖: records the hand-off the referral process picks up (the competent body and the reasons from the
     * verification) and ends the lead as referred. Repeating it returns the same referral.
     */
    @Transactional
    public LeadReferral refer(long leadId) {
        return referrals.findByLeadId(leadId).orElseGet(() -> {
            LeadVerification verification = verification(leadId, LeadFinding.NOT_COMPETENT);
            LeadReferral referral = referrals.save(new LeadReferral(leadId, verification.getCompetentBody(),
                    verification.getOpinion(), clock.instant()));
            end(leadId, Lead.Status.REFERRED, "lead.referred", Map.of("referralId", referral.getId(),
                    "competentBody", referral.getCompetentBody(), "status", referral.getStatus()));
            return referral;
        });
    }

    /** 超过追责时效: closes the lead without a case, for the reasons the verification recorded (Art. 36). */
    @Transactional
    public void closeTimeBarred(long leadId) {
        LeadVerification verification = verification(leadId, LeadFinding.OUT_OF_LIMITATION);
        Map<String, Object> reasons = new LinkedHashMap<>();
        reasons.put("reasons", verification.getOpinion());
        reasons.put("actEndedOn", verification.getActEndedOn().toString());
        reasons.put("limitationYears", verification.getLimitationYears());
        reasons.put("limitationEndedOn", verification.getLimitationEndsOn().toString());
        reasons.put("discoveredOn", verification.getDiscoveredOn().toString());
        end(leadId, Lead.Status.TIME_BARRED, "lead.time-barred", reasons);
    }

    private LeadVerification verification(long leadId, LeadFinding finding) {
        return verifications.findByLeadId(leadId).filter(v -> v.getFinding() == finding)
                .orElseThrow(() -> DomainException.conflict("Lead " + leadId + " has no verification finding "
                        + finding));
    }

    /** Ends a registered lead without a case, once: stops lead.verify and audits the end with {@code details}. */
    private void end(long leadId, Lead.Status outcome, String action, Map<String, Object> details) {
        Lead lead = get(leadId);
        if (lead.getStatus() == outcome) {
            return;
        }
        if (lead.getStatus() != Lead.Status.REGISTERED) {
            throw DomainException.conflict("Lead " + leadId + " is " + lead.getStatus() + " and cannot become " + outcome);
        }
        Map<String, Object> before = state(lead);
        lead.ended(outcome);
        clocks.stop(AuditLog.leadStream(leadId), LEAD_VERIFY, AuditLog.SYSTEM);
        Map<String, Object> after = state(lead);
        after.putAll(details);
        audit.append(AuditLog.leadStream(leadId), AuditLog.SYSTEM, lead.getUnitPath(), action, before, after);
    }

    static Map<String, Object> state(Lead lead) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", lead.getStatus());
        state.put("unitPath", lead.getUnitPath());
        state.put("actingBody", lead.getActingBody());
        state.put("matterCode", lead.getMatterCode());
        state.put("processInstanceKey", lead.getProcessInstanceKey());
        state.put("verifyDueAt", lead.getVerifyDueAt() == null ? null : lead.getVerifyDueAt().toString());
        return state;
    }
}
