package org.uep.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

/**
 * Properties of the working-day arithmetic over the shipped 2025–2026 calendar (jqwik, 1000 tries each).
 * Starts are drawn from 2025-01-01..2026-12-31; where a property needs the result inside the known years, starts
 * stop at 2026-09-30 (from there 60 working days still end in December 2026: October has 18 working days after
 * the holidays, November 21, December 23).
 */
class WorkingDayCalendarPropertiesTest {

    private static final LocalDate FIRST_KNOWN = LocalDate.of(2025, 1, 1);
    private static final LocalDate LAST_KNOWN = LocalDate.of(2026, 12, 31);
    private static final LocalDate LAST_START_STAYING_INSIDE = LocalDate.of(2026, 9, 30);

    private static final Map<Integer, YearFacts> YEARS = ShippedCalendar.years();
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(YEARS);

    @Provide
    Arbitrary<LocalDate> knownDates() {
        return Dates.dates().between(FIRST_KNOWN, LAST_KNOWN);
    }

    @Provide
    Arbitrary<LocalDate> startsStayingInside() {
        return Dates.dates().between(FIRST_KNOWN, LAST_START_STAYING_INSIDE);
    }

    @Provide
    Arbitrary<LocalDate> lastQuarterOf2026() {
        return Dates.dates().between(LocalDate.of(2026, 10, 1), LAST_KNOWN);
    }

    @Property
    void addingNWorkingDaysThenCountingBackGivesN(@ForAll("knownDates") LocalDate start, @ForAll @IntRange(min = 0, max = 60) int n) {
        LocalDate due = CALENDAR.addWorkingDays(start, n).date();

        assertThat(CALENDAR.countWorkingDays(start, due).workingDays()).isEqualTo(n);
    }

    @Property
    void theResultOfAddingWorkingDaysIsAWorkingDay(@ForAll("startsStayingInside") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate due = CALENDAR.addWorkingDays(start, n).date();

        assertThat(due).isAfter(start);
        assertThat(CALENDAR.isWorkingDay(due)).as("%s + %d working days = %s", start, n, due).isTrue();
    }

    @Property
    void theResultOfAddingWorkingDaysIsTheFirstDayReachingN(@ForAll("knownDates") LocalDate start, @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate due = CALENDAR.addWorkingDays(start, n).date();

        assertThat(CALENDAR.countWorkingDays(start, due.minusDays(1)).workingDays()).isEqualTo(n - 1);
    }

    @Property
    void addingZeroWorkingDaysReturnsTheStart(@ForAll("knownDates") LocalDate start) {
        assertThat(CALENDAR.addWorkingDays(start, 0).date()).isEqualTo(start);
    }

    @Property
    void aNaturalDayPeriodEndsOnTheFirstWorkingDayFromStartPlusN(@ForAll("startsStayingInside") LocalDate start, @ForAll @IntRange(min = 0, max = 60) int n) {
        LocalDate due = CALENDAR.addNaturalDays(start, n).date();
        LocalDate plain = start.plusDays(n);

        assertThat(due).isAfterOrEqualTo(plain);
        assertThat(CALENDAR.isWorkingDay(due)).as("%s + %d natural days = %s", start, n, due).isTrue();
        for (LocalDate skipped = plain; skipped.isBefore(due); skipped = skipped.plusDays(1)) {
            assertThat(CALENDAR.isWorkingDay(skipped)).as("%s was skipped, so it must be a rest day", skipped).isFalse();
        }
    }

    @Property
    void countingIsAdditive(@ForAll("knownDates") LocalDate a, @ForAll("knownDates") LocalDate b, @ForAll("knownDates") LocalDate c) {
        LocalDate[] d = java.util.stream.Stream.of(a, b, c).sorted().toArray(LocalDate[]::new);

        assertThat(CALENDAR.countWorkingDays(d[0], d[2]).workingDays())
                .isEqualTo(CALENDAR.countWorkingDays(d[0], d[1]).workingDays() + CALENDAR.countWorkingDays(d[1], d[2]).workingDays());
    }

    @Property
    void resultsInsideTheKnownYearsAreNotProvisional(@ForAll("startsStayingInside") LocalDate start, @ForAll @IntRange(min = 0, max = 60) int n) {
        WorkingDayCalendar.Result working = CALENDAR.addWorkingDays(start, n);
        WorkingDayCalendar.Result natural = CALENDAR.addNaturalDays(start, n);
        WorkingDayCalendar.Count count = CALENDAR.countWorkingDays(start, working.date());

        assertThat(working.date()).isBeforeOrEqualTo(LAST_KNOWN);
        assertThat(natural.date()).isBeforeOrEqualTo(LAST_KNOWN);
        assertThat(working.provisional()).isFalse();
        assertThat(working.missingYears()).isEmpty();
        assertThat(natural.provisional()).isFalse();
        assertThat(natural.missingYears()).isEmpty();
        assertThat(count.provisional()).isFalse();
        assertThat(count.missingYears()).isEmpty();
    }

    @Property
    void aResultReachingInto2027IsProvisionalAndNames2027(@ForAll("lastQuarterOf2026") LocalDate start, @ForAll @IntRange(min = 0, max = 60) int n) {
        WorkingDayCalendar.Result working = CALENDAR.addWorkingDays(start, n);
        WorkingDayCalendar.Result natural = CALENDAR.addNaturalDays(start, n);

        Set<Integer> expectedWorking = working.date().getYear() == 2027 ? Set.of(2027) : Set.of();
        assertThat(working.missingYears()).isEqualTo(expectedWorking);
        assertThat(working.provisional()).isEqualTo(!expectedWorking.isEmpty());
        Set<Integer> expectedNatural = natural.date().getYear() == 2027 ? Set.of(2027) : Set.of();
        assertThat(natural.missingYears()).isEqualTo(expectedNatural);
        assertThat(natural.provisional()).isEqualTo(!expectedNatural.isEmpty());
        assertThat(CALENDAR.countWorkingDays(start, start.plusDays(n)).provisional())
                .isEqualTo(start.plusDays(n).getYear() == 2027);
    }

    @Property
    void aDayIsWorkingExactlyAsThePublishedFactsSay(@ForAll("knownDates") LocalDate day) {
        YearFacts facts = YEARS.get(day.getYear());
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        boolean expected = facts.makeUpWorkdays().containsKey(day) || (!weekend && !facts.holidays().containsKey(day));

        assertThat(CALENDAR.isWorkingDay(day)).as("%s (%s)", day, day.getDayOfWeek()).isEqualTo(expected);
    }

    @Property
    void dueSoonStartsOnTheFirstDayWithAtMostNWorkingDaysLeft(@ForAll("startsStayingInside") LocalDate due,
                                                              @ForAll @IntRange(min = 0, max = 10) int n) {
        Assume.that(due.isAfter(FIRST_KNOWN.plusDays(30)));
        LocalDate from = CALENDAR.lastWorkingDaysBefore(due, n).date();

        assertThat(CALENDAR.countWorkingDays(from, due).workingDays()).isLessThanOrEqualTo(n);
        assertThat(CALENDAR.countWorkingDays(from.minusDays(1), due).workingDays()).isGreaterThan(n);
    }

    @Property(tries = 50)
    void whetherADayOfAYearWithoutDataIsWorkingIsNotGuessed(@ForAll("lastQuarterOf2026") LocalDate day) {
        LocalDate unknown = day.plusYears(1);

        assertThatThrownBy(() -> CALENDAR.isWorkingDay(unknown)).hasMessageContaining("No holiday data for 2027");
    }
}
