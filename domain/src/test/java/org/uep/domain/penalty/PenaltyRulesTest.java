package org.uep.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uep.domain.party.PartyKind.NATURAL_PERSON;
import static org.uep.domain.party.PartyKind.ORGANISATION;
import static org.uep.domain.penalty.Penalty.DiscretionTier.ORDINARY;
import static org.uep.domain.penalty.Penalty.Kind.BUSINESS_RESTRICTED;
import static org.uep.domain.penalty.Penalty.Kind.CIRCULATED_CRITICISM;
import static org.uep.domain.penalty.Penalty.Kind.CLOSURE;
import static org.uep.domain.penalty.Penalty.Kind.CONFISCATION_OF_ILLEGAL_GAINS;
import static org.uep.domain.penalty.Penalty.Kind.CONFISCATION_OF_ILLEGAL_PROPERTY;
import static org.uep.domain.penalty.Penalty.Kind.LICENCE_REVOKED;
import static org.uep.domain.penalty.Penalty.Kind.LICENCE_SUSPENDED;
import static org.uep.domain.penalty.Penalty.Kind.PRACTICE_RESTRICTED;
import static org.uep.domain.penalty.Penalty.Kind.PRODUCTION_SUSPENDED;
import static org.uep.domain.penalty.Penalty.Kind.QUALIFICATION_LOWERED;
import static org.uep.domain.penalty.Penalty.Kind.WARNING;
import static org.uep.domain.penalty.PenaltyTest.fine;
import static org.uep.domain.penalty.PenaltyTest.of;
import static org.uep.domain.penalty.PenaltyTest.penalty;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uep.domain.DomainException;
import org.uep.domain.party.PartyKind;

/** Every expected value worked out from the statute text and the seeded figures (deadlines.md "Thresholds"). */
class PenaltyRulesTest {

    /** The figures V10 seeds for '/' (checked against the table in RuleCatalogueTest). */
    static final Thresholds SEEDED = new Thresholds(Map.of(
            Threshold.SUMMARY_FINE_NATURAL_PERSON, 20_000L,
            Threshold.SUMMARY_FINE_ORGANISATION, 300_000L,
            Threshold.CASH_ON_THE_SPOT, 10_000L,
            Threshold.LARGE_FINE_NATURAL_PERSON, 1_000_000L,
            Threshold.LARGE_FINE_ORGANISATION, 10_000_000L,
            Threshold.LARGE_CONFISCATION_NATURAL_PERSON, 1_000_000L,
            Threshold.LARGE_CONFISCATION_ORGANISATION, 10_000_000L));

    static final List<Trigger> LEGAL_REVIEW = Stream.of("MAJOR_PUBLIC_INTEREST", "MAJOR_RIGHTS_AND_HEARING_HELD",
            "COMPLEX_OR_MANY_LEGAL_RELATIONS", "LARGE_FINE_OR_CONFISCATION", "LICENCE_REVOCATION", "SUSPENSION_OR_CLOSURE",
            "PRACTICE_RESTRICTION", "DEPARTS_FROM_DISCRETION_STANDARD").map(PenaltyRulesTest::trigger).toList();
    static final List<Trigger> COLLECTIVE = Stream.of("COMPLEX_CIRCUMSTANCES", "SERIOUS_VIOLATION")
            .map(PenaltyRulesTest::trigger).toList();
    static final LocalRules RULES = new LocalRules(SEEDED, LEGAL_REVIEW, COLLECTIVE);

    private static Trigger trigger(String code) {
        return new Trigger(code, code, "test");
    }

    static Stream<Arguments> hearingTable() {
        return Stream.of(
                Arguments.of("fine ¥9,999.99, person", penalty(ORDINARY, fine(999_999)), NATURAL_PERSON, false),
                Arguments.of("fine ¥10,000, person (以上 includes it)", penalty(ORDINARY, fine(1_000_000)), NATURAL_PERSON, true),
                Arguments.of("fine ¥10,000, organisation", penalty(ORDINARY, fine(1_000_000)), ORGANISATION, false),
                Arguments.of("fine ¥99,999, organisation", penalty(ORDINARY, fine(9_999_900)), ORGANISATION, false),
                Arguments.of("fine ¥100,000, organisation", penalty(ORDINARY, fine(10_000_000)), ORGANISATION, true),
                Arguments.of("gains ¥6,000 + property ¥4,000, person (counted together)",
                        penalty(ORDINARY, of(CONFISCATION_OF_ILLEGAL_GAINS, 600_000), of(CONFISCATION_OF_ILLEGAL_PROPERTY, 400_000)),
                        NATURAL_PERSON, true),
                Arguments.of("gains ¥6,000 + property ¥3,999.99, person",
                        penalty(ORDINARY, of(CONFISCATION_OF_ILLEGAL_GAINS, 600_000), of(CONFISCATION_OF_ILLEGAL_PROPERTY, 399_999)),
                        NATURAL_PERSON, false),
                Arguments.of("fine ¥9,000 + gains ¥9,000, person (fine and confiscation not added)",
                        penalty(ORDINARY, fine(900_000), of(CONFISCATION_OF_ILLEGAL_GAINS, 900_000)), NATURAL_PERSON, false),
                Arguments.of("gains ¥50,000, organisation", penalty(ORDINARY, of(CONFISCATION_OF_ILLEGAL_GAINS, 5_000_000)),
                        ORGANISATION, false),
                Arguments.of("warning", penalty(ORDINARY, of(WARNING)), NATURAL_PERSON, false),
                Arguments.of("circulated criticism", penalty(ORDINARY, of(CIRCULATED_CRITICISM)), ORGANISATION, false),
                Arguments.of("qualification lowered (63(1)(3))", penalty(ORDINARY, of(QUALIFICATION_LOWERED)), ORGANISATION, true),
                Arguments.of("licence revoked (63(1)(3))", penalty(ORDINARY, of(LICENCE_REVOKED)), NATURAL_PERSON, true),
                Arguments.of("production suspended 10 days (63(1)(4))", penalty(ORDINARY, of(PRODUCTION_SUSPENDED, 10)), ORGANISATION, true),
                Arguments.of("closure (63(1)(4))", penalty(ORDINARY, of(CLOSURE)), ORGANISATION, true),
                Arguments.of("practice restricted (63(1)(4))", penalty(ORDINARY, Penalty.Measure.of(PRACTICE_RESTRICTED)), NATURAL_PERSON, true),
                Arguments.of("licence suspended 30 days (other heavy, 63(1)(5))", penalty(ORDINARY, of(LICENCE_SUSPENDED, 30)),
                        NATURAL_PERSON, true),
                Arguments.of("business restricted 30 days (other heavy, 63(1)(5))", penalty(ORDINARY, of(BUSINESS_RESTRICTED, 30)),
                        ORGANISATION, true));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("hearingTable")
    void hearingQualifiesUnderArticle63(String why, Penalty penalty, PartyKind party, boolean qualifies) {
        assertThat(PenaltyRules.hearingQualifies(penalty, party, SEEDED)).isEqualTo(qualifies);
    }

    static Stream<Arguments> legalReviewTable() {
        return Stream.of(
                Arguments.of("ordinary fine ¥5,000", penalty(ORDINARY, fine(500_000)), NATURAL_PERSON, Set.of(), false, List.of()),
                Arguments.of("ordinary fine with a known major public interest", penalty(ORDINARY, fine(500_000)), NATURAL_PERSON,
                        Set.of("MAJOR_PUBLIC_INTEREST"), false, List.of("MAJOR_PUBLIC_INTEREST")),
                Arguments.of("complex case, organisation ¥50,000", penalty(ORDINARY, fine(5_000_000)), ORGANISATION,
                        Set.of("COMPLEX_OR_MANY_LEGAL_RELATIONS"), false, List.of("COMPLEX_OR_MANY_LEGAL_RELATIONS")),
                Arguments.of("large fine, person ¥10,000", penalty(ORDINARY, fine(1_000_000)), NATURAL_PERSON, Set.of(), false,
                        List.of("LARGE_FINE_OR_CONFISCATION")),
                Arguments.of("large fine after a hearing: both, in list order", penalty(ORDINARY, fine(1_000_000)), NATURAL_PERSON,
                        Set.of(), true, List.of("MAJOR_RIGHTS_AND_HEARING_HELD", "LARGE_FINE_OR_CONFISCATION")),
                Arguments.of("large confiscation, organisation ¥100,000", penalty(ORDINARY, of(CONFISCATION_OF_ILLEGAL_PROPERTY, 10_000_000)),
                        ORGANISATION, Set.of(), false, List.of("LARGE_FINE_OR_CONFISCATION")),
                Arguments.of("licence revoked", penalty(ORDINARY, of(LICENCE_REVOKED)), ORGANISATION, Set.of(), false,
                        List.of("LICENCE_REVOCATION")),
                Arguments.of("production suspended", penalty(ORDINARY, of(PRODUCTION_SUSPENDED, 15)), ORGANISATION, Set.of(), false,
                        List.of("SUSPENSION_OR_CLOSURE")),
                Arguments.of("closure", penalty(ORDINARY, of(CLOSURE)), ORGANISATION, Set.of(), false, List.of("SUSPENSION_OR_CLOSURE")),
                Arguments.of("practice restricted", penalty(ORDINARY, Penalty.Measure.of(PRACTICE_RESTRICTED)), NATURAL_PERSON,
                        Set.of(), false, List.of("PRACTICE_RESTRICTION")),
                Arguments.of("departs from the discretion standard",
                        new Penalty(List.of(fine(300_000)), PenaltyTest.BASIS, Penalty.DiscretionTier.MITIGATED_BELOW, true),
                        NATURAL_PERSON, Set.of(), false, List.of("DEPARTS_FROM_DISCRETION_STANDARD")),
                Arguments.of("licence suspended: a hearing, but no review before it", penalty(ORDINARY, of(LICENCE_SUSPENDED, 60)),
                        NATURAL_PERSON, Set.of(), false, List.of()),
                Arguments.of("licence suspended: review due after the hearing", penalty(ORDINARY, of(LICENCE_SUSPENDED, 60)),
                        NATURAL_PERSON, Set.of(), true, List.of("MAJOR_RIGHTS_AND_HEARING_HELD")),
                Arguments.of("a collective-discussion fact does not make legal review due", penalty(ORDINARY, fine(500_000)),
                        NATURAL_PERSON, Set.of("SERIOUS_VIOLATION"), false, List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("legalReviewTable")
    void legalReviewTriggersUnderArticle58(String why, Penalty penalty, PartyKind party, Set<String> asserted,
                                           boolean hearingHeld, List<String> expected) {
        assertThat(PenaltyRules.legalReviewRequired(penalty, party, asserted, hearingHeld, RULES))
                .extracting(Trigger::code).containsExactlyElementsOf(expected);
    }

    @Test
    void collectiveDiscussionHasItsOwnList() {
        Penalty revocation = penalty(ORDINARY, of(LICENCE_REVOKED));
        assertThat(PenaltyRules.collectiveDiscussionRequired(revocation, ORGANISATION, Set.of(), false, RULES)).isEmpty();
        assertThat(PenaltyRules.collectiveDiscussionRequired(revocation, ORGANISATION,
                Set.of("SERIOUS_VIOLATION", "MAJOR_PUBLIC_INTEREST"), false, RULES))
                .extracting(Trigger::code).containsExactly("SERIOUS_VIOLATION");
        assertThat(PenaltyRules.collectiveDiscussionRequired(revocation, ORGANISATION,
                Set.of("SERIOUS_VIOLATION", "COMPLEX_CIRCUMSTANCES"), false, RULES))
                .extracting(Trigger::code).containsExactly("COMPLEX_CIRCUMSTANCES", "SERIOUS_VIOLATION");
    }

    @Test
    void aListThatNamesADerivedTriggerGetsItEvaluated() {
        LocalRules local = new LocalRules(SEEDED, LEGAL_REVIEW, List.of(trigger("SERIOUS_VIOLATION"), trigger("LARGE_FINE_OR_CONFISCATION")));
        assertThat(PenaltyRules.collectiveDiscussionRequired(penalty(ORDINARY, fine(1_000_000)), NATURAL_PERSON, Set.of(), false, local))
                .extracting(Trigger::code).containsExactly("LARGE_FINE_OR_CONFISCATION");
    }

    @Test
    void aTriggerOnNeitherListIsRefused() {
        assertThatThrownBy(() -> PenaltyRules.legalReviewRequired(penalty(ORDINARY, fine(500_000)), NATURAL_PERSON,
                Set.of("MAJOR_PUBLIC_INTEREST", "FULL_MOON"), false, RULES))
                .isInstanceOf(DomainException.class).hasMessageStartingWith("本地清单未列明的情形：[FULL_MOON]")
                .hasMessageContaining("[FULL_MOON] are on neither trigger list");
    }

    static Stream<Arguments> summaryTable() {
        return Stream.of(
                Arguments.of("warning, person", penalty(ORDINARY, of(WARNING)), NATURAL_PERSON, null),
                Arguments.of("fine ¥200, person (以下 includes it)", penalty(ORDINARY, fine(20_000)), NATURAL_PERSON, null),
                Arguments.of("warning and fine ¥200, person", penalty(ORDINARY, of(WARNING), fine(20_000)), NATURAL_PERSON, null),
                Arguments.of("fine ¥200.01, person", penalty(ORDINARY, fine(20_001)), NATURAL_PERSON,
                        "An on-the-spot fine on a natural person is limited to ¥200 (Art. 51); ¥200.01 needs the general procedure."),
                Arguments.of("fine ¥201, organisation", penalty(ORDINARY, fine(20_100)), ORGANISATION, null),
                Arguments.of("fine ¥3,000, organisation", penalty(ORDINARY, fine(300_000)), ORGANISATION, null),
                Arguments.of("fine ¥3,000.01, organisation", penalty(ORDINARY, fine(300_001)), ORGANISATION,
                        "An on-the-spot fine on an organisation is limited to ¥3,000 (Art. 51); ¥3,000.01 needs the general procedure."),
                Arguments.of("circulated criticism", penalty(ORDINARY, of(CIRCULATED_CRITICISM)), NATURAL_PERSON,
                        "covers only a warning or a fine (Art. 51); [CIRCULATED_CRITICISM] need the general procedure."),
                Arguments.of("confiscation of ¥50", penalty(ORDINARY, of(CONFISCATION_OF_ILLEGAL_GAINS, 5_000)), NATURAL_PERSON,
                        "[CONFISCATION_OF_ILLEGAL_GAINS] need the general procedure"),
                Arguments.of("fine ¥100 with a licence suspension", penalty(ORDINARY, fine(10_000), of(LICENCE_SUSPENDED, 7)),
                        ORGANISATION, "[LICENCE_SUSPENDED] need the general procedure"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("summaryTable")
    void summaryProcedureWithinArticle51Only(String why, Penalty penalty, PartyKind party, String refusal) {
        assertThat(PenaltyRules.summaryProcedureAllowed(penalty, party, SEEDED)).isEqualTo(refusal == null);
        if (refusal == null) {
            PenaltyRules.requireSummaryProcedure(penalty, party, SEEDED);
        } else {
            assertThatThrownBy(() -> PenaltyRules.requireSummaryProcedure(penalty, party, SEEDED))
                    .isInstanceOf(DomainException.class).hasMessageContaining(refusal).hasMessageMatching("^\\p{IsHan}.*");
        }
    }

    @Test
    void theSummaryRefusalSpeaksChineseFirst() {
        assertThatThrownBy(() -> PenaltyRules.requireSummaryProcedure(penalty(ORDINARY, fine(20_001)), NATURAL_PERSON, SEEDED))
                .hasMessageStartingWith("当场对公民罚款不得超过¥200（第五十一条），拟罚¥200.01须适用普通程序。");
    }

    static Stream<Arguments> cashTable() {
        return Stream.of(
                Arguments.of("fine ¥100, person", penalty(ORDINARY, fine(10_000)), NATURAL_PERSON, true),
                Arguments.of("fine ¥100.01, person", penalty(ORDINARY, fine(10_001)), NATURAL_PERSON, false),
                Arguments.of("fine ¥100, organisation", penalty(ORDINARY, fine(10_000)), ORGANISATION, true),
                Arguments.of("warning and fine ¥50", penalty(ORDINARY, of(WARNING), fine(5_000)), NATURAL_PERSON, true),
                Arguments.of("warning only: nothing to collect", penalty(ORDINARY, of(WARNING)), NATURAL_PERSON, false),
                Arguments.of("fine ¥50 with circulated criticism: not a summary case",
                        penalty(ORDINARY, of(CIRCULATED_CRITICISM), fine(5_000)), NATURAL_PERSON, false));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cashTable")
    void cashOnTheSpotUnderArticle68(String why, Penalty penalty, PartyKind party, boolean allowed) {
        assertThat(PenaltyRules.cashOnTheSpotAllowed(penalty, party, SEEDED)).isEqualTo(allowed);
    }
}
