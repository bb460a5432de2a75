package org.uep.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.uep.domain.party.PartyKind.NATURAL_PERSON;
import static org.uep.domain.party.PartyKind.ORGANISATION;
import static org.uep.domain.penalty.Penalty.DiscretionTier.HEAVIER;
import static org.uep.domain.penalty.Penalty.DiscretionTier.LIGHTER;
import static org.uep.domain.penalty.Penalty.DiscretionTier.ORDINARY;
import static org.uep.domain.penalty.Penalty.Kind.LICENCE_REVOKED;
import static org.uep.domain.penalty.Penalty.Kind.LICENCE_SUSPENDED;
import static org.uep.domain.penalty.Penalty.Kind.WARNING;
import static org.uep.domain.penalty.PenaltyNotice.Waiver.STATEMENT_AND_DEFENCE;
import static org.uep.domain.penalty.PenaltyNotice.Waiver.STATEMENT_DEFENCE_AND_HEARING;
import static org.uep.domain.penalty.PenaltyTest.fine;
import static org.uep.domain.penalty.PenaltyTest.of;
import static org.uep.domain.penalty.PenaltyTest.penalty;
import static org.uep.domain.testing.SettableClock.shanghai;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.audit.AuditEvent;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseService;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.lead.Lead;
import org.uep.domain.party.PartyKind;
import org.uep.domain.testing.Dossiers;
import org.uep.domain.testing.SettableClock;
import org.uep.domain.testing.SettableTime;

/**
 * Notices and decisions against PostgreSQL, on the shipped 2026 calendar with the domain clock set to absolute times.
 * Every refusal is checked to change nothing: the dossier's audit trail, its notices, decision and window clocks.
 */
@DomainTest
@Import(SettableTime.class)
class PenaltyProceedingsTest {


    private static final String OFFICER = "officer.dinghai1";
    private static final String HEAD = "head.dinghai";
    private static final Penalty FINE_5000 = penalty(ORDINARY, fine(500_000));
    /** Hearing-qualifying (licence suspension, Art. 63(1)(5)) but on no legal-review list before a hearing. */
    private static final Penalty SUSPENSION = penalty(ORDINARY, fine(200_000), of(LICENCE_SUSPENDED, 60));
    /** Served Tue 2026-04-28: W 04-29 (1), 04-30 (2), H 05-01..05-05, W 05-06 (3), 05-07 (4), 05-08 (5). */
    private static final String SERVED = "2026-04-28T10:00:00";
    private static final Instant WINDOWS_END = shanghai("2026-05-09T00:00:00");

    @Autowired PenaltyProceedings proceedings;
    @Autowired CaseService cases;
    @Autowired Dossiers dossiers;
    @Autowired StatutoryClocks clocks;
    @Autowired AuditEventRepository audit;
    @Autowired SettableClock clock;

    @BeforeEach
    void mondayBeforeLabourDay() {
        clock.set("2026-04-20T09:00:00");
    }

    @Test
    void noDecisionWithoutAServedNoticeEver() {
        long lead = filedLead();
        refused(lead, () -> proceedings.decide(lead, FINE_5000, HEAD, OFFICER), "No decision without a served notice");

        PenaltyNotice notice = proceedings.proposeAndNotify(lead, NATURAL_PERSON, FINE_5000, OFFICER);
        refused(lead, () -> proceedings.decide(lead, FINE_5000, HEAD, OFFICER), "(Art. 62)");
        refused(lead, () -> proceedings.waiverReceived(notice.getId(), clock.instant(), STATEMENT_DEFENCE_AND_HEARING, OFFICER),
                "A waiver never replaces the notice");
        assertThat(proceedings.windows(lead)).isEmpty();
    }

    @Test
    void theDecisionWaitsForTheStatementWindowAcrossLabourDayThenMayBeLighter() {
        long lead = filedLead();
        PenaltyNotice notice = served(lead, NATURAL_PERSON, FINE_5000);
        assertThat(notice.isHearingQualifies()).isFalse();
        assertThat(proceedings.windows(lead)).contains(new NoticeWindows(notice.getId(), WINDOWS_END, true, null, false, false));

        Penalty lighter = penalty(LIGHTER, fine(400_000));
        clock.set("2026-05-08T23:59:59");
        refused(lead, () -> proceedings.decide(lead, lighter, HEAD, OFFICER), "statement/defence open until 2026-05-08T16:00:00Z");

        Instant decidedAt = clock.set("2026-05-09T00:00:00");
        assertThat(proceedings.windows(lead).orElseThrow().closed()).isTrue();
        PenaltyDecision decision = proceedings.decide(lead, lighter, HEAD, OFFICER);

        assertThat(decision.getProcedure()).isEqualTo(PenaltyDecision.Procedure.GENERAL);
        assertThat(decision.getNoticeId()).isEqualTo(notice.getId());
        assertThat(decision.getPartyKind()).isEqualTo(NATURAL_PERSON);
        assertThat(decision.getDecidedBy()).isEqualTo(HEAD);
        assertThat(decision.getRecordedBy()).isEqualTo(OFFICER);
        assertThat(decision.getDecidedAt()).isEqualTo(decidedAt);
        assertThat(proceedings.decision(lead).orElseThrow().getPenalty()).as("read back from PostgreSQL").isEqualTo(lighter);
        assertThat(proceedings.decide(lead, lighter, HEAD, OFFICER).getId()).as("a retry").isEqualTo(decision.getId());
        refused(lead, () -> proceedings.decide(lead, FINE_5000, HEAD, OFFICER), "was already decided");

        assertThat(clock(AuditLog.leadStream(lead), CaseService.CASE_DECIDE).getStoppedAt()).as("Art. 60 met").isEqualTo(decidedAt);
        assertThat(clock(subject(notice), PenaltyProceedings.NOTICE_REPLY).getStoppedAt()).isEqualTo(decidedAt);
        assertThat(penaltyActions(lead)).containsExactly("penalty.notice.proposed", "penalty.notice.served", "penalty.decided");
    }

    @Test
    void aWrittenWaiverLetsTheCaseProceedWithoutWaiting() {
        long lead = filedLead();
        PenaltyNotice notice = served(lead, NATURAL_PERSON, FINE_5000);
        Instant waivedAt = clock.set("2026-04-28T10:05:00");
        proceedings.waiverReceived(notice.getId(), waivedAt, STATEMENT_AND_DEFENCE, OFFICER);

        String recorded = snapshot(lead);
        proceedings.waiverReceived(notice.getId(), waivedAt, STATEMENT_AND_DEFENCE, OFFICER);
        assertThat(snapshot(lead)).as("the same waiver again").isEqualTo(recorded);
        refused(lead, () -> proceedings.waiverReceived(notice.getId(), waivedAt, STATEMENT_DEFENCE_AND_HEARING, OFFICER),
                "is already recorded");

        assertThat(proceedings.windows(lead).orElseThrow().closed()).isTrue();
        assertThat(proceedings.decide(lead, FINE_5000, HEAD, OFFICER).getDecidedAt()).isEqualTo(waivedAt);
    }

    @Test
    void aHeavierDecisionIsRefusedUnlessANewNoticeWithItWasServed() {
        long lead = filedLead();
        PenaltyNotice first = served(lead, NATURAL_PERSON, FINE_5000);
        proceedings.waiverReceived(first.getId(), clock.set("2026-04-28T10:05:00"), STATEMENT_AND_DEFENCE, OFFICER);

        Penalty heavier = penalty(ORDINARY, fine(600_000));
        refused(lead, () -> proceedings.decide(lead, heavier, HEAD, OFFICER), "罚款 FINE ¥6,000 > 罚款 FINE ¥5,000");
        refused(lead, () -> proceedings.decide(lead, heavier, HEAD, OFFICER), "(Art. 45); serve a new notice first");
        refused(lead, () -> proceedings.decide(lead, penalty(ORDINARY, of(WARNING), fine(500_000)), HEAD, OFFICER),
                "新增 adds 警告 WARNING");
        refused(lead, () -> proceedings.decide(lead, penalty(HEAVIER, fine(500_000)), HEAD, OFFICER),
                "裁量阶次 tier 从重 HEAVIER > 一般 ORDINARY");

        clock.set("2026-04-28T11:00:00");
        PenaltyNotice second = proceedings.proposeAndNotify(lead, NATURAL_PERSON, heavier, OFFICER);
        refused(lead, () -> proceedings.decide(lead, heavier, HEAD, OFFICER), "the latest notice of lead " + lead + " is not served");
        refused(lead, () -> proceedings.decide(lead, FINE_5000, HEAD, OFFICER), "(Art. 62)");

        proceedings.noticeServed(second.getId(), clock.set("2026-04-28T12:00:00"), ServiceMethod.POST, false, OFFICER);
        assertThat(proceedings.notices(lead)).extracting(PenaltyNotice::getStatus)
                .containsExactly(PenaltyNotice.Status.SUPERSEDED, PenaltyNotice.Status.SERVED);
        assertThat(proceedings.windows(lead).orElseThrow()).extracting(NoticeWindows::noticeId, NoticeWindows::replyOpen)
                .containsExactly(second.getId(), true);
        refused(lead, () -> proceedings.hearingRequested(first.getId(), clock.instant(), OFFICER),
                "is SUPERSEDED, not the served notice in force");

        proceedings.waiverReceived(second.getId(), clock.set("2026-04-28T12:30:00"), STATEMENT_AND_DEFENCE, OFFICER);
        assertThat(proceedings.decide(lead, heavier, HEAD, OFFICER).getNoticeId()).isEqualTo(second.getId());
        assertThat(penaltyActions(lead)).containsExactly("penalty.notice.proposed", "penalty.notice.served",
                "penalty.notice.waived", "penalty.notice.proposed", "penalty.notice.superseded", "penalty.notice.served",
                "penalty.notice.waived", "penalty.decided");
    }

    @Test
    void aNewProposalBeforeServiceWithdrawsTheUnservedNoticeAndARetryChangesNothing() {
        long registered = dossiers.registeredLead().getId();
        refused(registered, () -> proceedings.proposeAndNotify(registered, NATURAL_PERSON, FINE_5000, OFFICER), "needs a filed case");

        long lead = filedLead();
        PenaltyNotice draft = proceedings.proposeAndNotify(lead, NATURAL_PERSON, FINE_5000, OFFICER);
        assertThat(proceedings.proposeAndNotify(lead, NATURAL_PERSON, penalty(ORDINARY, fine(500_000)), OFFICER).getId())
                .isEqualTo(draft.getId());
        PenaltyNotice replacement = proceedings.proposeAndNotify(lead, ORGANISATION, FINE_5000, OFFICER);

        assertThat(proceedings.notices(lead)).extracting(PenaltyNotice::getId, PenaltyNotice::getStatus).containsExactly(
                tuple(draft.getId(), PenaltyNotice.Status.WITHDRAWN), tuple(replacement.getId(), PenaltyNotice.Status.PROPOSED));
        refused(lead, () -> proceedings.noticeServed(draft.getId(), clock.instant(), ServiceMethod.DIRECT, false, OFFICER),
                "was replaced by a newer proposal before service");
        assertThat(penaltyActions(lead)).containsExactly("penalty.notice.proposed", "penalty.notice.withdrawn",
                "penalty.notice.proposed");
    }

    @Test
    void serviceIsRecordedOnceAndElectronicServiceNeedsSignedConsent() {
        long lead = filedLead();
        clock.set("2026-04-27T15:00:00");
        long notice = proceedings.proposeAndNotify(lead, NATURAL_PERSON, FINE_5000, OFFICER).getId();

        refused(lead, () -> proceedings.noticeServed(notice, clock.instant(), ServiceMethod.ELECTRONIC, false, OFFICER),
                "Electronic service needs the party's signed consent (Art. 61)");
        refused(lead, () -> proceedings.noticeServed(notice, shanghai("2026-04-27T14:59:00"), ServiceMethod.DIRECT, false, OFFICER),
                "The time of service must lie between");
        refused(lead, () -> proceedings.noticeServed(notice, shanghai(SERVED), ServiceMethod.DIRECT, false, OFFICER),
                "and now; got 2026-04-28T02:00:00Z");

        Instant servedAt = clock.set(SERVED);
        proceedings.noticeServed(notice, servedAt, ServiceMethod.ELECTRONIC, true, OFFICER);
        String recorded = snapshot(lead);
        proceedings.noticeServed(notice, servedAt, ServiceMethod.ELECTRONIC, true, OFFICER);
        assertThat(snapshot(lead)).as("the same service again").isEqualTo(recorded);
        refused(lead, () -> proceedings.noticeServed(notice, servedAt, ServiceMethod.DIRECT, false, OFFICER), "was already served");
        assertThat(audit.findByStreamOrderById(AuditLog.leadStream(lead)).getLast().getAfter()).contains("\"electronicConsent\": true");
    }

    @Test
    void aRequestedHearingHoldsTheDecisionAndMakesLegalReviewDueAgain() {
        long lead = filedLead();
        LocalRules rules = proceedings.rules(lead);
        assertThat(PenaltyRules.legalReviewRequired(SUSPENSION, NATURAL_PERSON, Set.of(), false, rules)).as("gate before the notice")
                .isEmpty();

        PenaltyNotice notice = served(lead, NATURAL_PERSON, SUSPENSION);
        assertThat(notice.isHearingQualifies()).isTrue();
        proceedings.waiverReceived(notice.getId(), clock.set("2026-04-28T10:05:00"), STATEMENT_AND_DEFENCE, OFFICER);
        assertThat(proceedings.windows(lead)).contains(new NoticeWindows(notice.getId(), WINDOWS_END, false, WINDOWS_END, true, false));
        clock.set("2026-04-29T09:00:00");
        refused(lead, () -> proceedings.decide(lead, SUSPENSION, HEAD, OFFICER), "hearing request open until 2026-05-08T16:00:00Z");

        Instant requestedAt = clock.set("2026-04-30T09:00:00");
        proceedings.hearingRequested(notice.getId(), requestedAt, OFFICER);
        assertThat(proceedings.hearingRequested(notice.getId(), clock.set("2026-04-30T09:30:00"), OFFICER).getHearingRequestedAt())
                .as("the first request stands").isEqualTo(requestedAt);
        assertThat(proceedings.windows(lead).orElseThrow()).extracting(NoticeWindows::hearingRequestOpen, NoticeWindows::hearingPending)
                .containsExactly(false, true);
        clock.set("2026-05-20T09:00:00");
        refused(lead, () -> proceedings.decide(lead, SUSPENSION, HEAD, OFFICER), "requested hearing not concluded");

        PenaltyNotice heard = proceedings.hearingConcluded(notice.getId(), clock.set("2026-05-20T11:00:00"),
                PenaltyNotice.HearingOutcome.HELD, OFFICER);
        assertThat(PenaltyRules.legalReviewRequired(SUSPENSION, NATURAL_PERSON, Set.of(), heard.hearingHeld(), rules))
                .as("gate after the hearing").extracting(Trigger::code).containsExactly("MAJOR_RIGHTS_AND_HEARING_HELD");
        proceedings.decide(lead, SUSPENSION, HEAD, OFFICER);
        assertThat(penaltyActions(lead)).containsExactly("penalty.notice.proposed", "penalty.notice.served",
                "penalty.notice.waived", "penalty.hearing.requested", "penalty.hearing.concluded", "penalty.decided");
    }

    @Test
    void hearingRequestsOutsideArticles63And64AreRefused() {
        long ordinary = filedLead();
        PenaltyNotice fineOnly = served(ordinary, NATURAL_PERSON, FINE_5000);
        refused(ordinary, () -> proceedings.hearingRequested(fineOnly.getId(), clock.instant(), OFFICER),
                "does not qualify for a hearing (Art. 63)");

        clock.set("2026-04-20T09:00:00");
        long late = filedLead();
        PenaltyNotice lateNotice = served(late, NATURAL_PERSON, SUSPENSION);
        clock.set("2026-05-09T00:00:00");
        refused(late, () -> proceedings.hearingRequested(lateNotice.getId(), clock.instant(), OFFICER),
                "came after the hearing-request window ended at 2026-05-08T16:00:00Z (Art. 64(1))");
        proceedings.hearingRequested(lateNotice.getId(), shanghai("2026-05-08T23:59:59"), OFFICER);

        clock.set("2026-04-20T09:00:00");
        long waived = filedLead();
        PenaltyNotice waivedNotice = served(waived, ORGANISATION, SUSPENSION);
        refused(waived, () -> proceedings.hearingConcluded(waivedNotice.getId(), clock.instant(),
                PenaltyNotice.HearingOutcome.WAIVED, OFFICER), "No hearing was requested");
        proceedings.waiverReceived(waivedNotice.getId(), clock.instant(), STATEMENT_DEFENCE_AND_HEARING, OFFICER);
        assertThat(proceedings.windows(waived).orElseThrow().closed()).isTrue();
        refused(waived, () -> proceedings.hearingRequested(waivedNotice.getId(), clock.instant(), OFFICER),
                "The party waived the hearing in writing");
    }

    @Test
    void onTheSpotWithinTheSummaryLimitsOnlyAndWithoutANotice() {
        long person = dossiers.registeredLead().getId();
        refused(person, () -> proceedings.decideOnTheSpot(person, NATURAL_PERSON, penalty(ORDINARY, fine(20_001)), OFFICER),
                "is limited to ¥200 (Art. 51); ¥200.01 needs the general procedure");
        refused(person, () -> proceedings.decideOnTheSpot(person, NATURAL_PERSON, penalty(ORDINARY, of(LICENCE_REVOKED)), OFFICER),
                "covers only a warning or a fine");

        Penalty onTheSpot = penalty(ORDINARY, of(WARNING), fine(20_000));
        PenaltyDecision decision = proceedings.decideOnTheSpot(person, NATURAL_PERSON, onTheSpot, OFFICER);
        assertThat(decision.getProcedure()).isEqualTo(PenaltyDecision.Procedure.SUMMARY);
        assertThat(decision.getNoticeId()).isNull();
        assertThat(decision.getDecidedBy()).isEqualTo(OFFICER);
        assertThat(proceedings.decideOnTheSpot(person, NATURAL_PERSON, onTheSpot, OFFICER).getId()).isEqualTo(decision.getId());
        refused(person, () -> proceedings.decideOnTheSpot(person, NATURAL_PERSON, penalty(ORDINARY, fine(10_000)), OFFICER),
                "was already decided");
        refused(person, () -> proceedings.decide(person, onTheSpot, HEAD, OFFICER), "was already decided");

        long organisation = dossiers.registeredLead().getId();
        assertThat(proceedings.decideOnTheSpot(organisation, ORGANISATION, penalty(ORDINARY, fine(300_000)), OFFICER)
                .getPenalty().fineFen()).isEqualTo(300_000);
        assertThat(penaltyActions(person)).containsExactly("penalty.decided");
    }

    @Test
    void aWindowEndingInAYearWithoutHolidayDataMayStillRun() {
        clock.set("2026-12-21T09:00:00");
        long lead = filedLead();
        clock.set("2026-12-28T09:00:00");
        PenaltyNotice notice = proceedings.proposeAndNotify(lead, NATURAL_PERSON, FINE_5000, OFFICER);
        proceedings.noticeServed(notice.getId(), clock.set("2026-12-28T10:00:00"), ServiceMethod.DIRECT, false, OFFICER);
        // Mon 12-28: 12-29 (1), 12-30 (2), 12-31 (3); 2027 unknown, weekends only: Fri 01-01 (4), Mon 01-04 (5).
        assertThat(proceedings.windows(lead).orElseThrow().replyDueAt()).isEqualTo(shanghai("2027-01-05T00:00:00"));

        clock.set("2027-03-01T09:00:00");
        assertThat(proceedings.windows(lead).orElseThrow().replyOpen()).as("provisional: may still be running").isTrue();
        refused(lead, () -> proceedings.decide(lead, FINE_5000, HEAD, OFFICER), "statement/defence open until");
        proceedings.waiverReceived(notice.getId(), clock.instant(), STATEMENT_AND_DEFENCE, OFFICER);
        proceedings.decide(lead, FINE_5000, HEAD, OFFICER);
    }

    private long filedLead() {
        Lead lead = dossiers.registeredLead();
        cases.file(lead.getId());
        return lead.getId();
    }

    /** Proposed at the current time, served at {@link #SERVED} (the clock moves there). */
    private PenaltyNotice served(long lead, PartyKind party, Penalty proposal) {
        clock.set("2026-04-27T15:00:00");
        PenaltyNotice notice = proceedings.proposeAndNotify(lead, party, proposal, OFFICER);
        return proceedings.noticeServed(notice.getId(), clock.set(SERVED), ServiceMethod.DIRECT, false, OFFICER);
    }

    private void refused(long lead, ThrowingCallable act, String english) {
        String before = snapshot(lead);
        assertThatThrownBy(act).isInstanceOf(DomainException.class).hasMessageMatching("^\\p{IsHan}.*")
                .hasMessageContaining(english);
        assertThat(snapshot(lead)).as("a refusal changes nothing").isEqualTo(before);
    }

    /** What an act could change: the dossier's audit trail, notices, decision and the notices' window clocks. */
    private String snapshot(long lead) {
        List<PenaltyNotice> notices = proceedings.notices(lead);
        return audit.findByStreamOrderById(AuditLog.leadStream(lead)).stream().map(AuditEvent::getId).toList() + "|"
                + notices.stream().map(n -> List.of(n.getId(), n.getStatus(), String.valueOf(n.getServedAt()),
                        String.valueOf(n.getServiceMethod()), String.valueOf(n.getWaiver()), String.valueOf(n.getHearingRequestedAt()),
                        String.valueOf(n.getHearingOutcome()))).toList() + "|"
                + proceedings.decision(lead).map(PenaltyDecision::getId) + "|"
                + clocks.of(notices.stream().map(PenaltyProceedingsTest::subject).toList()).stream()
                        .map(c -> c.getClockId() + c.getDueAt() + c.getStoppedAt()).toList();
    }

    private List<String> penaltyActions(long lead) {
        return audit.findByStreamOrderById(AuditLog.leadStream(lead)).stream().map(AuditEvent::getAction)
                .filter(action -> action.startsWith("penalty.")).toList();
    }

    private RunningClock clock(String subject, String clockId) {
        return clocks.of(List.of(subject)).stream().filter(c -> c.getClockId().equals(clockId)).findFirst().orElseThrow();
    }

    private static String subject(PenaltyNotice notice) {
        return AuditLog.leadStream(notice.getLeadId()) + "/notice/" + notice.getId();
    }
}
