package org.uep.domain.party;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid identifiers no other test uses (tests share one database). The check characters come from the code under
 * test, whose arithmetic {@link PartyIdentifiersTest} verifies against hand-worked examples.
 */
public final class FreshIdentifiers {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000);

    private FreshIdentifiers() {}

    /** A 定海区 resident born between 1960 and 2009. */
    public static String residentId() {
        long n = NEXT.incrementAndGet();
        String first17 = "330902" + LocalDate.of(1960, 1, 1).plusDays(n / 1000 % 18_000).toString().replace("-", "")
                + String.format("%03d", n % 1000);
        return first17 + PartyIdentifiers.residentIdCheck(first17);
    }

    /** An enterprise registered in 定海区. */
    public static String uscc() {
        String organisationBody = String.format("MA%06d", NEXT.incrementAndGet() % 1_000_000);
        String first17 = "91330902" + organisationBody + PartyIdentifiers.organisationCodeCheck(organisationBody);
        return first17 + PartyIdentifiers.usccCheck(first17);
    }
}
