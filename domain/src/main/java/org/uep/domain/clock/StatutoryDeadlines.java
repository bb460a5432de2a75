package org.uep.domain.clock;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.uep.domain.calendar.CalendarService;

/**
 * The two clocks of the first penalty-case slice (deadlines.md), on the working-day calendar: lead.verify is
 * 15 working days, case.decide 90 natural days ending on a working day; the start day is not counted. A due
 * date in a year without official holiday data follows the calendar's weekends-only assumption (the clock
 * catalogue will mark such clocks provisional and re-arm them when the year is loaded).
 */
@Component
public class StatutoryDeadlines {

    static final int LEAD_VERIFY_WORKING_DAYS = 15;
    static final int CASE_DECIDE_NATURAL_DAYS = 90;

    private final CalendarService calendars;

    public StatutoryDeadlines(CalendarService calendars) {
        this.calendars = calendars;
    }

    /** lead.verify: 15 working days from receipt of the lead. */
    public Instant leadVerifyDue(Instant receivedAt) {
        return LegalTime.endOf(calendars.calendar().addWorkingDays(LegalTime.dayOf(receivedAt), LEAD_VERIFY_WORKING_DAYS).date());
    }

    /** case.decide: 90 natural days from filing (Art. 60); a period ending on a rest day ends on the next working day. */
    public Instant decisionDue(Instant filedAt) {
        return LegalTime.endOf(calendars.calendar().addNaturalDays(LegalTime.dayOf(filedAt), CASE_DECIDE_NATURAL_DAYS).date());
    }
}
