package org.uep.domain.lead;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.LeadFinding;

/**
 * 核查线索: the officer's finding with written reasons, when the act ended and whether it was gravely harmful. The
 * limitation (Art. 36) is the domain's to compute, not the officer's to claim: a finding that contradicts it is
 * refused — a time-barred act cannot be filed or referred, and a lead within the period is not time-barred.
 */
@Component
class LeadVerificationForm implements TaskForm {

    static final int MAX_COMPETENT_BODY_LENGTH = 200;

    private final LeadService leads;
    private final LeadVerificationRepository verifications;
    private final Limitation limitation;
    private final AuditLog audit;
    private final Clock clock;

    LeadVerificationForm(LeadService leads, LeadVerificationRepository verifications, Limitation limitation,
                         AuditLog audit, Clock clock) {
        this.leads = leads;
        this.verifications = verifications;
        this.limitation = limitation;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.LEAD_VERIFICATION);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        LeadFinding finding = completion.outcome(LeadFinding.class, List.of(LeadFinding.values()));
        String opinion = completion.requiredOpinion("write what the verification found");
        LocalDate actEndedOn = completion.date("actEndedOn");
        boolean gravelyHarmful = completion.flag("gravelyHarmful");
        String competentBody = finding == LeadFinding.NOT_COMPETENT
                ? completion.text("competentBody", MAX_COMPETENT_BODY_LENGTH) : null;
        Lead lead = leads.get(task.getLeadId());
        if (lead.getStatus() != Lead.Status.REGISTERED) {
            throw DomainException.conflict("Lead " + lead.getId() + " is " + lead.getStatus() + " and cannot be verified");
        }
        if (actEndedOn.isAfter(LegalTime.today(clock))) {
            throw DomainException.invalid("data.actEndedOn " + actEndedOn + " lies in the future: give the day the act "
                    + "ended, for a continuing act the day it stopped");
        }
        LocalDate discoveredOn = LegalTime.dayOf(lead.getReceivedAt());
        Limitation.Period period = limitation.of(actEndedOn, gravelyHarmful);
        requireConsistent(finding, period, actEndedOn, discoveredOn);
        LeadVerification verification = verifications.save(new LeadVerification(lead.getId(), task.getId(), finding,
                opinion, actEndedOn, gravelyHarmful, period, discoveredOn, competentBody, caller.username(),
                clock.instant()));
        audit.append(AuditLog.leadStream(lead.getId()), caller.username(), lead.getUnitPath(), "lead.verified", null,
                state(verification));
        return finding.name();
    }

    private static void requireConsistent(LeadFinding finding, Limitation.Period period, LocalDate actEndedOn,
                                          LocalDate discoveredOn) {
        boolean expired = period.expiredBy(discoveredOn);
        if (expired == (finding == LeadFinding.OUT_OF_LIMITATION)) {
            return;
        }
        String facts = "违法行为 " + actEndedOn + " 终了，线索 " + discoveredOn + " 受理，" + period.years() + " 年追责时效至 "
                + period.endsOn() + (expired ? " 已届满" : " 尚未届满") + "（行政处罚法第三十六条）。The act ended on "
                + actEndedOn + " and the lead was received on " + discoveredOn + ": the " + period.years()
                + "-year limitation period (Art. 36) ended on " + period.endsOn() + ", so the act was discovered "
                + (expired ? "too late" : "in time");
        throw DomainException.invalid(facts + (expired
                ? ". A time-barred act cannot be found " + finding + ": the finding must be OUT_OF_LIMITATION."
                : ". The finding cannot be OUT_OF_LIMITATION: file it (FILE) or refer it (NOT_COMPETENT)."));
    }

    private static Map<String, Object> state(LeadVerification v) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("finding", v.getFinding());
        state.put("actEndedOn", v.getActEndedOn().toString());
        state.put("gravelyHarmful", v.isGravelyHarmful());
        state.put("limitationYears", v.getLimitationYears());
        state.put("limitationEndsOn", v.getLimitationEndsOn().toString());
        state.put("discoveredOn", v.getDiscoveredOn().toString());
        state.put("competentBody", v.getCompetentBody());
        return state;
    }
}
