package org.uep.domain.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The calendar file shipped with UEP (classpath {@value #RESOURCE}), parsed as the application parses it. */
final class ShippedCalendar {

    static final String RESOURCE = "calendar/holidays-2025-2026.csv";

    private ShippedCalendar() {}

    static Map<Integer, YearFacts> years() {
        InputStream in = ShippedCalendar.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the shipped calendar " + RESOURCE + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CalendarFile.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(years());
    }
}
