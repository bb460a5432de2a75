package org.uep.domain.coercive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uep.domain.testing.SettableClock.shanghai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditEvent;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseService;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.coercive.CoerciveMeasure.Kind;
import org.uep.domain.coercive.CoerciveMeasure.Status;
import org.uep.domain.coercive.CoerciveMeasures.Request;
import org.uep.domain.coercive.CoerciveMeasures.Taking;
import org.uep.domain.lead.Lead;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.domain.testing.SettableClock;
import org.uep.domain.testing.SettableTime;
import org.uep.processes.coercive.CoerciveMeasureProcess.Conclusion;

/**
 * Coercive measures against PostgreSQL on the shipped 2026 calendar: the head's prior approval, the two-officer rule on
 * the day taken, the measure's clock (evidence.preserve in working days, seizure in natural days with one extension),
 * each conclusion, and the release by law. Every refusal changes nothing.
 */
@DomainTest
@Import(SettableTime.class)
class CoerciveMeasuresTest {

    private static final String HEAD = "head.dinghai";
    private static final Caller OFFICER = Callers.officer("officer.dinghai1");
    private static final List<String> TWO_OFFICERS = List.of("officer.dinghai1", "officer.dinghai2");

    @Autowired CoerciveMeasures measures;
    @Autowired CaseService cases;
    @Autowired Dossiers dossiers;
    @Autowired StatutoryClocks clocks;
    @Autowired EngineOutbox outbox;
    @Autowired AuditEventRepository audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired SettableClock clock;

    @BeforeEach
    void mondayBeforeLabourDay() {
        clock.set("2026-04-27T09:00:00");
        dossiers.knownOfficer("officer.dinghai2", LocalDate.of(2030, 12, 31));
        dossiers.knownOfficer("officer.expired", LocalDate.of(2026, 4, 1));
    }

    @Test
    void aSeizureIsApprovedTakenByTwoCertifiedOfficersExtendedOnceAndReleased() {
        long lead = filedLead();
        CoerciveMeasure asked = measures.request(lead, seizure(), OFFICER);
        assertThat(asked.status()).isEqualTo(Status.REQUESTED);
        assertThat(asked.approvalDueAt()).isEqualTo(shanghai("2026-04-28T09:00:00"));
        assertThat(outbox.find(EngineCommand.Kind.START_MEASURE, asked.id())).isPresent();
        long instance = bound(asked);

        refused(lead, () -> measures.taken(instance, taking("2026-04-27T08:00:00", TWO_OFFICERS), OFFICER),
                "is REQUESTED, not APPROVED");
        measures.approved(instance, true, HEAD);
        clock.set("2026-04-27T10:30:00");
        refused(lead, () -> measures.taken(instance, taking("2026-04-27T08:00:00", TWO_OFFICERS), OFFICER),
                "is before the head's approval");
        refused(lead, () -> measures.taken(instance, taking("2026-04-27T10:00:00", List.of("officer.dinghai1")), OFFICER),
                "at least two different officers");
        refused(lead, () -> measures.taken(instance, taking("2026-04-27T10:00:00",
                List.of("officer.dinghai1", "officer.expired")), OFFICER), "officer.expired holds no enforcement certificate");

        measures.taken(instance, taking("2026-04-27T10:00:00", TWO_OFFICERS), OFFICER);
        CoerciveMeasure inForce = measures.get(asked.id());
        assertThat(inForce.status()).isEqualTo(Status.IN_FORCE);
        assertThat(inForce.officers()).containsExactlyElementsOf(TWO_OFFICERS);
        // 30 natural days from the day taken (行政强制法 Art. 25).
        assertThat(measures.concludeBy(inForce)).isEqualTo(shanghai("2026-05-28T00:00:00"));

        measures.concluded(instance, Conclusion.EXTEND, "需要检测，情况复杂", OFFICER);
        measures.extensionDecided(instance, true, "同意延长三十日", HEAD);
        assertThat(measures.concludeBy(inForce)).isEqualTo(shanghai("2026-06-27T00:00:00"));
        refused(lead, () -> measures.concluded(instance, Conclusion.EXTEND, "再次延长", OFFICER), "extended already");
        refused(lead, () -> measures.concluded(instance, Conclusion.CONVERT_TO_SEIZURE, "转扣押", OFFICER),
                "Only preserved evidence");

        measures.concluded(instance, Conclusion.RELEASE, "检测合格，解除扣押", OFFICER);
        assertThat(measures.get(asked.id()).status()).isEqualTo(Status.RELEASED);
        assertThat(clock(inForce).getStoppedAt()).isNotNull();
        assertThat(actions(lead)).containsSubsequence("coercive.requested", "coercive.approved", "coercive.taken",
                "coercive.extension-asked", "coercive.extended", "coercive.released");
        measures.releasedOnExpiry(asked.id());
        assertThat(measures.get(asked.id()).status()).as("a concluded measure stays concluded").isEqualTo(Status.RELEASED);
    }

    @Test
    void preservedEvidenceIsDecidedWithinSevenWorkingDaysAndMayBecomeASeizure() {
        long lead = filedLead();
        CoerciveMeasure asked = measures.request(lead, new Request(Kind.PRESERVATION, "涉嫌假冒的白酒 24 瓶", "解放路 3 号",
                "证据可能灭失"), OFFICER);
        long instance = bound(asked);
        measures.approved(instance, true, HEAD);
        measures.taken(instance, taking("2026-04-27T09:00:00", TWO_OFFICERS), OFFICER);
        // Seven working days across Labour Day: 28-30 April, 6-8 May and Saturday 9 May (a make-up working day).
        assertThat(measures.concludeBy(measures.get(asked.id()))).isEqualTo(shanghai("2026-05-10T00:00:00"));
        refused(lead, () -> measures.concluded(instance, Conclusion.EXTEND, "延长", OFFICER), "cannot be extended");

        measures.concluded(instance, Conclusion.CONVERT_TO_SEIZURE, "经鉴定为假冒产品，依法扣押", OFFICER);
        List<CoerciveMeasure> all = measures.ofDossier(lead);
        assertThat(all).extracting(CoerciveMeasure::status).containsExactly(Status.CONVERTED, Status.REQUESTED);
        assertThat(all.get(1).kind()).isEqualTo(Kind.SEIZURE);
        assertThat(all.get(1).convertedFrom()).isEqualTo(asked.id());
        assertThat(all.get(1).items()).isEqualTo(asked.items());
        assertThat(outbox.find(EngineCommand.Kind.START_MEASURE, all.get(1).id())).as("approved again").isPresent();
    }

    @Test
    void aMeasureNobodyConcludesIsReleasedByLawOnce() {
        long lead = filedLead();
        CoerciveMeasure asked = measures.request(lead, seizure(), OFFICER);
        long instance = bound(asked);
        measures.approved(instance, true, HEAD);
        measures.taken(instance, taking("2026-04-27T09:00:00", TWO_OFFICERS), OFFICER);
        measures.releasedOnExpiry(asked.id());
        measures.releasedOnExpiry(asked.id());
        CoerciveMeasure released = measures.ofInstance(instance);
        assertThat(released.status()).isEqualTo(Status.RELEASED_ON_EXPIRY);
        assertThat(actions(lead).stream().filter("coercive.released-on-expiry"::equals)).hasSize(1);
    }

    @Test
    void aRefusedOrUntakenMeasureRunsNoClock() {
        long lead = filedLead();
        long refused = bound(measures.request(lead, seizure(), OFFICER));
        measures.approved(refused, false, HEAD);
        assertThat(measures.ofInstance(refused).status()).isEqualTo(Status.REFUSED);
        long untaken = bound(measures.request(lead, seizure(), OFFICER));
        measures.approved(untaken, true, HEAD);
        measures.notTaken(untaken, "现场物品已被转移", OFFICER.username());
        assertThat(measures.ofInstance(untaken).status()).isEqualTo(Status.NOT_TAKEN);
        assertThat(clocks.of(measures.ofDossier(lead).stream().map(CoerciveMeasure::clockSubject).toList())).isEmpty();
    }

    @Test
    void aMeasureIsAskedForOnlyByStaffOfTheUnitInAFiledOpenCase() {
        Lead unfiled = dossiers.registeredLead();
        refused(unfiled.getId(), () -> measures.request(unfiled.getId(), seizure(), OFFICER), "has no open case");
        long lead = filedLead();
        refused(lead, () -> measures.request(lead, seizure(), Callers.outsider("officer.huannan")), "Dossier");
        refused(lead, () -> measures.request(lead, new Request(null, "x", "y", "z"), OFFICER), "kind is required");
        refused(lead, () -> measures.request(lead, new Request(Kind.SEIZURE, " ", "y", "z"), OFFICER), "items is required");
    }

    private long filedLead() {
        Lead lead = dossiers.registeredLead();
        cases.file(lead.getId());
        return lead.getId();
    }

    private long bound(CoerciveMeasure measure) {
        long key = Dossiers.nextKey();
        assertThat(measures.bindProcessInstance(measure.id(), key)).isTrue();
        assertThat(measures.bindProcessInstance(measure.id(), Dossiers.nextKey())).as("one instance per measure").isFalse();
        return key;
    }

    private static Request seizure() {
        return new Request(Kind.SEIZURE, "无照经营的烧烤炉一台", "解放路 3 号", "防止转移，保障调查");
    }

    private static Taking taking(String shanghaiTime, List<String> officers) {
        return new Taking(shanghai(shanghaiTime), officers, "现场笔录：当事人在场，清单一份，签字确认");
    }

    private RunningClock clock(CoerciveMeasure measure) {
        return clocks.of(List.of(measure.clockSubject())).getFirst();
    }

    private List<String> actions(long lead) {
        return audit.findByStreamOrderById(AuditLog.leadStream(lead)).stream().map(AuditEvent::getAction).toList();
    }

    private void refused(long lead, ThrowingCallable act, String english) {
        String before = snapshot(lead);
        assertThatThrownBy(act).isInstanceOf(DomainException.class).hasMessageContaining(english);
        assertThat(snapshot(lead)).as("a refusal changes nothing").isEqualTo(before);
    }

    private String snapshot(long lead) {
        return audit.findByStreamOrderById(AuditLog.leadStream(lead)).stream().map(AuditEvent::getId).toList() + "|"
                + jdbc.queryForList("select * from coercive_measure where lead_id = ? order by id", lead) + "|"
                + jdbc.queryForList("select id, due_at, extended_by, stopped_at from running_clock where subject like ?",
                "lead/" + lead + "/measure/%");
    }
}
