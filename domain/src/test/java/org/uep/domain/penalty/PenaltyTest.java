package org.uep.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uep.domain.penalty.Penalty.DiscretionTier.HEAVIER;
import static org.uep.domain.penalty.Penalty.DiscretionTier.LIGHTER;
import static org.uep.domain.penalty.Penalty.DiscretionTier.ORDINARY;
import static org.uep.domain.penalty.Penalty.Kind.CONFISCATION_OF_ILLEGAL_GAINS;
import static org.uep.domain.penalty.Penalty.Kind.CONFISCATION_OF_ILLEGAL_PROPERTY;
import static org.uep.domain.penalty.Penalty.Kind.FINE;
import static org.uep.domain.penalty.Penalty.Kind.LICENCE_REVOKED;
import static org.uep.domain.penalty.Penalty.Kind.LICENCE_SUSPENDED;
import static org.uep.domain.penalty.Penalty.Kind.PRACTICE_RESTRICTED;
import static org.uep.domain.penalty.Penalty.Kind.PRODUCTION_SUSPENDED;
import static org.uep.domain.penalty.Penalty.Kind.WARNING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.uep.domain.DomainException;
import org.uep.domain.penalty.Penalty.DiscretionTier;
import org.uep.domain.penalty.Penalty.Measure;

class PenaltyTest {

    static final String BASIS = "《城市市容和环境卫生管理条例》第三十六条";

    static Penalty penalty(DiscretionTier tier, Measure... measures) {
        return new Penalty(Arrays.asList(measures), BASIS, tier, false);
    }

    static Measure fine(long fen) {
        return Measure.of(FINE, fen);
    }

    static Measure of(Penalty.Kind kind) {
        return Measure.of(kind);
    }

    static Measure of(Penalty.Kind kind, long amount) {
        return Measure.of(kind, amount);
    }

    /** Each row: the decision, the notified penalty, heavier?, and why (worked out from Art. 45 and the documented rule). */
    static Stream<Arguments> heavierTable() {
        Penalty notifiedFine = penalty(ORDINARY, fine(500_000));
        return Stream.of(
                Arguments.of("same fine, same tier", penalty(ORDINARY, fine(500_000)), notifiedFine, false),
                Arguments.of("one fen more", penalty(ORDINARY, fine(500_001)), notifiedFine, true),
                Arguments.of("lower fine", penalty(ORDINARY, fine(400_000)), notifiedFine, false),
                Arguments.of("adds even a warning", penalty(ORDINARY, of(WARNING), fine(500_000)), notifiedFine, true),
                Arguments.of("drops the fine", penalty(ORDINARY, of(WARNING)), penalty(ORDINARY, of(WARNING), fine(500_000)), false),
                Arguments.of("harsher tier, same fine", penalty(HEAVIER, fine(500_000)), notifiedFine, true),
                Arguments.of("harsher tier, lower fine (conservative)", penalty(HEAVIER, fine(400_000)), notifiedFine, true),
                Arguments.of("higher fine, lighter tier (conservative)", penalty(LIGHTER, fine(600_000)), notifiedFine, true),
                Arguments.of("lighter tier, lower fine", penalty(LIGHTER, fine(300_000)), notifiedFine, false),
                Arguments.of("longer suspension", penalty(ORDINARY, of(LICENCE_SUSPENDED, 90)),
                        penalty(ORDINARY, of(LICENCE_SUSPENDED, 60)), true),
                Arguments.of("shorter suspension", penalty(ORDINARY, of(LICENCE_SUSPENDED, 30)),
                        penalty(ORDINARY, of(LICENCE_SUSPENDED, 60)), false),
                Arguments.of("indefinite outlasts 30 days", penalty(ORDINARY, Measure.of(PRODUCTION_SUSPENDED)),
                        penalty(ORDINARY, of(PRODUCTION_SUSPENDED, 30)), true),
                Arguments.of("30 days within indefinite", penalty(ORDINARY, of(PRODUCTION_SUSPENDED, 30)),
                        penalty(ORDINARY, Measure.of(PRODUCTION_SUSPENDED)), false),
                Arguments.of("indefinite both", penalty(ORDINARY, Measure.of(PRACTICE_RESTRICTED)),
                        penalty(ORDINARY, Measure.of(PRACTICE_RESTRICTED)), false),
                Arguments.of("property instead of gains is another kind", penalty(ORDINARY, of(CONFISCATION_OF_ILLEGAL_PROPERTY, 100_000)),
                        penalty(ORDINARY, of(CONFISCATION_OF_ILLEGAL_GAINS, 100_000)), true),
                Arguments.of("revocation instead of suspension", penalty(ORDINARY, of(LICENCE_REVOKED)),
                        penalty(ORDINARY, of(LICENCE_SUSPENDED, 90)), true),
                Arguments.of("other basis, departure flag: not heavier",
                        new Penalty(List.of(fine(500_000)), "《另一法规》第十条", ORDINARY, true), notifiedFine, false));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("heavierTable")
    void heavierThanTheNotifiedPenalty(String why, Penalty decided, Penalty notified, boolean heavier) {
        assertThat(decided.isHeavierThan(notified)).isEqualTo(heavier);
    }

    @Test
    void theRefusalSaysWhatIsHeavier() {
        assertThat(penalty(HEAVIER, of(WARNING), fine(600_000)).heavierAspectsThan(penalty(ORDINARY, fine(500_000))))
                .containsExactly("新增 adds 警告 WARNING", "罚款 FINE ¥6,000 > 罚款 FINE ¥5,000",
                        "裁量阶次 tier 从重 HEAVIER > 一般 ORDINARY");
    }

    static Stream<Arguments> invalidPenalties() {
        List<Arguments> rows = new ArrayList<>();
        rows.add(Arguments.of((Runnable) () -> new Penalty(List.of(), BASIS, ORDINARY, false), "at least one measure"));
        rows.add(Arguments.of((Runnable) () -> new Measure(FINE, null), "FINE needs an amount in fen above zero"));
        rows.add(Arguments.of((Runnable) () -> Measure.of(FINE, 0), "FINE needs an amount in fen above zero"));
        rows.add(Arguments.of((Runnable) () -> Measure.of(CONFISCATION_OF_ILLEGAL_PROPERTY, -1), "needs an amount in fen above zero"));
        rows.add(Arguments.of((Runnable) () -> Measure.of(WARNING, 100), "WARNING takes no amount or length"));
        rows.add(Arguments.of((Runnable) () -> Measure.of(LICENCE_SUSPENDED), "LICENCE_SUSPENDED needs a length in days above zero"));
        rows.add(Arguments.of((Runnable) () -> Measure.of(PRODUCTION_SUSPENDED, 0), "or none when indefinite"));
        rows.add(Arguments.of((Runnable) () -> new Measure(null, null), "needs its kind"));
        rows.add(Arguments.of((Runnable) () -> penalty(ORDINARY, fine(100), fine(200)), "FINE is repeated"));
        rows.add(Arguments.of((Runnable) () -> new Penalty(List.of(fine(100)), "  ", ORDINARY, false), "legal basis"));
        rows.add(Arguments.of((Runnable) () -> new Penalty(List.of(fine(100)), BASIS, null, false), "discretion tier"));
        return rows.stream();
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("invalidPenalties")
    void invalidPenaltiesAreRefusedInChineseAndEnglish(Runnable construction, String english) {
        assertThatThrownBy(construction::run).isInstanceOf(DomainException.class)
                .hasMessageContaining(english).hasMessageMatching("^\\p{IsHan}.*")
                .extracting(e -> ((DomainException) e).kind()).isEqualTo(DomainException.Kind.INVALID);
    }

    @Test
    void measuresAreOrderedByKindAndTheBasisTrimmedSoEqualPenaltiesAreEqual() {
        Penalty given = new Penalty(List.of(fine(20_000), of(WARNING)), "  " + BASIS + " ", ORDINARY, false);
        assertThat(given.measures()).extracting(Measure::kind).containsExactly(WARNING, FINE);
        assertThat(given).isEqualTo(penalty(ORDINARY, of(WARNING), fine(20_000)));
        assertThat(given.fineFen()).isEqualTo(20_000);
        assertThat(penalty(ORDINARY, of(CONFISCATION_OF_ILLEGAL_GAINS, 600_000), of(CONFISCATION_OF_ILLEGAL_PROPERTY, 400_000))
                .confiscationValueFen()).isEqualTo(1_000_000);
    }
}
