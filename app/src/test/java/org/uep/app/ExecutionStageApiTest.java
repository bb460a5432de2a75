package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.testing.MovableClock;

/** The deferral application and the revocation through the API with real Keycloak tokens: 201, refusals, outsiders. */
@UepIntegrationTest
class ExecutionStageApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;
    @Autowired PenaltyProceedings proceedings;
    @Autowired ExecutionService executions;

    private Scenarios.Filed filedCase(String summary) {
        return Scenarios.filedCase(port, summary);
    }

    @Test
    void anOfficerRecordsTheDeferralApplicationAndTheCaseIsToldOnce() throws InterruptedException {
        DirectoryReady.await(jdbc);
        Scenarios.Filed filed = filedCase("延期缴纳 deferral");
        Scenarios.servedFine(proceedings, executions, filed);
        Instant appliedAt = clock.instant();
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
                {"revokedAt": "%s", "revokedBy": "舟山市定海区人民政府", "reason": "行政复议决定撤销"}""".formatted(clock.instant());

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
