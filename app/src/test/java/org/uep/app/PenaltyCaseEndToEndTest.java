package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uep.workers.testing.EngineRecords.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.CaseSteps;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.TimeTravel;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.domain.testing.MovableClock;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.workers.testing.InJvmEngine;

/**
 * The first slice end to end: tokens from the real Keycloak → POST a lead → filing approval in the head's
 * inbox only → tasks completed through the API by the right people → case closed in PostgreSQL, process
 * completed in the engine, approvals and audit on record.
 */
@UepIntegrationTest
class PenaltyCaseEndToEndTest {

    static final String DINGHAI = "/zhoushan/dinghai/comprehensive";
    static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;
    ZeebeTestEngine engine = InJvmEngine.shared();

    @BeforeEach
    void directoryKnowsTheOfficers() {
        DirectoryReady.await(jdbc);
    }

    @Test
    void theApiRefusesMissingTokensWrongRolesAndBadInputWithProblemDetails() {
        ApiClient.Response anonymous = ApiClient.anonymous(port).get("/api/inbox");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");

        String lead = """
                {"unitPath": "%s", "source": "INSPECTION", "summary": "x"}""".formatted(DINGHAI);
        ApiClient.Response auditor = ApiClient.as(port, "auditadmin").post("/api/leads", lead);
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(auditor.contentType()).startsWith("application/problem+json");

        ApiClient officer = ApiClient.as(port, "officer.dinghai1");
        long leadsBefore = jdbc.queryForObject("select count(*) from lead", Long.class);
        ApiClient.Response malformed = officer.post("/api/leads", "{\"unitPath\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("detail").asText()).contains("not valid JSON");
        ApiClient.Response missing = officer.post("/api/leads", "{\"unitPath\": \"%s\"}".formatted(DINGHAI));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("detail").asText()).contains("source", "summary");
        ApiClient.Response otherUnit = officer.post("/api/leads", """
                {"unitPath": "/zhoushan/dinghai/huannan", "source": "INSPECTION", "summary": "x"}""");
        assertThat(otherUnit.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from lead", Long.class)).isEqualTo(leadsBefore);

        assertThat(officer.get("/api/cases/999999999").status()).isEqualTo(404);
        assertThat(officer.get("/api/cases/not-a-number").status()).isEqualTo(400);
        assertThat(officer.post("/api/tasks/999999999/claim", "").status()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentDescribesTheApiWithoutAToken() {
        ApiClient.Response document = ApiClient.anonymous(port).get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.body().get("paths").fieldNames()).toIterable().contains(
                "/api/leads", "/api/leads/{id}", "/api/inbox", "/api/tasks/{id}", "/api/tasks/{id}/claim",
                "/api/tasks/{id}/complete", "/api/cases/{id}");
    }

    @Test
    void aTaskClaimedBySomeoneElseCannotBeClaimedOrCompletedAndNothingChanges() {
        ApiClient officer = ApiClient.as(port, "officer.dinghai1");
        ApiClient colleague = ApiClient.as(port, "officer.dinghai2");
        ApiClient head = ApiClient.as(port, "head.dinghai");
        long leadId = officer.post("/api/leads", """
                {"unitPath": "%s", "source": "INSPECTION", "summary": "无证经营 unlicensed business"}""".formatted(DINGHAI))
                .body().get("id").asLong();
        Scenarios.verifiedForFiling(port, leadId, "officer.dinghai1");
        JsonNode filing = head.awaitTask(leadId, Elements.FILE_CASE_APPROVAL);
        head.claimAndComplete(filing, """
                {"outcome": "APPROVE", "opinion": "同意立案"}""");
        JsonNode investigation = officer.awaitTask(leadId, Elements.INVESTIGATE);
        long taskId = investigation.get("id").asLong();

        assertThat(officer.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(200);
        ApiClient.Response claimAgain = colleague.post("/api/tasks/" + taskId + "/claim", "");
        assertThat(claimAgain.status()).isEqualTo(409);
        assertThat(claimAgain.body().get("detail").asText()).contains("already been claimed by officer.dinghai1");
        ApiClient.Response completeOthers = colleague.post("/api/tasks/" + taskId + "/complete", """
                {"findings": "x", "officers": ["officer.dinghai2", "officer.dinghai1"]}""");
        assertThat(completeOthers.status()).isEqualTo(403);
        ApiClient.Response oneOfficer = officer.post("/api/tasks/" + taskId + "/complete", """
                {"findings": "x", "officers": ["officer.dinghai1"]}""");
        assertThat(oneOfficer.status()).isEqualTo(400);
        assertThat(oneOfficer.body().get("detail").asText()).contains("at least two different officers");

        JsonNode task = officer.get("/api/tasks/" + taskId).body();
        assertThat(task.get("status").asText()).isEqualTo("OPEN");
        assertThat(task.get("assignee").asText()).isEqualTo("officer.dinghai1");
        assertThat(jdbc.queryForObject("select count(*) from investigation where task_id = ?", Long.class, taskId)).isZero();
    }

    @Test
    void anOverdueDecisionEscalatesToTheHeadAndTheEscalationIsWithdrawnWhenTheCaseCloses() {
        ApiClient officer = ApiClient.as(port, "officer.dinghai1");
        ApiClient head = ApiClient.as(port, "head.dinghai");
        long leadId = officer.post("/api/leads", """
                {"unitPath": "%s", "source": "GRASSROOTS_PLATFORM", "summary": "违规搭建 unauthorised structure"}""".formatted(DINGHAI))
                .body().get("id").asLong();
        Scenarios.verifiedForFiling(port, leadId, "officer.dinghai1");
        head.claimAndComplete(head.awaitTask(leadId, Elements.FILE_CASE_APPROVAL), """
                {"outcome": "APPROVE", "opinion": "同意立案"}""");
        JsonNode investigation = officer.awaitTask(leadId, Elements.INVESTIGATE);
        long caseId = investigation.get("caseId").asLong();
        JsonNode caseView = officer.get("/api/cases/" + caseId).body();
        Instant decisionDue = Instant.parse(caseView.get("decisionDueAt").asText());
        assertThat(Instant.parse(investigation.get("dueAt").asText())).isEqualTo(decisionDue);

        // 90 natural days pass without a decision (engine and domain clocks move together).
        TimeTravel.advance(engine, clock, Duration.between(clock.instant(), decisionDue).plusHours(1));

        JsonNode escalation = head.awaitTask(leadId, Elements.ESCALATE_OVERDUE_DECISION);
        assertThat(escalation.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(officer.get("/api/cases/" + caseId).body().get("currentSteps")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(Elements.INVESTIGATE, Elements.ESCALATE_OVERDUE_DECISION);

        // The case goes on to its decision: that ends the case handling, and the escalation the head never handled,
        // removed by the engine, leaves the inbox.
        CaseSteps steps = new CaseSteps(port, clock);
        steps.nameParty(leadId);
        officer.claimAndComplete(investigation, """
                {"findings": "违法事实清楚", "officers": ["officer.dinghai1", "officer.dinghai2"]}""");
        steps.reviewInvestigation(leadId, "PENALTY", null);
        steps.propose(leadId, """
                {"measures": [{"kind": "WARNING"}], "legalBasis": "《浙江省城乡规划条例》第五十六条", "tier": "LIGHTER",
                 "departsFromDiscretionStandard": false}""", "[]");
        steps.serveNotice(leadId);
        steps.waiveStatement(leadId);
        steps.approveDecision(leadId);

        await("the escalation to be withdrawn", WAIT, () -> "WITHDRAWN".equals(jdbc.queryForObject(
                "select status from inbox_task where id = ?", String.class, escalation.get("id").asLong())));
        assertThat(head.inboxTaskIds()).doesNotContain(escalation.get("id").asLong());
        assertThat(officer.get("/api/cases/" + caseId).body().get("currentSteps")).extracting(JsonNode::asText)
                .doesNotContain(Elements.ESCALATE_OVERDUE_DECISION);
    }
}
