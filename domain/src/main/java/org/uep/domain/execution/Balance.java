package org.uep.domain.execution;

import java.time.LocalDate;
import java.util.List;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.penalty.LateFee;

/**
 * What is owed as of a day. Payments (in the order paid) cover the fine's instalments in the order they fall due, then
 * the late fee. Each instalment accrues its own late fee ({@link LateFee}: 3 %/day from the day after it fell due, review
 * and lawsuit days excluded, capped at the instalment) until the day payments covered it, so the total stays capped at
 * the fine. Without an approved plan the schedule is the whole fine by the fine.pay due day.
 *
 * @param fineFen        the fine
 * @param paidFen        payments made up to the day
 * @param lateFeeFen     the late fee accrued up to the day
 * @param outstandingFen what is still to pay: fine + late fee − paid, never below zero
 */
public record Balance(long fineFen, long paidFen, long lateFeeFen, long outstandingFen) {

    public boolean settled() {
        return outstandingFen == 0;
    }

    /** {@code payments} in the order paid; those after {@code asOf} do not count. */
    static Balance asOf(LocalDate asOf, List<Instalment> schedule, List<Payment> payments, List<LateFee.Pause> pauses) {
        List<Payment> counted = payments.stream().filter(p -> !LegalTime.dayOf(p.getPaidAt()).isAfter(asOf)).toList();
        long fine = 0;
        long lateFee = 0;
        for (Instalment instalment : schedule) {
            fine += instalment.amountFen();
            LocalDate coveredOn = coveredOn(fine, counted, asOf);
            lateFee += LateFee.compute(instalment.amountFen(), instalment.dueDay(), coveredOn, pauses).amountFen();
        }
        long paid = counted.stream().mapToLong(Payment::getAmountFen).sum();
        return new Balance(fine, paid, lateFee, Math.max(0, fine + lateFee - paid));
    }

    /** The day payments first added up to {@code cumulativeFen}, or {@code asOf} if they have not yet. */
    private static LocalDate coveredOn(long cumulativeFen, List<Payment> payments, LocalDate asOf) {
        long paid = 0;
        for (Payment payment : payments) {
            paid += payment.getAmountFen();
            if (paid >= cumulativeFen) {
                return LegalTime.dayOf(payment.getPaidAt());
            }
        }
        return asOf;
    }
}
