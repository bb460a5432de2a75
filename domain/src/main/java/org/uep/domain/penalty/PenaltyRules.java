package org.uep.domain.penalty;

import static org.uep.domain.penalty.Penalty.Kind.BUSINESS_RESTRICTED;
import static org.uep.domain.penalty.Penalty.Kind.CLOSURE;
import static org.uep.domain.penalty.Penalty.Kind.FINE;
import static org.uep.domain.penalty.Penalty.Kind.LICENCE_REVOKED;
import static org.uep.domain.penalty.Penalty.Kind.LICENCE_SUSPENDED;
import static org.uep.domain.penalty.Penalty.Kind.PRACTICE_RESTRICTED;
import static org.uep.domain.penalty.Penalty.Kind.PRODUCTION_SUSPENDED;
import static org.uep.domain.penalty.Penalty.Kind.QUALIFICATION_LOWERED;
import static org.uep.domain.penalty.Penalty.Kind.WARNING;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.uep.domain.DomainException;
import org.uep.domain.party.PartyKind;
import org.uep.domain.penalty.Penalty.Kind;

/**
 * The rules of the Administrative Penalty Law that decide which procedure a penalty takes. Pure: the local figures
 * and trigger lists come in as {@link Thresholds} and {@link LocalRules}.
 */
public final class PenaltyRules {

    // Triggers the platform derives from the penalty and the record; every other listed trigger is asserted by officers.
    static final String MAJOR_RIGHTS_AND_HEARING_HELD = "MAJOR_RIGHTS_AND_HEARING_HELD";
    static final String LARGE_FINE_OR_CONFISCATION = "LARGE_FINE_OR_CONFISCATION";
    static final String LICENCE_REVOCATION = "LICENCE_REVOCATION";
    static final String SUSPENSION_OR_CLOSURE = "SUSPENSION_OR_CLOSURE";
    static final String PRACTICE_RESTRICTION = "PRACTICE_RESTRICTION";
    static final String DEPARTS_FROM_DISCRETION_STANDARD = "DEPARTS_FROM_DISCRETION_STANDARD";

    /**
     * Kinds that qualify for a hearing whatever the amounts: Art. 63(1)(3)(4), plus 暂扣许可证件 and 限制开展生产经营活动 as
     * 其他较重的行政处罚 (63(1)(5)). Conservative on purpose: a hearing offered without need costs days, a hearing
     * wrongly withheld makes the decision unlawful.
     */
    private static final Set<Kind> HEARING_KINDS = EnumSet.of(QUALIFICATION_LOWERED, LICENCE_SUSPENDED, LICENCE_REVOKED,
            BUSINESS_RESTRICTED, PRODUCTION_SUSPENDED, CLOSURE, PRACTICE_RESTRICTED);
    /** Art. 51: a warning or a fine only. */
    private static final Set<Kind> SUMMARY_KINDS = EnumSet.of(WARNING, FINE);

    private PenaltyRules() {}

    /**
     * Art. 63: the party may request a hearing — a large fine, a large confiscation (gains and property counted
     * together, as the SAMR hearing rule does) or one of the heavy kinds.
     */
    public static boolean hearingQualifies(Penalty penalty, PartyKind party, Thresholds thresholds) {
        return large(penalty, party, thresholds) || penalty.kinds().stream().anyMatch(HEARING_KINDS::contains);
    }

    /**
     * Art. 58: the legal-review triggers of the local list that apply, in list order (empty: no review needed). Run it
     * before the notice with the triggers already known, and again after a hearing ({@code hearingHeld}: a hearing
     * is held only on a heavy penalty, so it stands for "major rights affected and a hearing held").
     *
     * @param asserted codes officers state for the case (e.g. MAJOR_PUBLIC_INTEREST); each must be on a local list, and an
     *                 asserted code applies even where the platform would not derive it (more review, never less)
     */
    public static List<Trigger> legalReviewRequired(Penalty penalty, PartyKind party, Set<String> asserted,
                                                    boolean hearingHeld, LocalRules rules) {
        return applying(rules.legalReview(), penalty, party, asserted, hearingHeld, rules);
    }

    /** Art. 57(2): the collective-discussion triggers of the local list that apply; same facts, its own list. */
    public static List<Trigger> collectiveDiscussionRequired(Penalty penalty, PartyKind party, Set<String> asserted,
                                                             boolean hearingHeld, LocalRules rules) {
        return applying(rules.collectiveDiscussion(), penalty, party, asserted, hearingHeld, rules);
    }

    /** Art. 51: a warning and/or a fine within the summary limit for the party may be decided on the spot. */
    public static boolean summaryProcedureAllowed(Penalty penalty, PartyKind party, Thresholds thresholds) {
        return summaryRefusal(penalty, party, thresholds).isEmpty();
    }

    /** {@link #summaryProcedureAllowed}, refusing with the reason when not. */
    public static void requireSummaryProcedure(Penalty penalty, PartyKind party, Thresholds thresholds) {
        summaryRefusal(penalty, party, thresholds).ifPresent(reason -> {
            throw DomainException.invalid(reason);
        });
    }

    /**
     * Art. 68(1): the officer may take the fine in cash on the spot when it is a summary decision with a fine within the
     * cash limit. The other grounds (68(2) hard to execute later, Art. 69 remote areas) are the officer's to state.
     */
    public static boolean cashOnTheSpotAllowed(Penalty penalty, PartyKind party, Thresholds thresholds) {
        return summaryProcedureAllowed(penalty, party, thresholds) && penalty.fineFen() > 0
                && penalty.fineFen() <= thresholds.of(Threshold.CASH_ON_THE_SPOT);
    }

    private static Optional<String> summaryRefusal(Penalty penalty, PartyKind party, Thresholds thresholds) {
        Set<Kind> others = EnumSet.copyOf(penalty.kinds());
        others.removeAll(SUMMARY_KINDS);
        if (!others.isEmpty()) {
            return Optional.of("简易程序只能当场作出警告或者罚款（第五十一条），" + String.join("、", others.stream().map(Kind::label).toList())
                    + "须适用普通程序。The summary procedure covers only a warning or a fine (Art. 51); " + others
                    + " need the general procedure.");
        }
        long limit = thresholds.summaryFine(party);
        if (penalty.fineFen() > limit) {
            boolean person = party == PartyKind.NATURAL_PERSON;
            return Optional.of("当场对" + (person ? "公民" : "法人或者其他组织") + "罚款不得超过" + Money.yuan(limit) + "（第五十一条），拟罚"
                    + Money.yuan(penalty.fineFen()) + "须适用普通程序。An on-the-spot fine on " + (person ? "a natural person" : "an organisation")
                    + " is limited to " + Money.yuan(limit) + " (Art. 51); " + Money.yuan(penalty.fineFen())
                    + " needs the general procedure.");
        }
        return Optional.empty();
    }

    private static boolean large(Penalty penalty, PartyKind party, Thresholds thresholds) {
        return penalty.fineFen() >= thresholds.largeFine(party)
                || penalty.confiscationValueFen() >= thresholds.largeConfiscation(party);
    }

    private static List<Trigger> applying(List<Trigger> list, Penalty penalty, PartyKind party, Set<String> asserted,
                                          boolean hearingHeld, LocalRules rules) {
        Set<String> unlisted = new TreeSet<>(asserted);
        Stream.concat(rules.legalReview().stream(), rules.collectiveDiscussion().stream()).map(Trigger::code)
                .forEach(unlisted::remove);
        if (!unlisted.isEmpty()) {
            throw DomainException.invalid("本地清单未列明的情形：" + unlisted + "。" + unlisted
                    + " are on neither trigger list of this jurisdiction.");
        }
        return list.stream()
                .filter(trigger -> asserted.contains(trigger.code())
                        || derived(trigger.code(), penalty, party, hearingHeld, rules.thresholds()))
                .toList();
    }

    private static boolean derived(String code, Penalty penalty, PartyKind party, boolean hearingHeld, Thresholds thresholds) {
        return switch (code) {
            case MAJOR_RIGHTS_AND_HEARING_HELD -> hearingHeld;
            case LARGE_FINE_OR_CONFISCATION -> large(penalty, party, thresholds);
            case LICENCE_REVOCATION -> penalty.has(LICENCE_REVOKED);
            case SUSPENSION_OR_CLOSURE -> penalty.has(PRODUCTION_SUSPENDED) || penalty.has(CLOSURE);
            case PRACTICE_RESTRICTION -> penalty.has(PRACTICE_RESTRICTED);
            case DEPARTS_FROM_DISCRETION_STANDARD -> penalty.departsFromDiscretionStandard();
            default -> false;
        };
    }
}
