package org.uep.domain.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A domain clock a test controls: subclasses say what the instant is; every zone view follows it. */
public abstract class TestClock extends Clock {

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        TestClock controlled = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return controlled.withZone(other);
            }

            @Override
            public Instant instant() {
                return controlled.instant();
            }
        };
    }
}
