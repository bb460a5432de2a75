package org.uep.domain.clock;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The two clocks of the first penalty-case slice (deadlines.md). Provisional arithmetic until the
 * working-day calendar lands (issue "Statutory clocks"): working days skip weekends only, holidays and
 * make-up working days are not yet known here; the start day is not counted.
 */
@Component
public class StatutoryDeadlines {

    static final int LEAD_VERIFY_WORKING_DAYS = 15;
    static final int CASE_DECIDE_NATURAL_DAYS = 90;

    /** lead.verify: 15 working days from receipt of the lead. */
    public Instant leadVerifyDue(Instant receivedAt) {
        LocalDate day = LegalTime.dayOf(receivedAt);
        int counted = 0;
        while (counted < LEAD_VERIFY_WORKING_DAYS) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return LegalTime.endOf(day);
    }

    /** case.decide: 90 natural days from filing (Art. 60); a period ending on a weekend ends on the next Monday. */
    public Instant decisionDue(Instant filedAt) {
        LocalDate day = LegalTime.dayOf(filedAt).plusDays(CASE_DECIDE_NATURAL_DAYS);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return LegalTime.endOf(day);
    }
}
