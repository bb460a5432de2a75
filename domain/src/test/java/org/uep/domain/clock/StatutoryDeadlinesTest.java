package org.uep.domain.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class StatutoryDeadlinesTest {

    private final StatutoryDeadlines deadlines = new StatutoryDeadlines();

    private static Instant shanghai(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
    }

    @Test
    void decisionIsDueAtTheEndOfTheNinetiethDayAfterFilingInShanghai() {
        // Filed Mon 2026-03-02 at 23:30 Shanghai (15:30 UTC the same day); day 90 = Sun 2026-05-31 → Mon 06-01.
        assertThat(deadlines.decisionDue(shanghai("2026-03-02T23:30:00")))
                .isEqualTo(shanghai("2026-06-02T00:00:00"));
        // Filed Wed 2026-01-07 00:30 Shanghai (still 01-06 in UTC): day 90 = Tue 2026-04-07.
        assertThat(deadlines.decisionDue(shanghai("2026-01-07T00:30:00")))
                .isEqualTo(shanghai("2026-04-08T00:00:00"));
    }

    @Test
    void leadVerificationCountsFifteenWeekdaysNotCountingTheDayOfReceipt() {
        // Received Fri 2026-11-27: 15 weekdays later is Fri 2026-12-18.
        assertThat(deadlines.leadVerifyDue(shanghai("2026-11-27T10:00:00")))
                .isEqualTo(shanghai("2026-12-19T00:00:00"));
    }
}
