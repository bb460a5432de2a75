package org.uep.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Date computations over the shipped 2025–2026 calendar, every expected value worked out by hand from the
 * State Council notices (../shared/domain/calendar-2025-2026.csv) and a wall calendar, day by day — never from
 * the code under test. Notation in the comments: W = working day (with its running count), H = holiday,
 * R = ordinary weekend rest day, M = make-up working day (调休上班, a Saturday or Sunday).
 *
 * <p>Operations: {@code workdays} = addWorkingDays(start, N) (start day not counted, N = 0 is the start);
 * {@code natural} = addNaturalDays(start, N) (start + N, moved to the next working day when that is a rest day or
 * holiday); {@code count} = countWorkingDays(start, end) (working days in (start, end]); {@code isWorkingDay}.
 * The {@code missing} column is the set of years without data the computation touched (blank: none, so not
 * provisional).
 */
class CalendarComputationTableTest {

    private static WorkingDayCalendar calendar;

    @BeforeAll
    static void loadShippedFile() {
        calendar = ShippedCalendar.calendar();
    }

    @Test
    void theShippedCalendarKnows2025And2026Only() {
        assertThat(calendar.knows(2025)).isTrue();
        assertThat(calendar.knows(2026)).isTrue();
        assertThat(calendar.knows(2024)).isFalse();
        assertThat(calendar.knows(2027)).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2} -> {3} {4} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
        # op         | start      | N or end   | expected   | missing | why (worked by hand)
        # ---- New Year 2025 and Spring Festival 2025: H Jan 1 (Wed); M Sun Jan 26; H Tue Jan 28 - Tue Feb 4; M Sat Feb 8
        workdays     | 2024-12-31 | 1          | 2025-01-02 |         | Jan 1 Wed H, Jan 2 Thu W1; start day (2024) not counted so 2024 not touched
        workdays     | 2025-01-24 | 3          | 2025-02-05 |         | Fri; Sat 25 R, Sun 26 M=W1, Mon 27 W2, Jan 28-Feb 4 H, Wed Feb 5 W3
        workdays     | 2025-01-25 | 1          | 2025-01-26 |         | start on a rest Saturday; the next day Sun 26 is a make-up day W1
        workdays     | 2025-01-26 | 2          | 2025-02-05 |         | start on make-up Sun 26; Mon 27 W1, Jan 28-Feb 4 H, Feb 5 W2
        workdays     | 2025-01-27 | 1          | 2025-02-05 |         | Mon; eight holidays Jan 28-Feb 4 skipped, Wed Feb 5 W1
        workdays     | 2025-02-05 | 3          | 2025-02-08 |         | Thu 6 W1, Fri 7 W2, make-up Sat Feb 8 W3
        workdays     | 2025-01-31 | 1          | 2025-02-05 |         | start on a holiday (Fri Jan 31); Feb 1-4 H, Feb 5 W1
        natural      | 2025-01-20 | 10         | 2025-02-05 |         | Jan 30 is H; Jan 31, Feb 1-4 H too; next working day Wed Feb 5
        natural      | 2025-01-23 | 16         | 2025-02-08 |         | Jan 23 + 16 = Sat Feb 8, a make-up day, so it stays
        natural      | 2025-02-08 | 7          | 2025-02-17 |         | start on make-up Sat Feb 8; +7 = Sat Feb 15 R, Sun 16 R, Mon Feb 17
        natural      | 2025-01-31 | 30         | 2025-03-03 |         | start on a holiday; Jan 31 + 30 = Sun Mar 2 R (month end Feb 28), Mon Mar 3
        count        | 2025-01-24 | 2025-02-10 | 7          |         | Jan 26 M, 27, Feb 5, 6, 7, Feb 8 M, Mon Feb 10
        count        | 2025-01-31 | 2025-02-28 | 19         |         | Feb weekdays 20, minus H Mon 3 and Tue 4, plus M Sat 8
        isWorkingDay | 2025-01-01 | -          | false      |         | New Year (Wed)
        isWorkingDay | 2025-01-26 | -          | true       |         | make-up Sunday
        isWorkingDay | 2025-01-28 | -          | false      |         | Spring Festival holiday on a Tuesday
        isWorkingDay | 2025-02-08 | -          | true       |         | make-up Saturday
        isWorkingDay | 2025-02-09 | -          | false      |         | ordinary Sunday after the make-up Saturday
        # ---- month end Feb 2025
        workdays     | 2025-02-27 | 2          | 2025-03-03 |         | Fri Feb 28 W1, Mar 1-2 R, Mon Mar 3 W2
        # ---- Qingming 2025: H Fri Apr 4 - Sun Apr 6
        workdays     | 2025-04-03 | 1          | 2025-04-07 |         | Thu; Apr 4-6 H, Mon Apr 7 W1
        natural      | 2025-03-20 | 15         | 2025-04-07 |         | Mar 20 + 15 = Fri Apr 4 H, 5-6 H, Mon Apr 7
        count        | 2025-03-31 | 2025-04-07 | 4          |         | Apr 1, 2, 3 W, Apr 4-6 H, Apr 7 W
        # ---- Labour Day 2025: M Sun Apr 27; H Thu May 1 - Mon May 5
        workdays     | 2025-04-25 | 2          | 2025-04-28 |         | Fri; Sat 26 R, make-up Sun 27 W1, Mon 28 W2
        workdays     | 2025-04-29 | 3          | 2025-05-07 |         | Wed Apr 30 W1, May 1-5 H, Tue 6 W2, Wed 7 W3
        natural      | 2025-04-16 | 15         | 2025-05-06 |         | Apr 16 + 15 = May 1 H (Apr has 30 days), 2-5 H, Tue May 6
        count        | 2025-04-25 | 2025-05-09 | 8          |         | Apr 27 M, 28, 29, 30, May 6, 7, 8, 9
        count        | 2025-05-01 | 2025-05-05 | 0          |         | May 2-5 all holidays
        isWorkingDay | 2025-04-27 | -          | true       |         | make-up Sunday
        isWorkingDay | 2025-05-05 | -          | false      |         | Labour Day holiday on a Monday
        # ---- N = 0 and empty counts
        workdays     | 2025-05-01 | 0          | 2025-05-01 |         | N = 0 returns the start, even a holiday
        natural      | 2025-04-30 | 0          | 2025-04-30 |         | N = 0 on a working Wednesday stays
        natural      | 2025-05-01 | 0          | 2025-05-06 |         | N = 0 on a holiday: start + 0 is H, May 2-5 H, Tue May 6
        natural      | 2025-10-11 | 0          | 2025-10-11 |         | N = 0 on make-up Sat Oct 11 stays
        count        | 2025-05-06 | 2025-05-06 | 0          |         | empty interval
        count        | 2025-10-09 | 2025-09-30 | 0          |         | end before start counts nothing
        # ---- Dragon Boat 2025: H Sat May 31 - Mon Jun 2 (month end)
        workdays     | 2025-05-30 | 1          | 2025-06-03 |         | Fri; May 31, Jun 1, Jun 2 H, Tue Jun 3 W1
        natural      | 2025-05-17 | 15         | 2025-06-03 |         | start on Saturday; May 17 + 15 = Sun Jun 1 H, Mon 2 H, Tue Jun 3
        count        | 2025-05-30 | 2025-06-06 | 4          |         | May 31-Jun 2 H, Jun 3, 4, 5, 6
        isWorkingDay | 2025-06-02 | -          | false      |         | Dragon Boat holiday on a Monday
        # ---- National Day and Mid-Autumn 2025: M Sun Sep 28; H Wed Oct 1 - Wed Oct 8; M Sat Oct 11
        workdays     | 2025-09-26 | 1          | 2025-09-28 |         | Fri; Sat 27 R, make-up Sun 28 W1
        workdays     | 2025-09-29 | 3          | 2025-10-10 |         | Tue Sep 30 W1, Oct 1-8 H, Thu 9 W2, Fri 10 W3
        workdays     | 2025-09-30 | 3          | 2025-10-11 |         | Oct 1-8 H, Thu 9 W1, Fri 10 W2, make-up Sat 11 W3
        workdays     | 2025-09-25 | 7          | 2025-10-11 |         | Fri 26 W1, Sep 28 M W2, 29 W3, 30 W4, Oct 9 W5, 10 W6, Oct 11 M W7
        natural      | 2025-09-16 | 15         | 2025-10-09 |         | Sep 16 + 15 = Oct 1 H, eight holidays to Oct 8, Thu Oct 9
        natural      | 2025-09-26 | 15         | 2025-10-11 |         | Sep 26 + 15 = Sat Oct 11, a make-up day, so it stays
        count        | 2025-09-26 | 2025-10-12 | 6          |         | Sep 28 M, 29, 30, Oct 9, 10, Oct 11 M; Sun Oct 12 R
        isWorkingDay | 2025-09-28 | -          | true       |         | make-up Sunday
        isWorkingDay | 2025-10-08 | -          | false      |         | last National Day holiday (Wed)
        isWorkingDay | 2025-10-11 | -          | true       |         | make-up Saturday
        isWorkingDay | 2025-10-12 | -          | false      |         | ordinary Sunday
        # ---- month end Nov 2025, year end 2025 -> 2026: H Thu Jan 1 - Sat Jan 3; M Sun Jan 4
        count        | 2025-10-31 | 2025-11-30 | 20         |         | Nov 2025 has no holidays: four full Mon-Fri weeks (3-7, 10-14, 17-21, 24-28)
        workdays     | 2025-12-30 | 3          | 2026-01-05 |         | Wed Dec 31 W1, Jan 1-3 H, make-up Sun Jan 4 W2, Mon 5 W3
        workdays     | 2025-12-31 | 1          | 2026-01-04 |         | Jan 1-3 H, make-up Sun Jan 4 W1
        natural      | 2025-12-17 | 15         | 2026-01-04 |         | Dec 17 + 15 = Jan 1 H, past H Jan 2 and 3 onto make-up Sun Jan 4
        natural      | 2025-12-02 | 30         | 2026-01-04 |         | Dec 2 + 30 = Jan 1 H, Jan 2-3 H, make-up Sun Jan 4
        count        | 2025-12-26 | 2026-01-09 | 9          |         | Dec 29, 30, 31, Jan 4 M, 5, 6, 7, 8, 9
        count        | 2024-12-31 | 2025-12-31 | 248        |         | 2025: 261 weekdays - 18 weekday holidays + 5 make-up days
        count        | 2025-12-31 | 2026-12-31 | 248        |         | 2026: 261 weekdays - 19 weekday holidays + 6 make-up days
        isWorkingDay | 2026-01-03 | -          | false      |         | New Year holiday on a Saturday
        isWorkingDay | 2026-01-04 | -          | true       |         | make-up Sunday
        # ---- Spring Festival 2026: M Sat Feb 14; H Sun Feb 15 - Mon Feb 23; M Sat Feb 28
        workdays     | 2026-02-12 | 2          | 2026-02-14 |         | Fri 13 W1, make-up Sat 14 W2
        workdays     | 2026-02-13 | 2          | 2026-02-24 |         | make-up Sat 14 W1, Feb 15-23 H, Tue 24 W2
        workdays     | 2026-02-14 | 1          | 2026-02-24 |         | start on make-up Sat 14; nine holidays, Tue 24 W1
        workdays     | 2026-02-17 | 1          | 2026-02-24 |         | start on a holiday (Tue 17); 18-23 H, Tue 24 W1
        workdays     | 2026-02-24 | 4          | 2026-02-28 |         | Wed 25 W1, Thu 26 W2, Fri 27 W3, make-up Sat 28 W4
        workdays     | 2026-02-10 | 10         | 2026-03-02 |         | 11, 12, 13, 14 M = W4; 15-23 H; 24-27 W5-8, Sat 28 M W9, Sun Mar 1 R, Mon Mar 2 W10
        natural      | 2026-02-01 | 15         | 2026-02-24 |         | start on Sunday; Feb 1 + 15 = Mon Feb 16 H, 17-23 H, Tue 24
        count        | 2026-02-13 | 2026-03-02 | 7          |         | Feb 14 M, 24, 25, 26, 27, Feb 28 M, Mar 2
        isWorkingDay | 2026-02-14 | -          | true       |         | make-up Saturday
        isWorkingDay | 2026-02-23 | -          | false      |         | last Spring Festival holiday (Mon)
        isWorkingDay | 2026-02-28 | -          | true       |         | make-up Saturday
        # ---- Qingming 2026: H Sat Apr 4 - Mon Apr 6
        workdays     | 2026-04-03 | 1          | 2026-04-07 |         | Fri; Apr 4-6 H, Tue Apr 7 W1
        natural      | 2026-03-21 | 15         | 2026-04-07 |         | Mar 21 + 15 = Sun Apr 5 H, Mon 6 H, Tue Apr 7
        count        | 2026-03-31 | 2026-04-10 | 7          |         | Apr 1, 2, 3, (4-6 H), 7, 8, 9, 10
        # ---- Labour Day 2026: H Fri May 1 - Tue May 5; M Sat May 9
        workdays     | 2026-04-29 | 3          | 2026-05-07 |         | Thu Apr 30 W1, May 1-5 H, Wed 6 W2, Thu 7 W3
        workdays     | 2026-05-06 | 3          | 2026-05-09 |         | Thu 7 W1, Fri 8 W2, make-up Sat 9 W3
        natural      | 2026-04-16 | 15         | 2026-05-06 |         | Apr 16 + 15 = May 1 H, 2-5 H, Wed May 6
        count        | 2026-04-30 | 2026-05-11 | 5          |         | May 1-5 H, 6, 7, 8, May 9 M, Sun 10 R, Mon 11
        isWorkingDay | 2026-05-09 | -          | true       |         | make-up Saturday
        isWorkingDay | 2026-05-10 | -          | false      |         | ordinary Sunday
        # ---- Dragon Boat 2026: H Fri Jun 19 - Sun Jun 21
        workdays     | 2026-06-18 | 1          | 2026-06-22 |         | Thu; Jun 19-21 H, Mon Jun 22 W1
        natural      | 2026-06-04 | 15         | 2026-06-22 |         | Jun 4 + 15 = Fri Jun 19 H, 20-21 H, Mon Jun 22
        isWorkingDay | 2026-06-19 | -          | false      |         | Dragon Boat holiday on a Friday
        # ---- Mid-Autumn and National Day 2026: M Sun Sep 20; H Fri Sep 25 - Sun Sep 27; H Thu Oct 1 - Wed Oct 7; M Sat Oct 10
        workdays     | 2026-09-18 | 1          | 2026-09-20 |         | Fri; Sat 19 R, make-up Sun 20 W1
        workdays     | 2026-09-24 | 1          | 2026-09-28 |         | Thu; Mid-Autumn Sep 25-27 H, Mon 28 W1
        workdays     | 2026-09-29 | 2          | 2026-10-08 |         | Wed Sep 30 W1, Oct 1-7 H, Thu Oct 8 W2
        workdays     | 2026-09-29 | 4          | 2026-10-10 |         | Sep 30 W1, Oct 8 W2, Fri 9 W3, make-up Sat 10 W4
        workdays     | 2026-09-17 | 10         | 2026-10-08 |         | 18, Sep 20 M, 21, 22, 23, 24 = W6; 25-27 H; 28, 29, 30 = W9; Oct 1-7 H; Oct 8 W10
        natural      | 2026-09-04 | 15         | 2026-09-20 |         | Sep 4 + 15 = Sat Sep 19 R, make-up Sun Sep 20
        natural      | 2026-09-10 | 15         | 2026-09-28 |         | Sep 10 + 15 = Fri Sep 25 H, 26-27 H, Mon Sep 28
        natural      | 2026-09-16 | 15         | 2026-10-08 |         | Sep 16 + 15 = Oct 1 H (Sep has 30 days), 2-7 H, Thu Oct 8
        count        | 2026-09-18 | 2026-10-12 | 12         |         | Sep 20 M, 21-24, 28-30, Oct 8, 9, Oct 10 M, Mon 12
        isWorkingDay | 2026-09-20 | -          | true       |         | make-up Sunday
        isWorkingDay | 2026-09-25 | -          | false      |         | Mid-Autumn holiday on a Friday
        isWorkingDay | 2026-10-10 | -          | true       |         | make-up Saturday
        isWorkingDay | 2026-10-11 | -          | false      |         | ordinary Sunday
        # ---- year end 2026 -> 2027 (no data for 2027: weekends-only assumption, provisional)
        workdays     | 2026-12-30 | 1          | 2026-12-31 |         | Thu Dec 31 W1, stays in 2026: not provisional
        workdays     | 2026-12-30 | 3          | 2027-01-04 | 2027    | Dec 31 W1, Fri Jan 1 2027 assumed W2, Sat-Sun R, Mon Jan 4 W3
        natural      | 2026-12-16 | 15         | 2026-12-31 |         | Dec 16 + 15 = Thu Dec 31, working, in 2026: not provisional
        natural      | 2026-12-17 | 15         | 2027-01-01 | 2027    | Dec 17 + 15 = Fri Jan 1 2027, assumed working (no data)
        count        | 2026-12-25 | 2026-12-31 | 4          |         | Dec 28, 29, 30, 31: not provisional
        count        | 2026-12-25 | 2027-01-08 | 10         | 2027    | Dec 28-31 = 4, Jan 1 assumed W, Jan 4-8 = 5
        """)
    void computation(String op, LocalDate start, String arg, String expected, String missing, String why) {
        Set<Integer> missingYears = missing == null ? Set.of()
                : Arrays.stream(missing.split(";")).map(String::strip).map(Integer::valueOf).collect(Collectors.toSet());
        switch (op) {
            case "workdays" -> {
                WorkingDayCalendar.Result result = calendar.addWorkingDays(start, Integer.parseInt(arg));
                assertThat(result.date()).as(why).isEqualTo(LocalDate.parse(expected));
                assertThat(result.missingYears()).as("missing years: " + why).isEqualTo(missingYears);
                assertThat(result.provisional()).as("provisional: " + why).isEqualTo(!missingYears.isEmpty());
            }
            case "natural" -> {
                WorkingDayCalendar.Result result = calendar.addNaturalDays(start, Integer.parseInt(arg));
                assertThat(result.date()).as(why).isEqualTo(LocalDate.parse(expected));
                assertThat(result.missingYears()).as("missing years: " + why).isEqualTo(missingYears);
                assertThat(result.provisional()).as("provisional: " + why).isEqualTo(!missingYears.isEmpty());
            }
            case "count" -> {
                WorkingDayCalendar.Count count = calendar.countWorkingDays(start, LocalDate.parse(arg));
                assertThat(count.workingDays()).as(why).isEqualTo(Integer.parseInt(expected));
                assertThat(count.missingYears()).as("missing years: " + why).isEqualTo(missingYears);
                assertThat(count.provisional()).as("provisional: " + why).isEqualTo(!missingYears.isEmpty());
            }
            case "isWorkingDay" -> {
                assertThat(missingYears).as("isWorkingDay rows are inside known years").isEmpty();
                boolean working = switch (expected) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> throw new IllegalArgumentException("expected must be true or false, not " + expected);
                };
                assertThat(calendar.isWorkingDay(start)).as(why).isEqualTo(working);
            }
            default -> throw new IllegalArgumentException("unknown operation in the table: " + op);
        }
    }
}
