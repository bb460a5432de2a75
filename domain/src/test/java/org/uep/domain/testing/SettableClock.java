package org.uep.domain.testing;

import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * A domain clock set to absolute Shanghai times, so windows are computed over the shipped calendar whatever today is
 * (the offset-based MovableClock would drift into years without holiday data).
 */
public final class SettableClock extends TestClock {

    private volatile Instant now = shanghai("2026-04-20T09:00:00");

    public static Instant shanghai(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
    }

    /** Sets the time and returns it. */
    public Instant set(String shanghaiLocalDateTime) {
        now = shanghai(shanghaiLocalDateTime);
        return now;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
