package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.cases.CaseService;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.lead.NewLead;
import org.uep.domain.penalty.PenaltyProceedings;

/** The deferral application and the revocation through the API with real Keycloak tokens: 201, refusals, outsiders. */
@UepIntegrationTest
class ExecutionStageApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired PenaltyProceedings proceedings;
    @Autowired ExecutionService executions;
    @Autowired LeadService leads;
    @Autowired CaseService cases;

    /**
     * A case filed through the domain once the engine registered its lead, as the filing worker would:
     * {@link Scenarios#filedCase} waits for the filing approval, which the model now reaches only after the lead
     * verification, a form UEP cannot complete yet.
     */
    private Scenarios.Filed filedCase(String summary) throws InterruptedException {
        Caller officer = new Caller("officer.dinghai1", "officer.dinghai1", List.of(Scenarios.DINGHAI), Set.of("officer"),
                Credentials.NONE);
        long lead = leads.receive(new NewLead(Scenarios.DINGHAI, "INSPECTION", summary, null, null, null), officer).getId();
        Instant giveUp = Instant.now().plusSeconds(60);
        while (leads.get(lead).getStatus() != Lead.Status.REGISTERED) {
            assertThat(Instant.now()).as("the engine registers lead " + lead).isBefore(giveUp);
            Thread.sleep(200);
        }
        return new Scenarios.Filed(lead, cases.file(lead).getId());
    }

    @Test
    void anOfficerRecordsTheDeferralApplicationAndTheCaseIsToldOnce() throws InterruptedException {
        DirectoryReady.await(jdbc);
        Scenarios.Filed filed = filedCase("延期缴纳 deferral");
        Scenarios.servedFine(proceedings, executions, filed);
        Instant appliedAt = Instant.now();
        String path = "/api/cases/" + filed.caseId() + "/payments/deferral";
        String deferral = """
                {"newDueDay": "%s", "appliedAt": "%s"}""".formatted(LegalTime.dayOf(appliedAt).plusDays(40), appliedAt);

        assertThat(ApiClient.as(port, "officer.huannan").post(path, deferral).status()).as("outsider").isEqualTo(404);
        assertThat(ApiClient.as(port, "reviewer.dinghai").post(path, deferral).status()).as("not enforcement staff")
                .isEqualTo(403);
        ApiClient officer = ApiClient.as(port, "officer.dinghai1");
        ApiClient.Response both = officer.post(path, """
                {"newDueDay": "%s", "instalments": [{"dueDay": "%s", "amountFen": 20000}], "appliedAt": "%s"}"""
                .formatted(LegalTime.dayOf(appliedAt).plusDays(40), LegalTime.dayOf(appliedAt).plusDays(40), appliedAt));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.contentType()).startsWith("application/problem+json");

        ApiClient.Response applied = officer.post(path, deferral);
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(201);
        assertThat(applied.body().get("status").asText()).isEqualTo("APPLIED");
        assertThat(officer.post(path, deferral).body().get("id")).as("the same application again")
                .isEqualTo(applied.body().get("id"));
        assertThat(officer.post(path, """
                {"newDueDay": "%s", "appliedAt": "%s"}""".formatted(LegalTime.dayOf(appliedAt).plusDays(41), appliedAt)).status())
                .as("another while one awaits the head")
                .isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from engine_command where kind = 'DEFERRAL_REQUESTED' and target_id = ?",
                Long.class, applied.body().get("id").asLong())).isEqualTo(1);
    }

    @Test
    void theHeadRecordsTheRevocationOnce() throws InterruptedException {
        DirectoryReady.await(jdbc);
        Scenarios.Filed filed = filedCase("撤销 revocation");
        Scenarios.servedFine(proceedings, executions, filed);
        String path = "/api/cases/" + filed.caseId() + "/revocation";
        String revocation = """
                {"revokedAt": "%s", "revokedBy": "舟山市定海区人民政府", "reason": "行政复议决定撤销"}""".formatted(Instant.now());

        assertThat(ApiClient.as(port, "head.dinghai.env").post(path, revocation).status()).as("outsider").isEqualTo(404);
        assertThat(ApiClient.as(port, "officer.dinghai1").post(path, revocation).status()).as("not the head").isEqualTo(403);
        ApiClient head = ApiClient.as(port, "head.dinghai");
        assertThat(head.post(path, revocation.replace("行政复议决定撤销", "")).status()).as("no reason").isEqualTo(400);

        ApiClient.Response revoked = head.post(path, revocation);
        assertThat(revoked.status()).as(revoked.body().toString()).isEqualTo(201);
        assertThat(revoked.body().get("recordedBy").asText()).isEqualTo("head.dinghai");
        assertThat(head.post(path, revocation).body()).as("the same revocation again").isEqualTo(revoked.body());
        assertThat(head.post(path, revocation.replace("舟山市定海区人民政府", "舟山市定海区人民法院")).status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select count(*) from engine_command where kind = 'DECISION_REVOKED' and target_id = ?",
                Long.class, revoked.body().get("id").asLong())).isEqualTo(1);
        ApiClient.Response publication = head.get("/api/cases/" + filed.caseId() + "/publication");
        assertThat(publication.status()).isEqualTo(200);
        assertThat(publication.body().get("status").asText()).as("a summary decision is not published").isEqualTo("NOT_REQUIRED");
        assertThat(publication.body().get("revocation").get("revokedBy").asText()).isEqualTo("舟山市定海区人民政府");
        assertThat(ApiClient.as(port, "officer.huannan").get("/api/cases/" + filed.caseId() + "/publication").status())
                .isEqualTo(404);
    }
}
