package org.uep.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uep.domain.DomainException;

/**
 * Late fees worked out by hand: days = natural days after the due date up to and including the as-of day, minus days
 * inside a pause (both ends included); fee = fine × 3 % × days, rounded half up once, capped at the fine.
 * The payment due date is Tue 2026-03-10 throughout (the day is irrelevant: late fees count natural days).
 */
class LateFeeTest {

    private static final LocalDate DUE = LocalDate.of(2026, 3, 10);

    @ParameterizedTest(name = "[{index}] {5}")
    @CsvSource(delimiter = '|', textBlock = """
            500000    | 2026-03-10 |                                             | 0   | 0         | paid on the due day: not late
            500000    | 2026-03-05 |                                             | 0   | 0         | paid early
            500000    | 2026-03-11 |                                             | 1   | 15000     | one day: 3 % of ¥5,000 = ¥150
            500000    | 2026-03-20 |                                             | 10  | 150000    | 03-11..03-20: 10 × ¥150
            500000    | 2026-04-12 |                                             | 33  | 495000    | 21 days of March + 12 of April = 33: 99 %, under the cap
            500000    | 2026-04-13 |                                             | 34  | 500000    | 34 days = 102 %: capped at the fine
            500000    | 2027-03-10 |                                             | 365 | 500000    | a year: still the fine
            500000    | 2026-03-31 | 2026-03-13..2026-03-22                      | 11  | 165000    | 21 days minus a 10-day review
            500000    | 2026-03-20 | 2026-03-01..2026-03-15                      | 5   | 75000     | review filed before the due date: only 03-16..03-20
            500000    | 2026-03-20 | 2026-03-12..2026-03-15,2026-03-14..2026-03-18 | 3   | 45000     | overlapping review and lawsuit: 03-11, 03-19, 03-20
            500000    | 2026-03-31 | 2026-03-16..2026-03-31                      | 5   | 75000     | lawsuit still running on the as-of day
            500000    | 2026-03-31 | 2026-03-11..2026-03-31                      | 0   | 0         | review from the first late day on
            150       | 2026-03-13 |                                             | 3   | 14        | ¥1.50 × 9 % = 13.5 fen → 14 (per-day rounding would give 15)
            333       | 2026-03-11 |                                             | 1   | 10        | 9.99 fen → 10
            101       | 2026-03-11 |                                             | 1   | 3         | 3.03 fen → 3
            1         | 2026-03-26 |                                             | 16  | 0         | 0.48 fen → 0
            100000000 | 2026-04-12 |                                             | 33  | 99000000  | ¥1,000,000 fine, 33 days: 99 %
            """)
    void lateFeeTable(long fineFen, LocalDate asOf, String pauses, int days, long feeFen, String why) {
        LateFee fee = LateFee.compute(fineFen, DUE, asOf, pauses(pauses));
        assertThat(fee.daysAccrued()).isEqualTo(days);
        assertThat(fee.amountFen()).isEqualTo(feeFen);
        assertThat(fee.capped()).isEqualTo(feeFen == fineFen);
    }

    @Test
    void aTinyFineReachesItsCapByRounding() {
        // 17 days of 3 % of 1 fen = 0.51 fen → 1 fen, which is the whole fine.
        assertThat(LateFee.compute(1, DUE, LocalDate.of(2026, 3, 27), List.of())).isEqualTo(new LateFee(17, 1, true));
    }

    @Test
    void invalidInputsAreRefused() {
        assertThatThrownBy(() -> LateFee.compute(0, DUE, DUE, List.of())).isInstanceOf(DomainException.class)
                .hasMessageContaining("A late fee needs a fine above zero");
        assertThatThrownBy(() -> new LateFee.Pause(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 19)))
                .isInstanceOf(DomainException.class).hasMessageContaining("an end not before it");
    }

    private static List<LateFee.Pause> pauses(String text) {
        List<LateFee.Pause> pauses = new ArrayList<>();
        if (text != null) {
            for (String range : text.split(",")) {
                String[] ends = range.strip().split("\\.\\.");
                pauses.add(new LateFee.Pause(LocalDate.parse(ends[0]), LocalDate.parse(ends[1])));
            }
        }
        return pauses;
    }
}
