package org.uep.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.uep.domain.DomainException;

/**
 * The calendar file form: the shipped copy holds exactly the published 2025 and 2026 arrangements, and a bad
 * file is refused whole with every problem named (line, date, reason).
 */
class CalendarFileTest {

    private static Map<Integer, YearFacts> parse(String text) {
        return CalendarFile.parse(new StringReader(text));
    }

    /** Parses {@code text} expecting a refusal and returns its message. */
    private static String refusal(String text) {
        Throwable thrown = catchThrowable(() -> parse(text));
        assertThat(thrown).as("the file should have been refused").isInstanceOf(DomainException.class);
        DomainException refused = (DomainException) thrown;
        assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID);
        assertThat(refused.getMessage()).startsWith("The calendar file is not valid: ");
        return refused.getMessage();
    }

    private static Set<LocalDate> days(String... isoDates) {
        Set<LocalDate> days = new TreeSet<>();
        for (String day : isoDates) {
            days.add(LocalDate.parse(day));
        }
        return days;
    }

    private static Set<LocalDate> range(String first, String last) {
        Set<LocalDate> days = new TreeSet<>();
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            days.add(day);
        }
        return days;
    }

    @SafeVarargs
    private static Set<LocalDate> union(Set<LocalDate>... sets) {
        Set<LocalDate> all = new TreeSet<>();
        for (Set<LocalDate> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    // ---- the shipped file

    @Test
    void theShippedFileParsesInto2025And2026() {
        Map<Integer, YearFacts> years = ShippedCalendar.years();

        assertThat(years).containsOnlyKeys(2025, 2026);
        assertThat(years.get(2025).problems()).isEmpty();
        assertThat(years.get(2026).problems()).isEmpty();
    }

    @Test
    void theShippedFileHoldsThe2025Notice() {
        YearFacts y2025 = ShippedCalendar.years().get(2025);

        // 国办发明电〔2024〕12号, transcribed from the notice (not from the file).
        assertThat(new TreeSet<>(y2025.holidays().keySet())).isEqualTo(union(
                days("2025-01-01"),
                range("2025-01-28", "2025-02-04"),
                range("2025-04-04", "2025-04-06"),
                range("2025-05-01", "2025-05-05"),
                range("2025-05-31", "2025-06-02"),
                range("2025-10-01", "2025-10-08")));
        assertThat(new TreeSet<>(y2025.makeUpWorkdays().keySet()))
                .isEqualTo(days("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"));
        assertThat(y2025.holidays()).hasSize(28);
        assertThat(y2025.holidays().get(LocalDate.parse("2025-01-29"))).contains("春节");
    }

    @Test
    void theShippedFileHoldsThe2026Notice() {
        YearFacts y2026 = ShippedCalendar.years().get(2026);

        assertThat(new TreeSet<>(y2026.holidays().keySet())).isEqualTo(union(
                range("2026-01-01", "2026-01-03"),
                range("2026-02-15", "2026-02-23"),
                range("2026-04-04", "2026-04-06"),
                range("2026-05-01", "2026-05-05"),
                range("2026-06-19", "2026-06-21"),
                range("2026-09-25", "2026-09-27"),
                range("2026-10-01", "2026-10-07")));
        assertThat(new TreeSet<>(y2026.makeUpWorkdays().keySet())).isEqualTo(
                days("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));
        assertThat(y2026.holidays()).hasSize(33);
    }

    // ---- what a valid file may look like

    @Test
    void commentsHeaderBlankLinesAndAMissingNameAreAccepted() {
        Map<Integer, YearFacts> years = parse("""
                # a comment
                date,kind,name

                2027-01-01,holiday,元旦 New Year, with a comma in the name
                  2027-01-02 , holiday
                2027-01-09,workday,调休
                """);

        assertThat(years).containsOnlyKeys(2027);
        YearFacts y2027 = years.get(2027);
        assertThat(y2027.holidays()).containsEntry(LocalDate.parse("2027-01-01"), "元旦 New Year, with a comma in the name")
                .containsEntry(LocalDate.parse("2027-01-02"), "");
        assertThat(y2027.makeUpWorkdays()).containsOnlyKeys(LocalDate.parse("2027-01-09"));
    }

    @Test
    void anEmptyFileMeansNoYears() {
        assertThat(parse("# nothing published yet\ndate,kind,name\n")).isEmpty();
    }

    // ---- refusals, each naming the problem

    @Test
    void aMakeUpDayOnAWeekdayIsRefused() {
        // 2025-03-03 is a Monday.
        String message = refusal("""
                date,kind,name
                2025-03-03,workday,not a weekend
                """);

        assertThat(message).contains("2025-03-03").contains("MONDAY").contains("must fall on a weekend");
    }

    @Test
    void aDateListedTwiceIsRefusedNamingBothLines() {
        String message = refusal("""
                date,kind,name
                2025-01-01,holiday,元旦
                2025-05-01,holiday,劳动节
                2025-01-01,holiday,again
                """);

        assertThat(message).contains("line 4: 2025-01-01 is already listed on line 2");
    }

    @Test
    void aDateListedAsHolidayAndAsMakeUpDayIsRefused() {
        // 2025-01-26 is a Sunday, so only the duplication is wrong.
        String message = refusal("""
                2025-01-26,workday,调休
                2025-01-26,holiday,contradiction
                """);

        assertThat(message).contains("line 2: 2025-01-26 is already listed on line 1");
    }

    @Test
    void aMalformedDateIsRefused() {
        String message = refusal("""
                date,kind,name
                2025-13-01,holiday,no month 13
                """);

        assertThat(message).contains("line 2").contains("'2025-13-01' is not a date (YYYY-MM-DD)");
    }

    @Test
    void aDateInAnotherFormatIsRefused() {
        assertThat(refusal("2025/10/01,holiday,slashes\n")).contains("line 1").contains("'2025/10/01' is not a date");
        assertThat(refusal("2025-02-30,holiday,no such day\n")).contains("'2025-02-30' is not a date");
    }

    @Test
    void anUnknownKindIsRefused() {
        String message = refusal("""
                date,kind,name
                2025-10-01,vacation,国庆节
                """);

        assertThat(message).contains("line 2: kind must be holiday or workday, not 'vacation'");
    }

    @Test
    void aLineWithoutKindIsRefused() {
        assertThat(refusal("date,kind,name\n2025-10-01\n")).contains("line 2: expected date,kind,name");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String message = refusal("""
                date,kind,name
                2025-01-01,holiday,ok
                2025-02-31,holiday,bad date
                2025-04-04,day-off,bad kind
                2025-04-07,workday,a Monday
                2025-01-01,holiday,twice
                """);

        assertThat(message)
                .contains("line 3: '2025-02-31' is not a date")
                .contains("line 4: kind must be holiday or workday, not 'day-off'")
                .contains("2025-04-07 is a MONDAY")
                .contains("line 6: 2025-01-01 is already listed on line 2");
    }

    @Test
    void aBadLineRefusesTheWholeFile() {
        assertThatThrownBy(() -> parse("""
                2025-01-01,holiday,good
                2025-10-01,holliday,typo
                """)).isInstanceOf(DomainException.class).hasMessageContaining("'holliday'");
    }

    // ---- a year's list (the administrator's upload) checked by YearFacts

    @Test
    void aYearsListWithADateOfAnotherYearIsRefused() {
        YearFacts facts = new YearFacts(2025,
                Map.of(LocalDate.parse("2026-01-01"), "元旦 filed under the wrong year"),
                Map.of(LocalDate.parse("2026-01-04"), "调休 filed under the wrong year"));

        assertThat(facts.problems()).containsExactlyInAnyOrder("2026-01-01 is not in 2025", "2026-01-04 is not in 2025");
    }

    @Test
    void aYearsListWithAWeekdayMakeUpDayIsRefused() {
        // 2026-02-13 is a Friday.
        YearFacts facts = new YearFacts(2026, Map.of(), Map.of(LocalDate.parse("2026-02-13"), "调休"));

        assertThat(facts.problems())
                .containsExactly("2026-02-13 is a FRIDAY: a make-up working day must fall on a weekend");
    }

    @Test
    void aYearsListNamingADayBothHolidayAndMakeUpDayIsRefused() {
        LocalDate sunday = LocalDate.parse("2026-01-04");
        YearFacts facts = new YearFacts(2026, Map.of(sunday, "holiday"), Map.of(sunday, "workday"));

        assertThat(facts.problems()).containsExactly("2026-01-04 is listed both as a holiday and as a make-up working day");
    }

    @Test
    void aCorrectYearsListHasNoProblems() {
        YearFacts facts = new YearFacts(2027,
                Map.of(LocalDate.parse("2027-01-01"), "元旦"),
                Map.of(LocalDate.parse("2027-02-06"), "调休 (a Saturday)"));

        assertThat(facts.problems()).isEmpty();
    }
}
