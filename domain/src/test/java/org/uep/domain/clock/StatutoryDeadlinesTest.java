package org.uep.domain.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainTest;

/** The penalty case's clocks on the calendar seeded from the shipped holiday file (worked out by hand). */
@DomainTest
class StatutoryDeadlinesTest {

    @Autowired StatutoryDeadlines deadlines;

    private static Instant shanghai(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "+08:00[Asia/Shanghai]").toInstant();
    }

    @Test
    void decisionIsDueAtTheEndOfTheNinetiethDayMovedPastRestDays() {
        // Filed Mon 2026-03-02 23:30 Shanghai (still 03-02 in UTC too): day 90 = Sun 2026-05-31 → Mon 06-01.
        assertThat(deadlines.decisionDue(shanghai("2026-03-02T23:30:00"))).isEqualTo(shanghai("2026-06-02T00:00:00"));
        // Filed Wed 2026-01-07 00:30 Shanghai (06 Jan in UTC): day 90 = Tue 2026-04-07, a working day.
        assertThat(deadlines.decisionDue(shanghai("2026-01-07T00:30:00"))).isEqualTo(shanghai("2026-04-08T00:00:00"));
        // Filed Thu 2025-07-03: day 90 = Wed 2025-10-01, National Day; 10-01..10-08 are off → Thu 10-09.
        assertThat(deadlines.decisionDue(shanghai("2025-07-03T10:00:00"))).isEqualTo(shanghai("2025-10-10T00:00:00"));
    }

    @Test
    void leadVerificationCountsFifteenWorkingDaysAcrossHolidaysAndMakeUpDays() {
        // Received Fri 2025-09-19. Working days: 09-22..26 (5), Sun 09-28 调休 (6), 09-29, 09-30 (8),
        // 10-01..08 off, 10-09, 10-10 (10), Sat 10-11 调休 (11), 10-13..16 (15) → Thu 2025-10-16.
        assertThat(deadlines.leadVerifyDue(shanghai("2025-09-19T10:00:00"))).isEqualTo(shanghai("2025-10-17T00:00:00"));
        // Received Fri 2026-11-27: 15 weekdays later is Fri 2026-12-18 (no holidays in between).
        assertThat(deadlines.leadVerifyDue(shanghai("2026-11-27T10:00:00"))).isEqualTo(shanghai("2026-12-19T00:00:00"));
    }
}
