package org.uep.domain.clock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;

/** Legal dates are days in Asia/Shanghai; instants are stored in UTC. */
public final class LegalTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LegalTime() {}

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** A period that ends on {@code day} runs out at the end of that day, i.e. the next midnight in Shanghai. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /**
     * The form BPMN timers and due dates take: an ISO-8601 date-time with the Shanghai offset and always with
     * seconds ({@code 2026-03-02T00:00:00+08:00}), so equal instants give equal strings (processes compare them).
     */
    public static String forEngine(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
