package org.uep.domain.execution;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.uep.domain.DomainException;

/**
 * What a payment report says: the payment reference (the collection system's, or the bank receipt's), the amount in
 * fen, when it was paid and through which channel (bank counter, online banking, 非税收入 e-payment…).
 */
public record PaymentDetails(String reference, long amountFen, Instant paidAt, String channel) {

    public PaymentDetails {
        if (reference == null || reference.isBlank() || channel == null || channel.isBlank() || paidAt == null) {
            throw DomainException.invalid("缴款须写明缴款凭证号、缴款时间和缴款渠道。A payment needs its reference, the time paid "
                    + "and the channel.");
        }
        if (amountFen <= 0) {
            throw DomainException.invalid("缴款金额须大于零。The amount must be above zero fen; got " + amountFen + ".");
        }
        reference = reference.strip();
        channel = channel.strip();
        // As PostgreSQL keeps it (microseconds): a repeated report compares equal to the stored one.
        paidAt = paidAt.truncatedTo(ChronoUnit.MICROS);
    }
}
