package org.uep.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One year's official arrangement: days off (holidays, even on weekdays) and make-up working days (调休上班,
 * always a weekend day). Any other Saturday or Sunday is a rest day, any other weekday a working day.
 */
public record YearFacts(int year, Map<LocalDate, String> holidays, Map<LocalDate, String> makeUpWorkdays) {

    public YearFacts {
        holidays = Map.copyOf(holidays);
        makeUpWorkdays = Map.copyOf(makeUpWorkdays);
    }

    /** Every reason the year's list is not acceptable; empty when it is. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (LocalDate day : holidays.keySet()) {
            if (day.getYear() != year) {
                problems.add(day + " is not in " + year);
            }
            seen.add(day);
        }
        for (LocalDate day : makeUpWorkdays.keySet()) {
            if (day.getYear() != year) {
                problems.add(day + " is not in " + year);
            }
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                problems.add(day + " is a " + day.getDayOfWeek() + ": a make-up working day must fall on a weekend");
            }
            if (!seen.add(day)) {
                problems.add(day + " is listed both as a holiday and as a make-up working day");
            }
        }
        return problems;
    }
}
