package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.testing.MovableClock;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.CaseSteps;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;

/**
 * Who sees and does what, with tokens from the real Keycloak: department and county boundaries, the
 * supervisor's read-only region, administrators, separation of duties, certificates, the directory sync.
 */
@UepIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;

    long caseId;
    long leadId;

    @BeforeAll
    void aCaseFiledInDinghai() {
        DirectoryReady.await(jdbc);
        Scenarios.Filed filed = Scenarios.filedCase(port, "违规排污 illegal discharge");
        leadId = filed.leadId();
        caseId = filed.caseId();
    }

    @BeforeEach
    void directoryReady() {
        DirectoryReady.await(jdbc);
    }

    @Test
    void caseWorkersSeeTheirOwnUnitsCasesOnlyAndSupervisorsReadTheirRegion() {
        assertThat(caseIds("officer.dinghai1")).contains(caseId);
        assertThat(caseIds("head.dinghai")).contains(caseId);
        assertThat(caseIds("supervisor.justice")).as("city justice bureau: the whole city").contains(caseId);
        assertThat(caseIds("supervisor.dinghai")).as("Dinghai justice bureau: Dinghai").contains(caseId);
        for (String outsider : List.of("officer.putuo.market", "officer.dinghai.env", "officer.huannan", "head.city",
                "police.dinghai", "prosecutor.city", "sysadmin", "secadmin", "auditadmin", "coordinator.city")) {
            assertThat(caseIds(outsider)).as(outsider + " lists").doesNotContain(caseId);
            assertThat(ApiClient.as(port, outsider).get("/api/cases/" + caseId).status()).as(outsider + " reads").isEqualTo(404);
        }
        assertThat(ApiClient.as(port, "supervisor.justice").get("/api/cases/" + caseId).status()).isEqualTo(200);
    }

    @Test
    void aSupervisorChangesNothing() {
        ApiClient supervisor = ApiClient.as(port, "supervisor.justice");
        assertThat(supervisor.post("/api/leads", """
                {"unitPath": "/zhoushan/justice-bureau", "source": "SUPERVISION", "summary": "x"}""").status()).isEqualTo(403);
        long investigation = ApiClient.as(port, "officer.dinghai1").awaitTask(leadId, Elements.INVESTIGATE).get("id").asLong();
        assertThat(supervisor.post("/api/tasks/" + investigation + "/claim", "").status()).isEqualTo(404);
    }

    @Test
    void anOfficerWithAnExpiredCertificateCannotRecordAnInvestigationNorNameOne() {
        ApiClient expired = ApiClient.as(port, "officer.expired");
        long lead = Scenarios.filedCase(port, "证照过期测试").leadId();
        long task = expired.awaitTask(lead, Elements.INVESTIGATE).get("id").asLong();
        assertThat(expired.post("/api/tasks/" + task + "/claim", "").status()).isEqualTo(200);

        ApiClient.Response refused = expired.post("/api/tasks/" + task + "/complete", """
                {"findings": "x", "officers": ["officer.expired", "officer.dinghai2"]}""");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("detail").asText()).contains("certificate valid today");
    }

    @Test
    void whoInvestigatedCannotApproveTheDecision() {
        ApiClient deputy = ApiClient.as(port, "deputy.dinghai");
        CaseSteps steps = new CaseSteps(port, clock);
        long lead = steps.filedLead("职责分离测试");
        deputy.claimAndComplete(deputy.awaitTask(lead, Elements.INVESTIGATE), """
                {"findings": "属实", "officers": ["deputy.dinghai", "officer.dinghai2"]}""");
        steps.reviewInvestigation(lead, "PENALTY", null);
        steps.propose(lead, CaseSteps.ROUTINE_FINE, "[]");
        steps.serveNotice(lead);
        steps.waiveStatement(lead);
        JsonNode decision = deputy.awaitTask(lead, Elements.DECISION_APPROVAL);
        assertThat(deputy.post("/api/tasks/" + decision.get("id").asLong() + "/claim", "").status()).isEqualTo(200);

        ApiClient.Response refused = deputy.post("/api/tasks/" + decision.get("id").asLong() + "/complete", """
                {"outcome": "APPROVE", "opinion": "同意"}""");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("detail").asText()).contains("separation of duties");
        assertThat(jdbc.queryForObject("select count(*) from approval_record where lead_id = ? and step = ?", Long.class,
                lead, Elements.DECISION_APPROVAL)).isZero();
    }

    @Test
    void theDirectoryIsSyncedFromKeycloakAndAdministratorsCanSyncItAgain() {
        assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isGreaterThan(50);
        assertThat(jdbc.queryForObject("select township_mode from unit where path = '/zhoushan/daishan/qushan'", String.class))
                .isEqualTo("EMPOWERED");
        assertThat(jdbc.queryForObject("select count(*) from unit_empowered_matter where unit_path = '/zhoushan/daishan/qushan'",
                Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select units from officer where username = 'officer.changtu.stationed'", String.class))
                .contains("/zhoushan/daishan/comprehensive", "/zhoushan/daishan/changtu/stationed-comprehensive");

        assertThat(ApiClient.as(port, "officer.dinghai1").post("/api/admin/directory/sync", "").status()).isEqualTo(403);
        assertThat(ApiClient.as(port, "auditadmin").post("/api/admin/directory/sync", "").status()).isEqualTo(403);
        ApiClient.Response synced = ApiClient.as(port, "secadmin").post("/api/admin/directory/sync", "");
        assertThat(synced.status()).isEqualTo(200);
        assertThat(synced.body().get("activeOfficers").asInt()).isGreaterThan(20);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where stream = 'admin/directory' and actor = 'secadmin'",
                Long.class)).isPositive();
    }

    private List<Long> caseIds(String username) {
        List<Long> ids = new ArrayList<>();
        ApiClient.Response cases = ApiClient.as(port, username).get("/api/cases?limit=200");
        assertThat(cases.status()).as(username + " lists cases").isEqualTo(200);
        cases.body().forEach(c -> ids.add(c.get("id").asLong()));
        return ids;
    }
}
