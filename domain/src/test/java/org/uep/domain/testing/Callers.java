package org.uep.domain.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;

/** Callers shaped like the demo users of the realm, for domain tests that need no token. */
public final class Callers {

    public static final String DINGHAI = "/zhoushan/dinghai/comprehensive";

    private Callers() {}

    public static Caller officer(String username) {
        return new Caller(username, username, List.of(DINGHAI), Set.of("officer"), Credentials.certificate("ZJ-" + username,
                LocalDate.of(2030, 12, 31)));
    }

    public static Caller head(String username) {
        return new Caller(username, username, List.of(DINGHAI), Set.of("head"), Credentials.certificate("ZJ-" + username,
                LocalDate.of(2030, 12, 31)));
    }

    public static Caller outsider(String username) {
        return new Caller(username, username, List.of("/zhoushan/dinghai/huannan"), Set.of("officer", "head"),
                Credentials.certificate("ZJ-" + username, LocalDate.of(2030, 12, 31)));
    }
}
