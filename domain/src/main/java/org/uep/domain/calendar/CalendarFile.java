package org.uep.domain.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.uep.domain.DomainException;

/**
 * The calendar's file form, as published facts are kept: {@code date,kind,name} lines, kind {@code holiday} or
 * {@code workday} (a make-up working day), {@code #} comment lines and an optional header. Refuses malformed
 * lines and a date listed twice, naming the line.
 */
public final class CalendarFile {

    private CalendarFile() {}

    /** Parses the file into one {@link YearFacts} per year it mentions. */
    public static Map<Integer, YearFacts> parse(Reader source) {
        Map<Integer, Map<LocalDate, String>> holidays = new TreeMap<>();
        Map<Integer, Map<LocalDate, String>> workdays = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(source)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#") || text.startsWith("date,")) {
                    continue;
                }
                String[] fields = text.split(",", 3);
                if (fields.length < 2) {
                    problems.add("line " + number + ": expected date,kind,name");
                    continue;
                }
                LocalDate day;
                try {
                    day = LocalDate.parse(fields[0].strip());
                } catch (DateTimeParseException e) {
                    problems.add("line " + number + ": '" + fields[0] + "' is not a date (YYYY-MM-DD)");
                    continue;
                }
                Integer earlier = lineOf.putIfAbsent(day, number);
                if (earlier != null) {
                    problems.add("line " + number + ": " + day + " is already listed on line " + earlier);
                    continue;
                }
                String name = fields.length > 2 ? fields[2].strip() : "";
                switch (fields[1].strip()) {
                    case "holiday" -> holidays.computeIfAbsent(day.getYear(), y -> new HashMap<>()).put(day, name);
                    case "workday" -> workdays.computeIfAbsent(day.getYear(), y -> new HashMap<>()).put(day, name);
                    default -> problems.add("line " + number + ": kind must be holiday or workday, not '" + fields[1] + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Integer, YearFacts> years = new TreeMap<>();
        for (Integer year : union(holidays, workdays)) {
            YearFacts facts = new YearFacts(year, holidays.getOrDefault(year, Map.of()), workdays.getOrDefault(year, Map.of()));
            facts.problems().forEach(problems::add);
            years.put(year, facts);
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid("The calendar file is not valid: " + String.join("; ", problems));
        }
        return years;
    }

    private static List<Integer> union(Map<Integer, ?> a, Map<Integer, ?> b) {
        TreeMap<Integer, Boolean> all = new TreeMap<>();
        a.keySet().forEach(y -> all.put(y, true));
        b.keySet().forEach(y -> all.put(y, true));
        return new ArrayList<>(all.keySet());
    }
}
