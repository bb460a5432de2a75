package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uep.workers.testing.EngineRecords.await;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.KeycloakInitializer;
import org.uep.domain.testing.EmbeddedDatabase;
import org.uep.workers.testing.InJvmEngine;

/**
 * Commit first, then talk to the engine: the app starts with no engine listening, accepts a lead, and
 * once the engine comes up the outbox starts exactly one process instance for it.
 */
@SpringBootTest(classes = UepApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EngineUnavailableTest.OwnDatabase.class, KeycloakInitializer.class})
class EngineUnavailableTest {

    /** Other cached contexts run outbox dispatchers against the shared engine: keep their hands off this lead. */
    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of(EmbeddedDatabase.isolatedSpringProperties("engine_unavailable"))
                    .applyTo(context.getEnvironment());
        }
    }

    static final int ENGINE_PORT = freePort();
    static ZeebeTestEngine engine;

    @DynamicPropertySource
    static void engineNotYetThere(DynamicPropertyRegistry registry) {
        registry.add("camunda.client.grpc-address", () -> "http://localhost:" + ENGINE_PORT);
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aLeadPostedWhileTheEngineIsDownStartsExactlyOneProcessOnceItIsUp() {
        ApiClient officer = ApiClient.as(port, "officer.dinghai1");
        ApiClient.Response created = officer.post("/api/leads", """
                {"unitPath": "/zhoushan/dinghai/comprehensive", "source": "LINKAGE_110", "summary": "夜间施工噪声"}""");
        assertThat(created.status()).isEqualTo(201);
        long leadId = created.body().get("id").asLong();

        await("a failed start attempt on record", Duration.ofSeconds(30), () -> outbox(leadId).get("last_error") != null);
        Map<String, Object> pending = outbox(leadId);
        assertThat(((Number) pending.get("attempts")).intValue()).isPositive();
        assertThat(pending.get("done_at")).isNull();
        assertThat(pending.get("last_error")).asString().contains("Connection refused");
        assertThat(jdbc.queryForObject("select process_instance_key from lead where id = ?", Long.class, leadId)).isNull();

        engine = InJvmEngine.startOn(ENGINE_PORT);

        await("the process to start", Duration.ofSeconds(90), () -> jdbc.queryForObject(
                "select process_instance_key from lead where id = ?", Long.class, leadId) != null);
        await("the filing approval in the inbox", Duration.ofSeconds(30), () -> jdbc.queryForObject(
                "select count(*) from inbox_task where lead_id = ?", Long.class, leadId) == 1);
        Long key = jdbc.queryForObject("select process_instance_key from lead where id = ?", Long.class, leadId);
        List<Long> instances = InJvmEngine.instancesForLead(engine, leadId);
        assertThat(instances).containsExactly(key);
        assertThat(outbox(leadId).get("done_at")).isNotNull();
    }

    @AfterAll
    static void stopEngine() {
        if (engine != null) {
            engine.stop();
        }
    }

    private Map<String, Object> outbox(long leadId) {
        return jdbc.queryForMap("select attempts, last_error, done_at from engine_command where kind = 'START_PROCESS' and target_id = ?", leadId);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
