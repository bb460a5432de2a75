package org.uep.domain.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.lead.Lead;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * Notifications against PostgreSQL: due soon and overdue told once each, to the one who holds the task or to its group;
 * and every notification handed to the configured webhook — a real HTTP server in this JVM — after commit.
 */
@DomainTest
class NotificationsTest {

    private static final HttpServer GATEWAY = gateway();
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void webhook(DynamicPropertyRegistry properties) {
        properties.add("uep.notifications.webhook.url",
                () -> "http://localhost:" + GATEWAY.getAddress().getPort() + "/notifications");
    }

    @AfterAll
    static void stopGateway() {
        GATEWAY.stop(0);
    }

    @Autowired Notifications notifications;
    @Autowired InboxService inbox;
    @Autowired Dossiers dossiers;

    private final Caller officer1 = Callers.officer("officer.dinghai1");
    private final Caller officer2 = Callers.officer("officer.dinghai2");

    @Test
    void dueSoonAndOverdueAreToldOnceToTheHolderOrTheGroup() throws Exception {
        dossiers.knownOfficer("officer.dinghai2", LocalDate.of(2030, 12, 31));
        Lead lead = dossiers.registeredLead();
        InboxTask overdue = open(lead, Instant.now().minus(Duration.ofHours(1)));
        InboxTask soonThenOverdue = open(lead, Instant.now().plus(Duration.ofSeconds(2)));
        InboxTask later = open(lead, Instant.now().plus(Duration.ofDays(20)));
        inbox.claim(soonThenOverdue.getId(), officer1);

        notifications.remindDue();
        notifications.remindDue();
        assertThat(kinds(officer2, overdue)).as("unclaimed: its group").containsExactly("NEW_TASK", "OVERDUE");
        assertThat(kinds(officer1, soonThenOverdue)).as("claimed: its holder").containsExactly("DUE_SOON");
        assertThat(kinds(officer2, soonThenOverdue)).containsExactly("NEW_TASK");
        assertThat(kinds(officer2, later)).containsExactly("NEW_TASK");

        Thread.sleep(2_100);
        notifications.remindDue();
        assertThat(kinds(officer1, soonThenOverdue)).containsExactlyInAnyOrder("DUE_SOON", "OVERDUE");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> RECEIVED.stream().anyMatch(body ->
                body.contains("\"kind\":\"OVERDUE\"") && body.contains("\"taskId\":" + soonThenOverdue.getId())
                        && body.contains("\"recipient\":\"officer.dinghai1\"")));
        assertThat(RECEIVED).anyMatch(body -> body.contains("\"kind\":\"NEW_TASK\"")
                && body.contains("\"taskId\":" + later.getId()));
    }

    private List<String> kinds(Caller caller, InboxTask task) {
        return notifications.of(caller).stream().filter(n -> n.taskId() == task.getId()).map(n -> n.kind().name())
                .sorted().toList();
    }

    private InboxTask open(Lead lead, Instant dueAt) {
        long jobKey = Dossiers.nextKey();
        inbox.open(new TaskOpening(jobKey, lead.getProcessInstanceKey(), PenaltyCaseProcess.PROCESS_ID,
                Elements.VERIFY_LEAD, "核查线索", Forms.LEAD_VERIFICATION, List.of("officer@" + Callers.DINGHAI), List.of(),
                dueAt, lead.getId(), null));
        return inbox.tasksOfLead(lead.getId()).stream().filter(t -> t.getJobKey() == jobKey).findFirst().orElseThrow();
    }

    private static HttpServer gateway() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/notifications", exchange -> {
                RECEIVED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
