package org.uep.domain.execution;

import java.time.LocalDate;
import org.uep.domain.DomainException;

/** One due amount of the payment schedule: the whole fine by one day, or one part of an instalment plan. */
public record Instalment(LocalDate dueDay, long amountFen) {

    public Instalment {
        if (dueDay == null || amountFen <= 0) {
            throw DomainException.invalid("每期须写明缴款期限和大于零的金额。An instalment needs its due day and an amount above "
                    + "zero fen.");
        }
    }
}
