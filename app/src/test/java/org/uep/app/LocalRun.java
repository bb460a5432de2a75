package org.uep.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.uep.app.testing.KeycloakServer;
import org.uep.app.testing.KeycloakTokens;
import org.uep.domain.testing.EmbeddedDatabase;
import org.uep.workers.testing.InJvmEngine;

/**
 * The local run (README command 1): the in-JVM Zeebe engine on :26500, embedded PostgreSQL (unless
 * UEP_DB_URL names a database), a real Keycloak from its Maven Central distribution on :8180 with the
 * demo realm, then the app on :8080. Lives on the test classpath: the engine is licensed for
 * non-production use only and never enters the production jar. Ctrl-C stops everything it started.
 *
 * <p>The engine keeps its state in memory, so the embedded database is fresh on every start too: a
 * dossier never outlives its process.
 */
public final class LocalRun {

    static final int ENGINE_PORT = 26500;

    private LocalRun() {}

    public static void main(String[] args) throws IOException {
        Map<String, Object> properties = new LinkedHashMap<>();
        String configuredDb = System.getenv("UEP_DB_URL");
        if (configuredDb == null) {
            properties.putAll(EmbeddedDatabase.springProperties());
        }
        KeycloakServer keycloak = KeycloakServer.shared(KeycloakServer.LOCAL_PORT);
        properties.put("uep.keycloak.url", keycloak.baseUrl());
        ZeebeTestEngine engine = InJvmEngine.startOn(ENGINE_PORT);
        properties.put("camunda.client.grpc-address", "http://localhost:" + ENGINE_PORT);

        SpringApplication application = new SpringApplication(UepApplication.class);
        // Above application.yml, below command-line arguments and environment-specific overrides given as args.
        application.addInitializers(context -> context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("uep-local-run", properties)));
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            // The engine's threads would keep the JVM alive: exit so the shutdown hooks stop Keycloak and PostgreSQL.
            e.printStackTrace();
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            engine.stop();
        }, "uep-local-stop"));

        String port = context.getEnvironment().getProperty("local.server.port", "8080");
        System.out.println(banner(port, keycloak, configuredDb == null
                ? "embedded PostgreSQL (fresh each start) at " + properties.get("spring.datasource.url")
                : configuredDb));
    }

    private static String banner(String port, KeycloakServer keycloak, String database) throws IOException {
        StringBuilder out = new StringBuilder("""

                ==============================================================================
                 UEP 统一执法平台 — local run (demo data; not for production)
                   Console        http://localhost:%s/  (log in as a demo user below)
                   API            http://localhost:%s/api
                   OpenAPI        http://localhost:%s/v3/api-docs  (UI: /swagger-ui.html)
                   Health         http://localhost:%s/actuator/health
                   Keycloak       %s  (admin console: %s / %s)
                   Zeebe gateway  localhost:%d (in-JVM test engine, gRPC)
                   Database       %s
                   Token          curl -s -d grant_type=password -d client_id=%s -d username=head.dinghai \\
                                    -d password=%s %s
                 Demo users (password "%s"):
                """.formatted(port, port, port, port, keycloak.baseUrl(), KeycloakServer.ADMIN_USERNAME,
                KeycloakServer.ADMIN_PASSWORD, ENGINE_PORT, database, KeycloakTokens.CLIENT_ID,
                KeycloakTokens.DEMO_PASSWORD, keycloak.tokenUri(), KeycloakTokens.DEMO_PASSWORD));
        try (InputStream realm = LocalRun.class.getClassLoader().getResourceAsStream("keycloak/uep-realm.json")) {
            for (JsonNode user : new ObjectMapper().readTree(realm).path("users")) {
                if (user.has("serviceAccountClientId")) {
                    continue;
                }
                out.append(String.format("   %-20s %-32s %s%n", user.path("username").asText(),
                        rolesOf(user), user.path("groups")));
            }
        }
        return out.append(" Ctrl-C stops the app, the engine, Keycloak and the embedded database.\n")
                .append("==============================================================================\n")
                .toString();
    }

    private static String rolesOf(JsonNode user) {
        StringBuilder roles = new StringBuilder();
        for (JsonNode role : user.path("realmRoles")) {
            if (!role.asText().startsWith("default-roles")) {
                roles.append(roles.isEmpty() ? "" : ",").append(role.asText());
            }
        }
        return roles.toString();
    }
}
