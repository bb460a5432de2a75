package org.uep.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uep.domain.penalty.Penalty.DiscretionTier.LIGHTER;
import static org.uep.domain.penalty.Penalty.DiscretionTier.ORDINARY;
import static org.uep.domain.penalty.Penalty.Kind.LICENCE_SUSPENDED;
import static org.uep.domain.penalty.PenaltyTest.fine;
import static org.uep.domain.penalty.PenaltyTest.of;
import static org.uep.domain.penalty.PenaltyTest.penalty;
import static org.uep.domain.testing.SettableClock.shanghai;

import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
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
import org.uep.processes.penalty.PenaltyCaseProcess.DiscussionOutcome;
import org.uep.processes.penalty.PenaltyCaseProcess.LegalReviewOutcome;

/**
 * The review gate against PostgreSQL on the shipped 2026 calendar: what a proposal needs (legal review in rounds on
 * their own clocks, collective discussion, a notice), and the hearing that sends it through the gate again. Every
 * refusal changes nothing.
 */
@DomainTest
@Import(SettableTime.class)
class ReviewGateTest {


    private static final String OFFICER = "officer.dinghai1";
    private static final String REVIEWER = "reviewer.dinghai";
    private static final Penalty FINE_500 = penalty(ORDINARY, fine(50_000));
    /** ¥20,000 for a natural person: a large fine (Art. 58 local list: legal review; Art. 63: hearing). */
    private static final Penalty FINE_20000 = penalty(ORDINARY, fine(2_000_000));
    /** Hearing-qualifying (Art. 63) but on no legal-review list before a hearing. */
    private static final Penalty SUSPENSION = penalty(ORDINARY, fine(200_000), of(LICENCE_SUSPENDED, 60));

    @Autowired ReviewGate gate;
    @Autowired PenaltyProceedings proceedings;
    @Autowired Hearings hearings;
    @Autowired CaseService cases;
    @Autowired Dossiers dossiers;
    @Autowired StatutoryClocks clocks;
    @Autowired AuditEventRepository audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired SettableClock clock;

    @BeforeEach
    void mondayBeforeLabourDay() {
        clock.set("2026-04-20T09:00:00");
    }

    @Test
    void aProposalNeedsTheDossiersPartyAndKnownTriggerCodes() {
        Lead lead = dossiers.registeredLead();
        cases.file(lead.getId());
        refused(lead.getId(), () -> gate.propose(lead.getId(), details(FINE_500), OFFICER), "Name the party");

        long named = filedLeadWithParty();
        refused(named, () -> gate.propose(named, new ProposalDetails(FINE_500, "f", "e", "v", "r", List.of("NOT_A_CODE")),
                OFFICER), "are on neither trigger list");
        refused(named, () -> gate.assess(named), "No penalty has been proposed");
    }

    @Test
    void aRoutineProposalNeedsOnlyANoticeIssuedOnceWithTheBodysNumber() {
        long lead = filedLeadWithParty();
        PenaltyProposal proposal = gate.propose(lead, details(FINE_500), OFFICER);
        assertThat(proposal.getNoticeId()).isNotNull();
        assertThat(proposal.getPartyKind()).isEqualTo(PartyKind.NATURAL_PERSON);

        ReviewGate.Assessment assessment = gate.assess(lead);
        assertThat(assessment).isEqualTo(new ReviewGate.Assessment(false, null, false, true, false));
        assertThat(gate.assess(lead)).as("assessing again").isEqualTo(assessment);

        String number = gate.issueNotice(lead, AuditLog.SYSTEM);
        assertThat(number).matches("定综执罚告字〔2026〕第\\d+号");
        assertThat(gate.issueNotice(lead, AuditLog.SYSTEM)).as("issued once").isEqualTo(number);
        assertThat(proceedings.notices(lead)).singleElement().satisfies(n -> assertThat(n.getDocumentNumber()).isEqualTo(number));
        assertThat(jdbc.queryForObject("select count(*) from document where lead_id = ? and kind = 'NOTICE'", Integer.class,
                lead)).isEqualTo(1);
    }

    @Test
    void aLargeFineGoesToLegalReviewInRoundsEachOnItsOwnClock() {
        long lead = filedLeadWithParty();
        gate.propose(lead, details(FINE_20000), OFFICER);

        // Submitted Mon 04-20: ten working days skip Labour Day (05-01..05-05) and end on Thu 05-07.
        ReviewGate.Assessment first = gate.assess(lead);
        assertThat(first.legalReviewRequired()).isTrue();
        assertThat(first.legalReviewDueAt()).isEqualTo(shanghai("2026-05-08T00:00:00"));
        assertThat(first.noticeRequired()).isTrue();
        assertThat(first.hearingQualifies()).as("a large fine carries the hearing right").isTrue();
        assertThat(gate.assess(lead)).as("the open round is reused").isEqualTo(first);
        assertThat(rounds(lead)).isEqualTo(1);

        clock.set("2026-04-22T10:00:00");
        gate.legalReviewed(lead, LegalReviewOutcome.RETURN, "证据不足，补充调查 evidence insufficient", REVIEWER);
        assertThat(reviewClock(lead, 1).getStoppedAt()).isEqualTo(clock.instant());
        refused(lead, () -> gate.legalReviewed(lead, LegalReviewOutcome.AGREE, "x", REVIEWER), "No legal review is open");

        // Supplementary investigation, the same penalty proposed again: a new round on a new clock. From Fri 04-24:
        // 04-27..04-30 (4), 05-06..05-08 (7), Sat 05-09 a make-up working day (8), 05-11 (9), 05-12 (10).
        clock.set("2026-04-24T10:00:00");
        gate.propose(lead, details(FINE_20000), OFFICER);
        ReviewGate.Assessment second = gate.assess(lead);
        assertThat(second.legalReviewRequired()).isTrue();
        assertThat(second.legalReviewDueAt()).isEqualTo(shanghai("2026-05-13T00:00:00"));
        assertThat(rounds(lead)).isEqualTo(2);
        gate.legalReviewed(lead, LegalReviewOutcome.AGREE, "同意 agreed", REVIEWER);

        assertThat(gate.assess(lead)).isEqualTo(new ReviewGate.Assessment(false, null, false, true, true));
        assertThat(actions(lead)).containsSubsequence("legal-review.submitted", "legal-review.concluded",
                "legal-review.submitted", "legal-review.concluded");
    }

    @Test
    void anAssertedSeriousViolationNeedsACollectiveDiscussionRecordingEachHeadsOpinion() {
        long lead = filedLeadWithParty();
        gate.propose(lead, new ProposalDetails(FINE_500, "f", "e", "v", "r", List.of("SERIOUS_VIOLATION")), OFFICER);
        assertThat(gate.assess(lead).collectiveDiscussionRequired()).isTrue();

        List<ReviewGate.Participant> two = List.of(new ReviewGate.Participant("head.dinghai", "同意"),
                new ReviewGate.Participant("deputy.dinghai", "同意"));
        refused(lead, () -> gate.discussed(lead, DiscussionOutcome.PROCEED, "同意处罚", two, "head.dinghai"),
                "at least 3 participants");
        gate.discussed(lead, DiscussionOutcome.PROCEED, "同意处罚", List.of(new ReviewGate.Participant("head.dinghai", "同意"),
                new ReviewGate.Participant("deputy.dinghai", "同意"), new ReviewGate.Participant("head.city", "同意，注意裁量")),
                "head.dinghai");
        assertThat(gate.assess(lead).collectiveDiscussionRequired()).isFalse();
    }

    @Test
    void aServedNoticeCoversALighterProposalButAHeavierOneNeedsANewNotice() {
        long lead = filedLeadWithParty();
        PenaltyProposal first = gate.propose(lead, details(FINE_20000), OFFICER);
        proceedings.noticeServed(first.getNoticeId(), clock.set("2026-04-20T10:00:00"), ServiceMethod.DIRECT, false, OFFICER);

        PenaltyProposal lighter = gate.propose(lead, details(penalty(LIGHTER, fine(1_500_000))), OFFICER);
        assertThat(lighter.getNoticeId()).as("covered by the served notice (Art. 45)").isNull();
        assertThat(gate.assess(lead).noticeRequired()).isFalse();

        PenaltyProposal heavier = gate.propose(lead, details(penalty(ORDINARY, fine(3_000_000))), OFFICER);
        assertThat(heavier.getNoticeId()).isNotNull().isNotEqualTo(first.getNoticeId());
        assertThat(gate.assess(lead).noticeRequired()).isTrue();
    }

    @Test
    void aHearingIsNotifiedSevenWorkingDaysAheadPausesTheDecisionClockAndSendsTheCaseToLegalReviewAgain() {
        long lead = filedLeadWithParty();
        PenaltyProposal proposal = gate.propose(lead, details(SUSPENSION), OFFICER);
        assertThat(gate.assess(lead).legalReviewRequired()).as("no trigger before the hearing").isFalse();
        proceedings.noticeServed(proposal.getNoticeId(), clock.set("2026-04-20T10:00:00"), ServiceMethod.DIRECT, false, OFFICER);
        proceedings.hearingRequested(proposal.getNoticeId(), clock.set("2026-04-21T10:00:00"), OFFICER);

        // Notified Wed 04-22: seven working days are 04-23..04-30 and 05-06, so 05-07 is the earliest hearing day.
        Instant notified = clock.set("2026-04-22T10:00:00");
        refused(lead, () -> hearings.schedule(lead, new Hearings.Schedule(notified, shanghai("2026-05-06T10:00:00"),
                "定海区综合行政执法局听证室", "reviewer.dinghai", true), OFFICER), "(7 working days, Art. 64(2))");
        hearings.schedule(lead, new Hearings.Schedule(notified, shanghai("2026-05-07T09:00:00"),
                "定海区综合行政执法局听证室", "reviewer.dinghai", true), OFFICER);
        assertThat(hearings.hearingAt(lead)).isEqualTo(shanghai("2026-05-07T09:00:00"));
        assertThat(jdbc.queryForObject("select number from document where lead_id = ? and kind = 'HEARING_NOTICE'",
                String.class, lead)).matches("定综执听通字〔2026〕第\\d+号");
        assertThat(decisionClock(lead).getPausedSince()).as("hearing time is not counted").isEqualTo(notified);

        clock.set("2026-05-07T12:00:00");
        hearings.concluded(lead, clock.instant(), true, "当事人到场陈述，笔录已签名 transcript signed", REVIEWER);
        assertThat(decisionClock(lead).getPausedSince()).isNull();

        ReviewGate.Assessment afterHearing = gate.assess(lead);
        assertThat(afterHearing.legalReviewRequired()).as("Art. 58(1)(2): major rights and a hearing held").isTrue();
        assertThat(afterHearing.noticeRequired()).isFalse();
        assertThat(jdbc.queryForObject("select after_hearing from legal_review where lead_id = ?", Boolean.class, lead)).isTrue();
    }

    @Test
    void aWrittenHearingWaiverClosesTheHearingWindowButNotARequestedHearing() {
        long lead = filedLeadWithParty();
        PenaltyProposal routine = gate.propose(lead, details(FINE_500), OFFICER);
        proceedings.noticeServed(routine.getNoticeId(), clock.set("2026-04-20T10:00:00"), ServiceMethod.DIRECT, false, OFFICER);
        refused(lead, () -> proceedings.hearingWaived(routine.getNoticeId(), clock.instant(), OFFICER), "(Art. 63)");

        long other = filedLeadWithParty();
        PenaltyProposal suspension = gate.propose(other, details(SUSPENSION), OFFICER);
        proceedings.noticeServed(suspension.getNoticeId(), clock.set("2026-04-20T11:00:00"), ServiceMethod.DIRECT, false,
                OFFICER);
        assertThat(proceedings.windows(other).orElseThrow().hearingRequestOpen()).isTrue();
        proceedings.hearingWaived(suspension.getNoticeId(), clock.set("2026-04-21T09:00:00"), OFFICER);
        assertThat(proceedings.windows(other).orElseThrow().hearingRequestOpen()).isFalse();

        long third = filedLeadWithParty();
        PenaltyProposal requested = gate.propose(third, details(SUSPENSION), OFFICER);
        proceedings.noticeServed(requested.getNoticeId(), clock.set("2026-04-21T10:00:00"), ServiceMethod.DIRECT, false,
                OFFICER);
        proceedings.hearingRequested(requested.getNoticeId(), clock.set("2026-04-21T11:00:00"), OFFICER);
        refused(third, () -> proceedings.hearingWaived(requested.getNoticeId(), clock.instant(), OFFICER),
                "record its withdrawal as the hearing's outcome");
    }

    private long filedLeadWithParty() {
        Lead lead = dossiers.registeredLead();
        cases.file(lead.getId());
        dossiers.namedParty(lead.getId());
        return lead.getId();
    }

    private static ProposalDetails details(Penalty penalty) {
        return new ProposalDetails(penalty, "在解放路占道经营 street vending on Jiefang Road", "现场笔录、照片 site record, photos",
                "《城市市容和环境卫生管理条例》第十七条", "经责令改正拒不改正 did not correct when ordered", List.of());
    }

    private void refused(long lead, ThrowingCallable act, String english) {
        String before = snapshot(lead);
        assertThatThrownBy(act).isInstanceOf(DomainException.class).hasMessageContaining(english);
        assertThat(snapshot(lead)).as("a refusal changes nothing").isEqualTo(before);
    }

    /** What the gate could change: the audit trail, proposals, notices, review rounds, discussions, hearings, clocks. */
    private String snapshot(long lead) {
        return audit.findByStreamOrderById(AuditLog.leadStream(lead)).stream().map(AuditEvent::getId).toList() + "|"
                + jdbc.queryForList("select id, notice_id from penalty_proposal where lead_id = ? order by id", lead) + "|"
                + proceedings.notices(lead).stream().map(n -> n.getId() + ":" + n.getStatus()).toList() + "|"
                + jdbc.queryForList("select round, outcome from legal_review where lead_id = ? order by round", lead) + "|"
                + jdbc.queryForList("select id from collective_discussion where lead_id = ?", lead) + "|"
                + jdbc.queryForList("select h.id from hearing h join penalty_notice n on n.id = h.notice_id where n.lead_id = ?", lead)
                + "|" + clocks.of(List.of(AuditLog.leadStream(lead))).stream().map(c -> c.getClockId() + c.getDueAt()
                        + c.getPausedSince()).toList();
    }

    private int rounds(long lead) {
        return jdbc.queryForObject("select count(*) from legal_review where lead_id = ?", Integer.class, lead);
    }

    private RunningClock reviewClock(long lead, int round) {
        return clocks.of(List.of(ReviewGate.legalReviewSubject(lead, round))).get(0);
    }

    private RunningClock decisionClock(long lead) {
        return clocks.of(List.of(AuditLog.leadStream(lead))).stream()
                .filter(c -> c.getClockId().equals(CaseService.CASE_DECIDE)).findFirst().orElseThrow();
    }

    private List<String> actions(long lead) {
        return audit.findByStreamOrderById(AuditLog.leadStream(lead)).stream().map(AuditEvent::getAction).toList();
    }
}
