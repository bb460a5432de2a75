package org.uep.domain.penalty;

import java.time.LocalDate;
import java.util.List;
import org.uep.domain.DomainException;

/**
 * 加处罚款 (Art. 72(1)): 3 % of the fine for each natural day overdue, counted from the day after the payment due date
 * up to and including the day paid (or the day asked about), capped at the fine. Days inside an administrative review
 * or lawsuit do not count (Art. 73(3)).
 *
 * <p>Rounding: the total is computed exactly ({@code fine × 3 % × days}) and rounded once, half up, to the fen — no
 * per-day rounding that would add up. The 3 % and the cap are the statute's, not a local figure.
 *
 * @param daysAccrued overdue days that counted
 * @param amountFen the late fee in fen
 * @param capped whether the cap (the fine) was reached
 */
public record LateFee(int daysAccrued, long amountFen, boolean capped) {

    private static final int PERCENT_PER_DAY = 3;
    /** From this many days on the cap applies whatever the fine (34 × 3 % > 100 %); also keeps the product small. */
    private static final int DAYS_TO_CAP = (100 + PERCENT_PER_DAY - 1) / PERCENT_PER_DAY;

    /** A review or lawsuit, both days included: from the day it was filed to the day it ended (or today). */
    public record Pause(LocalDate from, LocalDate to) {
        public Pause {
            if (from == null || to == null || to.isBefore(from)) {
                throw DomainException.invalid("复议或诉讼期间须有起止日期且止日不早于起日。A review or lawsuit period needs a start "
                        + "and an end not before it; got " + from + " to " + to + ".");
            }
        }

        boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    public static LateFee compute(long fineFen, LocalDate dueDate, LocalDate paidOrAsOf, List<Pause> paused) {
        if (fineFen <= 0 || dueDate == null || paidOrAsOf == null) {
            throw DomainException.invalid("计算加处罚款须有大于零的罚款、缴款期限和缴款（或计算）日期。A late fee needs a fine above "
                    + "zero, the payment due date and the day paid or asked about.");
        }
        int days = 0;
        for (LocalDate day = dueDate.plusDays(1); !day.isAfter(paidOrAsOf); day = day.plusDays(1)) {
            LocalDate counted = day;
            if (paused.stream().noneMatch(pause -> pause.covers(counted))) {
                days++;
            }
        }
        if (days >= DAYS_TO_CAP) {
            return new LateFee(days, fineFen, true);
        }
        long hundredths = fineFen * PERCENT_PER_DAY * days;
        long fee = (hundredths + 50) / 100;
        return fee >= fineFen ? new LateFee(days, fineFen, true) : new LateFee(days, fee, false);
    }
}
