package org.uep.domain.penalty;

import java.util.Locale;

/** Amounts are fen (long), never floating point; this only writes them for people. */
public final class Money {

    private Money() {}

    /** {@code 300000} → {@code ¥3,000}; {@code 150} → {@code ¥1.50}. */
    public static String yuan(long fen) {
        String whole = String.format(Locale.ROOT, "¥%,d", fen / 100);
        return fen % 100 == 0 ? whole : whole + String.format(Locale.ROOT, ".%02d", fen % 100);
    }
}
