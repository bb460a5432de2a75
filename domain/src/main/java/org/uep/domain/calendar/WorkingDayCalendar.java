package org.uep.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chinese working-day arithmetic over the years whose official arrangement is known (deadlines.md, "Counting
 * rules"). The start day is never counted. A computation that touches a year without data does not guess
 * silently: it uses the weekends-only assumption for that year and says so ({@code provisional}, with the
 * missing years).
 */
public final class WorkingDayCalendar {

    private final Map<Integer, YearFacts> years;

    public WorkingDayCalendar(Map<Integer, YearFacts> years) {
        this.years = Map.copyOf(years);
    }

    /** A computed date, provisional when a year it crossed has no official data. */
    public record Result(LocalDate date, Set<Integer> missingYears) {
        public Result {
            missingYears = Set.copyOf(new TreeSet<>(missingYears));
        }

        public boolean provisional() {
            return !missingYears.isEmpty();
        }
    }

    /** A count of working days, provisional like {@link Result}. */
    public record Count(int workingDays, Set<Integer> missingYears) {
        public Count {
            missingYears = Set.copyOf(new TreeSet<>(missingYears));
        }

        public boolean provisional() {
            return !missingYears.isEmpty();
        }
    }

    public boolean knows(int year) {
        return years.containsKey(year);
    }

    public Optional<YearFacts> facts(int year) {
        return Optional.ofNullable(years.get(year));
    }

    /**
     * Whether the day is a working day, for a year whose arrangement is known. A year without data has no answer:
     * this refuses it ({@link #knows} first); the period computations answer it provisionally instead.
     */
    public boolean isWorkingDay(LocalDate day) {
        if (!knows(day.getYear())) {
            throw new IllegalArgumentException("No holiday data for " + day.getYear() + ": whether " + day
                    + " is a working day is not known");
        }
        return assumedWorkingDay(day);
    }

    /** The known arrangement, or weekends only for a year without data (callers note the year as missing). */
    private boolean assumedWorkingDay(LocalDate day) {
        YearFacts facts = years.get(day.getYear());
        if (facts != null) {
            if (facts.holidays().containsKey(day)) {
                return false;
            }
            if (facts.makeUpWorkdays().containsKey(day)) {
                return true;
            }
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The day {@code n} working days after {@code start} (the start day not counted); {@code n = 0} is the start. */
    public Result addWorkingDays(LocalDate start, int n) {
        requireNotNegative(n);
        Set<Integer> missing = new TreeSet<>();
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            note(day, missing);
            if (assumedWorkingDay(day)) {
                counted++;
            }
        }
        return new Result(day, missing);
    }

    /**
     * The end of a period of {@code n} natural days from {@code start} (start day not counted); a period that
     * would end on a rest day or holiday ends on the next working day.
     */
    public Result addNaturalDays(LocalDate start, int n) {
        requireNotNegative(n);
        Set<Integer> missing = new TreeSet<>();
        LocalDate day = start.plusDays(n);
        note(day, missing);
        while (!assumedWorkingDay(day)) {
            day = day.plusDays(1);
            note(day, missing);
        }
        return new Result(day, missing);
    }

    /** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after {@code from}. */
    public Count countWorkingDays(LocalDate from, LocalDate to) {
        Set<Integer> missing = new TreeSet<>();
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            note(day, missing);
            if (assumedWorkingDay(day)) {
                count++;
            }
        }
        return new Count(count, missing);
    }

    /**
     * The first day from which at most {@code n} working days remain until {@code due}, i.e. the earliest day
     * {@code d} with {@code countWorkingDays(d, due) <= n} ("due soon" from then on).
     */
    public Result lastWorkingDaysBefore(LocalDate due, int n) {
        requireNotNegative(n);
        Set<Integer> missing = new TreeSet<>();
        LocalDate day = due;
        int remaining = 0;
        while (true) {
            note(day, missing);
            int remainingFromDayBefore = remaining + (assumedWorkingDay(day) ? 1 : 0);
            if (remainingFromDayBefore > n) {
                return new Result(day, missing);
            }
            remaining = remainingFromDayBefore;
            day = day.minusDays(1);
        }
    }

    private void note(LocalDate day, Set<Integer> missing) {
        if (!years.containsKey(day.getYear())) {
            missing.add(day.getYear());
        }
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + n);
        }
    }
}
