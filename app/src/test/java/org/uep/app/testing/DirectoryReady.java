package org.uep.app.testing;

import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.workers.testing.EngineRecords;

/** The app syncs its directory from Keycloak in the background after start-up: tests that need it wait for it. */
public final class DirectoryReady {

    private DirectoryReady() {}

    public static void await(JdbcTemplate jdbc) {
        EngineRecords.await("the directory sync from Keycloak", Duration.ofSeconds(60), () -> jdbc.queryForObject(
                "select count(*) from audit_event where stream = 'admin/directory'", Long.class) > 0);
    }
}
