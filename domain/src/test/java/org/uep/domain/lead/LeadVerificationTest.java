package org.uep.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.LeadFinding;

/**
 * 核查线索 through the inbox: the finding must agree with the limitation the domain computes (Art. 36: two years from
 * the act's end to discovery, five when gravely harmful); a refusal records nothing. Then the lead's two ends without a
 * case: the referral hand-off and the time-barred close, each once.
 */
@DomainTest
class LeadVerificationTest {

    @Autowired InboxService inbox;
    @Autowired LeadService leads;
    @Autowired LeadVerificationRepository verifications;
    @Autowired LeadReferralRepository referrals;
    @Autowired StatutoryClocks clocks;
    @Autowired AuditEventRepository audit;
    @Autowired Dossiers dossiers;

    private final Caller officer = Callers.officer("officer.dinghai1");

    @Test
    void aFileFindingWithinTheLimitationIsRecordedWithThePeriodAndAudited() {
        Lead lead = dossiers.registeredLead();
        LocalDate lastDayInTime = discovery(lead).minusYears(2);

        String outcome = verify(lead, LeadFinding.FILE, lastDayInTime, false, null);

        assertThat(outcome).isEqualTo("FILE");
        LeadVerification verification = verifications.findByLeadId(lead.getId()).orElseThrow();
        assertThat(verification.getLimitationYears()).isEqualTo(2);
        assertThat(verification.getLimitationEndsOn()).isEqualTo(discovery(lead));
        assertThat(verification.getDiscoveredOn()).isEqualTo(discovery(lead));
        assertThat(verification.getVerifiedBy()).isEqualTo("officer.dinghai1");
        assertThat(actions(lead)).containsOnlyOnce("lead.verified");
    }

    @Test
    void fileIsRefusedForAnActDiscoveredAfterTheLimitationAndNothingIsRecorded() {
        Lead lead = dossiers.registeredLead();
        LocalDate oneDayTooLate = discovery(lead).minusYears(2).minusDays(1);

        refused(lead, LeadFinding.FILE, oneDayTooLate, false, null, "the finding must be OUT_OF_LIMITATION");
        refused(lead, LeadFinding.NOT_COMPETENT, oneDayTooLate, false, "舟山市生态环境局定海分局",
                "the finding must be OUT_OF_LIMITATION");
    }

    @Test
    void outOfLimitationIsRefusedWithinThePeriodIncludingTheFiveYearsOfGraveHarm() {
        Lead lead = dossiers.registeredLead();

        refused(lead, LeadFinding.OUT_OF_LIMITATION, discovery(lead).minusYears(1), false, null,
                "cannot be OUT_OF_LIMITATION");
        refused(lead, LeadFinding.OUT_OF_LIMITATION, discovery(lead).minusYears(4), true, null,
                "5-year limitation period");

        assertThat(verify(lead, LeadFinding.FILE, discovery(lead).minusYears(4), true, null)).isEqualTo("FILE");
        assertThat(verifications.findByLeadId(lead.getId()).orElseThrow().getLimitationYears()).isEqualTo(5);
    }

    @Test
    void badInputIsRefusedWithTheFieldNamed() {
        Lead lead = dossiers.registeredLead();
        LocalDate inTime = discovery(lead).minusMonths(3);

        refused(lead, LeadFinding.NOT_COMPETENT, inTime, false, null, "data.competentBody is required");
        InboxTask task = claimedTask(lead);
        Map<String, Object> noDate = new HashMap<>(Map.of("gravelyHarmful", false));
        assertRefused(lead, task, new TaskCompletion("FILE", "核查属实", null, List.of(), noDate),
                "data.actEndedOn is required");
        Map<String, Object> badDate = Map.of("actEndedOn", "2026/03/01", "gravelyHarmful", false);
        assertRefused(lead, task, new TaskCompletion("FILE", "核查属实", null, List.of(), badDate),
                "must be an ISO-8601 date");
        Map<String, Object> noHarm = Map.of("actEndedOn", inTime.toString());
        assertRefused(lead, task, new TaskCompletion("FILE", "核查属实", null, List.of(), noHarm),
                "data.gravelyHarmful is required");
        Map<String, Object> future = Map.of("actEndedOn", LocalDate.now(LegalTime.ZONE).plusDays(2).toString(),
                "gravelyHarmful", false);
        assertRefused(lead, task, new TaskCompletion("FILE", "核查属实", null, List.of(), future), "lies in the future");
        assertRefused(lead, task, completion("DECLINE", inTime, false, null), "outcome must be one of");
        assertRefused(lead, task, new TaskCompletion("FILE", " ", null, List.of(), Map.of("actEndedOn", inTime.toString(),
                "gravelyHarmful", false)), "opinion is required");
    }

    @Test
    void aLeadFoundNotCompetentIsReferredOnceWithTheCompetentBodyAndItsClockStops() {
        Lead lead = dossiers.registeredLead();
        verify(lead, LeadFinding.NOT_COMPETENT, discovery(lead).minusMonths(2), false, "舟山市生态环境局定海分局");

        LeadReferral referral = leads.refer(lead.getId());
        LeadReferral again = leads.refer(lead.getId());

        assertThat(again.getId()).isEqualTo(referral.getId());
        assertThat(referral.getCompetentBody()).isEqualTo("舟山市生态环境局定海分局");
        assertThat(referral.getReason()).isEqualTo("核查意见");
        assertThat(referral.getStatus()).isEqualTo(LeadReferral.Status.AWAITING_REFERRAL);
        assertThat(leads.get(lead.getId()).getStatus()).isEqualTo(Lead.Status.REFERRED);
        assertThat(verifyClock(lead).getStoppedAt()).isNotNull();
        assertThat(actions(lead)).containsOnlyOnce("lead.referred");
        assertThatThrownBy(() -> leads.closeTimeBarred(lead.getId())).hasMessageContaining("no verification finding OUT_OF_LIMITATION");
    }

    @Test
    void aTimeBarredLeadIsClosedOnceWithTheVerificationsReasons() {
        Lead lead = dossiers.registeredLead();
        verify(lead, LeadFinding.OUT_OF_LIMITATION, discovery(lead).minusYears(3), false, null);

        leads.closeTimeBarred(lead.getId());
        leads.closeTimeBarred(lead.getId());

        assertThat(leads.get(lead.getId()).getStatus()).isEqualTo(Lead.Status.TIME_BARRED);
        assertThat(verifyClock(lead).getStoppedAt()).isNotNull();
        assertThat(actions(lead)).containsOnlyOnce("lead.time-barred");
        assertThat(audit.findByStreamOrderById(AuditLog.leadStream(lead.getId())).getLast().getAfter())
                .contains("核查意见", "limitationEndedOn");
        assertThat(referrals.findByLeadId(lead.getId())).isEmpty();
        assertThatThrownBy(() -> leads.refer(lead.getId())).hasMessageContaining("no verification finding NOT_COMPETENT");
    }

    private static LocalDate discovery(Lead lead) {
        return LegalTime.dayOf(lead.getReceivedAt());
    }

    private InboxTask claimedTask(Lead lead) {
        InboxTask task = inbox.tasksOfLead(lead.getId()).stream()
                .filter(t -> t.getElementId().equals(Elements.VERIFY_LEAD) && t.getStatus() == InboxTask.Status.OPEN)
                .findFirst()
                .orElseGet(() -> dossiers.openTask(lead, null, Elements.VERIFY_LEAD, Forms.LEAD_VERIFICATION, "officer"));
        return inbox.claim(task.getId(), officer);
    }

    private String verify(Lead lead, LeadFinding finding, LocalDate actEndedOn, boolean grave, String competentBody) {
        InboxTask task = claimedTask(lead);
        return inbox.complete(task.getId(), completion(finding.name(), actEndedOn, grave, competentBody), officer).getOutcome();
    }

    private static TaskCompletion completion(String finding, LocalDate actEndedOn, boolean grave, String competentBody) {
        Map<String, Object> data = new HashMap<>();
        data.put("actEndedOn", actEndedOn.toString());
        data.put("gravelyHarmful", grave);
        data.put("competentBody", competentBody);
        return new TaskCompletion(finding, "核查意见", null, List.of(), data);
    }

    private void refused(Lead lead, LeadFinding finding, LocalDate actEndedOn, boolean grave, String competentBody,
                         String message) {
        assertRefused(lead, claimedTask(lead), completion(finding.name(), actEndedOn, grave, competentBody), message);
    }

    /** Refused as bad input, and nothing changed: the task still open, no verification, nothing audited. */
    private void assertRefused(Lead lead, InboxTask task, TaskCompletion completion, String message) {
        List<String> before = actions(lead);
        assertThatThrownBy(() -> inbox.complete(task.getId(), completion, officer))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID))
                .hasMessageContaining(message);
        assertThat(inbox.find(task.getId()).getStatus()).isEqualTo(InboxTask.Status.OPEN);
        assertThat(verifications.findByLeadId(lead.getId())).isEmpty();
        assertThat(leads.get(lead.getId()).getStatus()).isEqualTo(Lead.Status.REGISTERED);
        assertThat(actions(lead)).isEqualTo(before);
    }

    private RunningClock verifyClock(Lead lead) {
        return clocks.of(List.of(AuditLog.leadStream(lead.getId()))).stream()
                .filter(c -> c.getClockId().equals(LeadService.LEAD_VERIFY)).findFirst().orElseThrow();
    }

    private List<String> actions(Lead lead) {
        return audit.findByStreamOrderById(AuditLog.leadStream(lead.getId())).stream().map(e -> e.getAction()).toList();
    }
}
