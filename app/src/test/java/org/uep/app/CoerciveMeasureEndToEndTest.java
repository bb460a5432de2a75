package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uep.workers.testing.EngineRecords.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import org.uep.domain.testing.MovableClock;
import org.uep.processes.coercive.CoerciveMeasureProcess.Elements;

/**
 * Coercive measures through the API and the inbox with real tokens, the in-JVM engine, PostgreSQL and the real workers:
 * evidence preserved by registration with the head's prior approval, refused when only one officer took it, turned into
 * a seizure that the head approves again, extended once and released; each step signed, each clock shown on the case.
 */
@UepIntegrationTest
class CoerciveMeasureEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    /** The application's clock: earlier test classes may have moved it ahead of the wall clock. */
    @Autowired MovableClock clock;

    ApiClient officer;
    ApiClient head;

    @BeforeEach
    void directoryKnowsTheOfficers() {
        DirectoryReady.await(jdbc);
        officer = ApiClient.as(port, "officer.dinghai1");
        head = ApiClient.as(port, "head.dinghai");
    }

    @Test
    void preservedEvidenceBecomesASeizureThatIsExtendedOnceAndReleased() {
        Scenarios.Filed filed = Scenarios.filedCase(port, "销售假冒白酒 counterfeit liquor");
        String measures = "/api/cases/" + filed.caseId() + "/coercive-measures";
        ApiClient.Response asked = officer.post(measures, """
                {"kind": "PRESERVATION", "items": "涉嫌假冒的白酒 24 瓶", "place": "定海区解放路 3 号", "reason": "证据可能灭失"}""");
        assertThat(asked.status()).as(asked.body().toString()).isEqualTo(201);
        assertThat(officer.post(measures, """
                {"kind": "CONFISCATION", "items": "x", "place": "y", "reason": "z"}""").status()).isEqualTo(400);

        JsonNode approval = head.awaitTask(filed.leadId(), Elements.APPROVE_MEASURE);
        assertThat(approval.get("caseId").asLong()).isEqualTo(filed.caseId());
        assertThat(approval.get("candidateGroups").get(0).asText()).isEqualTo("head@" + Scenarios.DINGHAI);
        head.claimAndComplete(approval, """
                {"outcome": "APPROVE", "opinion": "同意先行登记保存"}""");
        JsonNode take = officer.awaitTask(filed.leadId(), Elements.TAKE_MEASURE);
        long takeId = take.get("id").asLong();
        assertThat(officer.post("/api/tasks/" + takeId + "/claim", "").status()).isEqualTo(200);
        ApiClient.Response alone = officer.post("/api/tasks/" + takeId + "/complete", taken(List.of("officer.dinghai1")));
        assertThat(alone.status()).isEqualTo(400);
        assertThat(alone.body().get("detail").asText()).contains("at least two different officers");
        assertThat(officer.get("/api/tasks/" + takeId).body().get("status").asText()).isEqualTo("OPEN");
        assertThat(status(measures, 0)).isEqualTo("APPROVED");
        ApiClient.Response two = officer.post("/api/tasks/" + takeId + "/complete",
                taken(List.of("officer.dinghai1", "officer.dinghai2")));
        assertThat(two.status()).as(two.body().toString()).isEqualTo(200);

        JsonNode conclude = officer.awaitTask(filed.leadId(), Elements.CONCLUDE_MEASURE);
        assertThat(instant(conclude.get("dueAt"))).isEqualTo(clockDue(filed.caseId(), "evidence.preserve"));
        officer.claimAndComplete(conclude, """
                {"data": {"conclusion": "CONVERT_TO_SEIZURE", "reason": "经鉴定为假冒产品，依法扣押"}}""");

        head.claimAndComplete(head.awaitTask(filed.leadId(), Elements.APPROVE_MEASURE), """
                {"outcome": "APPROVE", "opinion": "同意扣押"}""");
        officer.claimAndComplete(officer.awaitTask(filed.leadId(), Elements.TAKE_MEASURE),
                taken(List.of("officer.dinghai1", "officer.dinghai2")));
        JsonNode seizure = officer.awaitTask(filed.leadId(), Elements.CONCLUDE_MEASURE);
        Instant firstTerm = instant(seizure.get("dueAt"));
        assertThat(firstTerm).isEqualTo(clockDue(filed.caseId(), "seizure"));
        officer.claimAndComplete(seizure, """
                {"data": {"conclusion": "EXTEND", "reason": "需送检，情况复杂"}}""");
        head.claimAndComplete(head.awaitTask(filed.leadId(), Elements.APPROVE_EXTENSION), """
                {"outcome": "APPROVE", "opinion": "同意延长三十日"}""");
        JsonNode extended = officer.awaitTask(filed.leadId(), Elements.CONCLUDE_MEASURE);
        // 30 more days from the original term (a term ending on a rest day runs to the next working day).
        assertThat(instant(extended.get("dueAt"))).isEqualTo(clockDue(filed.caseId(), "seizure"))
                .isAfter(firstTerm.plus(Duration.ofDays(27)));
        officer.claimAndComplete(extended, """
                {"data": {"conclusion": "RELEASE", "reason": "检测合格，解除扣押"}}""");

        await("both measures concluded", WAIT, () -> "RELEASED".equals(status(measures, 1)));
        JsonNode all = officer.get(measures).body();
        assertThat(all.get(0).get("status").asText()).isEqualTo("CONVERTED");
        assertThat(all.get(1).get("kind").asText()).isEqualTo("SEIZURE");
        assertThat(all.get(1).get("convertedFrom").asLong()).isEqualTo(all.get(0).get("id").asLong());
        assertThat(all.get(1).get("officers")).hasSize(2);
        assertThat(officer.get("/api/cases/" + filed.caseId()).body().get("coerciveMeasures")).isEqualTo(all);
        assertThat(jdbc.queryForList("""
                select a.outcome from approval_record a join inbox_task t on t.id = a.task_id
                where t.lead_id = ? and t.process_id = 'coercive-measure' order by a.id""", String.class, filed.leadId()))
                .containsExactly("APPROVE", "APPROVE", "APPROVE");
        await("both processes completed", WAIT, () -> jdbc.queryForObject("""
                select count(*) from inbox_task where lead_id = ? and process_id = 'coercive-measure' and status = 'OPEN'""",
                Long.class, filed.leadId()) == 0);
    }

    private String status(String measures, int index) {
        JsonNode all = officer.get(measures).body();
        return all.size() > index ? all.get(index).get("status").asText() : null;
    }

    private Instant clockDue(long caseId, String clockId) {
        List<Instant> due = new ArrayList<>();
        for (JsonNode clock : officer.get("/api/cases/" + caseId + "/clocks").body()) {
            if (clockId.equals(clock.get("clockId").asText()) && clock.get("stoppedAt").isNull()) {
                due.add(instant(clock.get("dueAt")));
            }
        }
        assertThat(due).as("one running %s clock", clockId).hasSize(1);
        return due.getFirst();
    }

    private static Instant instant(JsonNode value) {
        return OffsetDateTime.parse(value.asText()).toInstant();
    }

    private String taken(List<String> officers) {
        return """
                {"officers": %s, "data": {"taken": true, "takenAt": "%s",
                 "record": "现场笔录：当事人在场，物品清单一份，双方签字"}}"""
                .formatted(officers.stream().map(o -> "\"" + o + "\"").toList(),
                        OffsetDateTime.ofInstant(clock.instant(), LegalTime.ZONE));
    }
}
