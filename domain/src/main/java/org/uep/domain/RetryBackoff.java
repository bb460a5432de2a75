package org.uep.domain;

import java.time.Duration;

/** Exponential back-off: {@code first}, doubled per earlier failure, capped at {@code max}. */
public record RetryBackoff(Duration first, Duration max) {

    public Duration after(long earlierFailures) {
        Duration backoff = first.multipliedBy(1L << Math.min(earlierFailures, 16));
        return backoff.compareTo(max) > 0 ? max : backoff;
    }
}
