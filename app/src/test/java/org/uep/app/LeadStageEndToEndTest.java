package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uep.workers.testing.EngineRecords.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.domain.clock.LegalTime;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;

/**
 * The lead stage and the criminal-transfer hand-off through the API with real tokens, the in-JVM engine and
 * PostgreSQL: a lead found not competent ends referred; an old act cannot be filed and ends time-barred; a case
 * reported as a suspected crime waits with its decision clock paused until the police's answer, and an accepted
 * transfer closes it (the case file then goes to the legal reviewer).
 */
@UepIntegrationTest
class LeadStageEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    ApiClient officer;
    ApiClient head;

    @BeforeEach
    void directoryKnowsTheOfficers() {
        DirectoryReady.await(jdbc);
        officer = ApiClient.as(port, "officer.dinghai1");
        head = ApiClient.as(port, "head.dinghai");
    }

    @Test
    void aLeadFoundNotCompetentEndsReferredToTheCompetentBody() {
        long leadId = Scenarios.lead(port, "医疗器械经营 medical devices sold without a licence");

        officer.claimAndComplete(officer.awaitTask(leadId, Elements.VERIFY_LEAD),
                Scenarios.verification("NOT_COMPETENT", today().minusDays(5), "舟山市定海区市场监督管理局"));

        awaitLeadStatus(leadId, "REFERRED");
        assertThat(jdbc.queryForObject("select competent_body || '/' || status from lead_referral where lead_id = ?",
                String.class, leadId)).isEqualTo("舟山市定海区市场监督管理局/AWAITING_REFERRAL");
        assertThat(leadEvents(leadId)).contains("lead.verified", "lead.referred");
    }

    @Test
    void anActDiscoveredAfterTheLimitationCannotBeFiledAndEndsTimeBarred() {
        long leadId = Scenarios.lead(port, "三年前的违法建设 an old unauthorised structure");
        JsonNode verification = officer.awaitTask(leadId, Elements.VERIFY_LEAD);
        long taskId = verification.get("id").asLong();
        assertThat(officer.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(200);

        ApiClient.Response file = officer.post("/api/tasks/" + taskId + "/complete",
                Scenarios.verification("FILE", today().minusYears(3), null));
        assertThat(file.status()).isEqualTo(400);
        assertThat(file.contentType()).startsWith("application/problem+json");
        assertThat(file.body().get("detail").asText()).contains("must be OUT_OF_LIMITATION", "Art. 36");
        assertThat(officer.get("/api/tasks/" + taskId).body().get("status").asText()).isEqualTo("OPEN");

        ApiClient.Response timeBarred = officer.post("/api/tasks/" + taskId + "/complete",
                Scenarios.verification("OUT_OF_LIMITATION", today().minusYears(3), null));
        assertThat(timeBarred.status()).as(timeBarred.body().toString()).isEqualTo(200);

        awaitLeadStatus(leadId, "TIME_BARRED");
        assertThat(leadEvents(leadId)).containsOnlyOnce("lead.verified").contains("lead.time-barred");
        assertThat(jdbc.queryForObject("select count(*) from penalty_case where lead_id = ?", Long.class, leadId)).isZero();
    }

    @Test
    void aSuspectedCrimeWaitsForThePoliceWithItsClockPausedAndAnAcceptedTransferClosesTheCase() {
        Scenarios.Filed filed = Scenarios.filedCase(port, "非法经营 suspected illegal business on a large scale");
        officer.claimAndComplete(officer.awaitTask(filed.leadId(), Elements.INVESTIGATE), """
                {"findings": "经营额逾五十万元，涉嫌非法经营罪。", "officers": ["officer.dinghai1", "officer.dinghai2"]}""");
        head.claimAndComplete(head.awaitTask(filed.leadId(), Elements.INVESTIGATION_REVIEW), """
                {"outcome": "SUSPECTED_CRIME", "opinion": "涉嫌犯罪，依法移送公安机关。"}""");

        String clocks = "/api/cases/" + filed.caseId() + "/clocks";
        await("case.decide paused while the police decide", WAIT, () -> "PAUSED".equals(decideStatus(clocks)));
        assertThat(jdbc.queryForObject("select status || '/' || reported_by from criminal_transfer where case_id = ?",
                String.class, filed.caseId())).isEqualTo("AWAITING_POLICE/head.dinghai");

        ApiClient.Response accepted = officer.post("/api/cases/" + filed.caseId() + "/transfer-outcome", """
                {"outcome": "ACCEPTED", "note": "定海公安分局立案决定书（定公立〔2026〕15号）"}""");
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        assertThat(accepted.body().get("status").asText()).isEqualTo("ACCEPTED");
        ApiClient.Response twice = officer.post("/api/cases/" + filed.caseId() + "/transfer-outcome", """
                {"outcome": "RETURNED", "note": "again"}""");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().get("detail").asText()).contains("no transfer awaiting the police's answer");

        await("the case to close", WAIT, () -> "CLOSED".equals(
                officer.get("/api/cases/" + filed.caseId()).body().path("status").asText()));
        assertThat(decideStatus(clocks)).isIn("MET", "MET_LATE");
        JsonNode caseFileReview = ApiClient.as(port, "reviewer.dinghai").awaitTask(filed.leadId(), Elements.REVIEW_CASE_FILE);
        assertThat(caseFileReview.get("candidateGroups").get(0).asText()).isEqualTo("legal-reviewer@" + Scenarios.DINGHAI);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where stream = ? and action in "
                + "('investigation.reviewed', 'transfer.reported', 'transfer.answered', 'case.closed')", Long.class,
                "case/" + filed.caseId())).isEqualTo(4);
    }

    private static LocalDate today() {
        return LocalDate.now(LegalTime.ZONE);
    }

    private void awaitLeadStatus(long leadId, String status) {
        await("lead " + leadId + " " + status, WAIT,
                () -> status.equals(officer.get("/api/leads/" + leadId).body().path("status").asText()));
    }

    private String decideStatus(String clocksPath) {
        for (JsonNode clock : officer.get(clocksPath).body()) {
            if (clock.get("clockId").asText().equals("case.decide")) {
                return clock.get("status").asText();
            }
        }
        return null;
    }

    private List<String> leadEvents(long leadId) {
        return jdbc.queryForList("select action from audit_event where stream = ? order by id", String.class,
                "lead/" + leadId);
    }
}
