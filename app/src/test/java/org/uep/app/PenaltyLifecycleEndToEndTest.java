package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uep.workers.testing.EngineRecords.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.CaseSteps;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.TimeTravel;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.party.FreshIdentifiers;
import org.uep.domain.testing.MovableClock;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.summary.SummaryPenaltyProcess;
import org.uep.workers.testing.EngineRecords;
import org.uep.workers.testing.InJvmEngine;

/**
 * The penalty case end to end through the API with real Keycloak tokens, the in-JVM engine, PostgreSQL and the real
 * workers: (a) a routine fine paid on time, (b) a major case through legal review, collective discussion, a hearing,
 * late payment and the court, (c) first violation, no penalty, (d) filing declined, (e) the summary procedure, (f) a
 * publication withdrawn after the decision is revoked; and the refusals that change nothing. The case that moves time
 * by months runs last.
 */
@UepIntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(Integer.MAX_VALUE - 1)
class PenaltyLifecycleEndToEndTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MovableClock clock;
    ZeebeTestEngine engine = InJvmEngine.shared();
    CaseSteps steps;

    @BeforeEach
    void directoryKnowsTheOfficers() {
        DirectoryReady.await(jdbc);
        steps = new CaseSteps(port, clock);
    }

    @Test
    @Order(1)
    void a_routineFineWithoutHearingIsPaidOnTimePublishedClosedAndReviewed() {
        long leadId = steps.filedLead("(a) 占道经营 street vending");
        long caseId = steps.caseId(leadId);
        long evidenceId = steps.officer.post("/api/cases/" + caseId + "/evidence", """
                {"kind": "AUDIO_VISUAL", "title": "现场照片", "collectedAt": "%s",
                 "officers": ["officer.dinghai1", "officer.dinghai2"]}""".formatted(steps.now())).body().get("id").asLong();
        steps.routineToServedDecision(leadId);

        String decisionNumber = steps.documentNumber(caseId, "DECISION");
        assertThat(decisionNumber).matches("定综执罚决字〔\\d{4}〕第\\d+号");
        assertThat(steps.officer.get("/api/cases/" + caseId + "/documents").body()).extracting(d -> d.get("kind").asText())
                .as("a 送达回证 for the notice and one for the decision")
                .containsExactly("NOTICE", "SERVICE_PROOF", "DECISION", "SERVICE_PROOF");
        assertThat(steps.documentNumber(caseId, "NOTICE")).matches("定综执罚告字〔\\d{4}〕第\\d+号");
        ApiClient.Response paid = ApiClient.asCollectionSystem(port).post("/api/payments", """
                {"reference": "FS-A-%d", "decisionNumber": "%s", "amountFen": 50000, "paidAt": "%s", "channel": "网银"}"""
                .formatted(leadId, decisionNumber, steps.now()));
        assertThat(paid.status()).as(paid.body().toString()).isEqualTo(201);

        steps.complete(steps.reviewer, leadId, Elements.REVIEW_CASE_FILE, """
                {"outcome": "PASSED", "opinion": "文书齐全，程序合法。", "data": {"score": 95}}""");
        steps.complete(steps.officer, leadId, Elements.REVIEW_PUBLICATION, """
                {"outcome": "APPROVE", "opinion": "已核对，个人信息已隐去。"}""");
        await("the publication", WAIT, () -> "PUBLISHED".equals(
                steps.officer.get("/api/cases/" + caseId + "/publication").body().path("status").asText()));
        await("the case to close", WAIT, () -> "CLOSED".equals(steps.officer.get("/api/cases/" + caseId).body()
                .path("status").asText()));

        JsonNode caseView = steps.head.get("/api/cases/" + caseId).body();
        assertThat(caseView.get("approvals")).extracting(a -> a.get("step").asText()).contains(
                Elements.FILE_CASE_APPROVAL, Elements.DECISION_APPROVAL, Elements.REVIEW_PUBLICATION);
        assertThat(caseView.get("events")).extracting(e -> e.get("action").asText()).contains("lead.received",
                "lead.verified", "case.filed", "penalty.proposed", "penalty.notice.served", "penalty.notice.waived",
                "penalty.decided", "decision.served", "case.closed");
        assertThat(caseView.get("clocks")).extracting(c -> c.get("clockId").asText() + "=" + c.get("status").asText())
                .contains("lead.verify=MET", "case.decide=MET", "fine.pay=MET");
        assertThat(caseView.get("decision").get("number").asText()).isEqualTo(decisionNumber);
        assertThat(caseView.get("documents")).extracting(d -> d.get("kind").asText()).contains("NOTICE", "DECISION",
                "CLOSING_REPORT");
        assertThat(caseView.get("evidence")).extracting(e -> e.get("id").asLong()).containsExactly(evidenceId);
        JsonNode execution = caseView.get("execution");
        assertThat(execution.get("payments")).extracting(p -> p.get("reference").asText()).containsExactly("FS-A-" + leadId);
        assertThat(execution.get("outstandingFen").asLong()).isZero();
        assertThat(steps.officer.get("/api/cases/" + caseId + "/execution").body()).isEqualTo(execution);
        // The decision may still be revoked until it is final: the process waits only for that.
        assertThat(waitingAt(leadId)).containsExactly(Elements.AWAIT_REVOCATION);
    }

    @Test
    @Order(2)
    void c_aFirstViolationEndsWithAServedNoPenaltyDecisionNothingToPayOrPublish() {
        long leadId = steps.filedLead("(c) 首违不罚 first violation");
        long caseId = steps.caseId(leadId);
        steps.investigate(leadId);
        steps.reviewInvestigation(leadId, "NO_PENALTY", "FIRST_VIOLATION");
        steps.serveDecision(leadId);
        steps.complete(steps.reviewer, leadId, Elements.REVIEW_CASE_FILE, """
                {"outcome": "PASSED", "opinion": "不予处罚理由充分。", "data": {"score": 90}}""");

        await("the process to complete", WAIT, () -> completed(leadId, PenaltyCaseProcess.PROCESS_ID));
        assertThat(steps.documentNumber(caseId, "NO_PENALTY_DECISION")).matches("定综执不罚决字〔\\d{4}〕第\\d+号");
        assertThat(jdbc.queryForObject("select count(*) from penalty_decision where lead_id = ?", Long.class, leadId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from execution where lead_id = ?", Long.class, leadId)).isZero();
        assertThat(passed(leadId)).contains(Elements.CONCLUDED_WITHOUT_PENALTY, Elements.PUBLICATION_ENDED)
                .doesNotContain(Elements.PROPOSE_PENALTY, Elements.ISSUE_NOTICE, Elements.REVIEW_PUBLICATION);
    }

    @Test
    @Order(3)
    void d_theHeadDeclinesToFileWithReasons() {
        long leadId = Scenarios.lead(port, "(d) 不予立案 declined");
        Scenarios.verifiedForFiling(port, leadId, "officer.dinghai1");
        steps.complete(steps.head, leadId, Elements.FILE_CASE_APPROVAL, """
                {"outcome": "REJECT", "opinion": "违法行为轻微并已及时改正，没有造成危害后果，不予立案。"}""");

        await("the process to complete", WAIT, () -> completed(leadId, PenaltyCaseProcess.PROCESS_ID));
        assertThat(steps.officer.get("/api/leads/" + leadId).body().get("status").asText()).isEqualTo("DECLINED");
        assertThat(jdbc.queryForObject("select count(*) from penalty_case where lead_id = ?", Long.class, leadId)).isZero();
        assertThat(jdbc.queryForObject("select opinion from approval_record where lead_id = ? and outcome = 'REJECT'",
                String.class, leadId)).contains("不予立案");
    }

    @Test
    @Order(4)
    void e_aSummaryPenaltyIsDecidedOnTheSpotFiledAndReviewedAboveTheLimitRefused() {
        long leadsBefore = jdbc.queryForObject("select count(*) from lead", Long.class);
        ApiClient.Response above = steps.officer.post("/api/summary-penalties", onTheSpot(20_001));
        assertThat(above.status()).isEqualTo(400);
        assertThat(above.contentType()).startsWith("application/problem+json");
        assertThat(above.body().get("detail").asText()).contains("(Art. 51)", "needs the general procedure");
        assertThat(jdbc.queryForObject("select count(*) from lead", Long.class)).as("nothing recorded").isEqualTo(leadsBefore);

        ApiClient.Response decided = steps.officer.post("/api/summary-penalties", onTheSpot(20_000));
        assertThat(decided.status()).as(decided.body().toString()).isEqualTo(201);
        long leadId = decided.body().get("leadId").asLong();
        long caseId = decided.body().get("caseId").asLong();
        steps.completeAsOfNow(steps.officer, leadId, SummaryPenaltyProcess.Elements.FILE_COPY, """
                {"data": {"filedAt": "%s"}}""");
        steps.complete(steps.head, leadId, SummaryPenaltyProcess.Elements.REVIEW_FILING, """
                {"outcome": "APPROVE", "opinion": "当场处罚适用正确，同意备案。"}""");

        await("the summary process to complete", WAIT, () -> completed(leadId, SummaryPenaltyProcess.PROCESS_ID));
        assertThat(steps.documentNumber(caseId, "DECISION")).matches("定综执罚决字〔\\d{4}〕第\\d+号");
        assertThat(steps.officer.get("/api/cases/" + caseId + "/documents").body()).extracting(d -> d.get("kind").asText())
                .containsExactly("DECISION", "SERVICE_PROOF");
        assertThat(steps.head.get("/api/cases/" + caseId + "/clocks").body())
                .extracting(c -> c.get("clockId").asText() + "=" + c.get("status").asText())
                .contains("summary.file=MET").noneMatch(c -> c.startsWith("case.decide"));
    }

    @Test
    @Order(5)
    void f_aPublishedDecisionRevokedOnReviewIsWithdrawnAndTheCaseEnds() {
        long leadId = steps.filedLead("(f) 撤销后撤回公示 revoked");
        long caseId = steps.caseId(leadId);
        steps.routineToServedDecision(leadId);
        steps.complete(steps.officer, leadId, Elements.REVIEW_PUBLICATION, """
                {"outcome": "APPROVE", "opinion": "已核对。"}""");
        await("the publication", WAIT, () -> "PUBLISHED".equals(
                steps.officer.get("/api/cases/" + caseId + "/publication").body().path("status").asText()));

        ApiClient.Response revoked = steps.head.post("/api/cases/" + caseId + "/revocation", """
                {"revokedAt": "%s", "revokedBy": "舟山市定海区人民政府", "reason": "行政复议决定撤销原处罚决定"}"""
                .formatted(steps.now()));
        assertThat(revoked.status()).as(revoked.body().toString()).isEqualTo(201);

        await("the publication to be withdrawn", WAIT, () -> "WITHDRAWN".equals(
                steps.officer.get("/api/cases/" + caseId + "/publication").body().path("status").asText()));
        await("the process to end", WAIT, () -> completed(leadId, PenaltyCaseProcess.PROCESS_ID));
        assertThat(passed(leadId)).contains(Elements.DECISION_REVOKED, Elements.WITHDRAW_PUBLICATION,
                Elements.PUBLICATION_WITHDRAWN).doesNotContain(Elements.PAYMENT_SETTLED);
        assertThat(steps.head.get("/api/cases/" + caseId + "/clocks").body())
                .extracting(c -> c.get("clockId").asText() + "=" + c.get("status").asText())
                .contains("publish.withdraw=MET");
    }

    @Test
    @Order(6)
    void refusals_aDecisionHeavierThanNotifiedIsRefusedAndChangesNothing() {
        long leadId = steps.filedLead("加重处罚拒绝 heavier refused");
        steps.investigate(leadId);
        steps.reviewInvestigation(leadId, "PENALTY", null);
        steps.propose(leadId, CaseSteps.ROUTINE_FINE, "[]");
        steps.serveNotice(leadId);
        steps.waiveStatement(leadId);

        JsonNode approval = steps.head.awaitTask(leadId, Elements.DECISION_APPROVAL);
        long taskId = approval.get("id").asLong();
        assertThat(steps.head.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(200);
        ApiClient.Response heavier = steps.head.post("/api/tasks/" + taskId + "/complete", """
                {"outcome": "APPROVE", "opinion": "从重处罚", "data": {"penalty": {"measures": [{"kind": "FINE", "amount": 80000}],
                 "legalBasis": "《浙江省市容环境卫生管理条例》第四十条", "tier": "HEAVIER", "departsFromDiscretionStandard": false}}}""");
        assertThat(heavier.status()).isEqualTo(409);
        assertThat(heavier.body().get("detail").asText()).contains("heavier");
        assertThat(steps.head.get("/api/tasks/" + taskId).body().get("status").asText()).isEqualTo("OPEN");
        assertThat(jdbc.queryForObject("select count(*) from penalty_decision where lead_id = ?", Long.class, leadId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from approval_record where task_id = ?", Long.class, taskId)).isZero();
    }

    @Test
    @Order(100)
    void b_aMajorCaseIsReviewedDiscussedHeardDecidedPaidLateAndTakenToCourt() {
        long leadId = steps.filedLead("(b) 重大案件 major case");
        long caseId = steps.caseId(leadId);
        steps.investigate(leadId);
        steps.reviewInvestigation(leadId, "PENALTY", null);
        String largeFine = """
                {"measures": [{"kind": "FINE", "amount": 2000000}], "legalBasis": "《浙江省市容环境卫生管理条例》第四十条",
                 "tier": "HEAVIER", "departsFromDiscretionStandard": false}""";

        // Legal review (a large fine) returns the case once; after supplementary investigation it agrees.
        steps.propose(leadId, largeFine, "[\"SERIOUS_VIOLATION\"]");
        steps.complete(steps.reviewer, leadId, Elements.LEGAL_REVIEW, """
                {"outcome": "RETURN", "opinion": "证据不足，请补充调查询问笔录。"}""");
        steps.investigate(leadId);
        steps.reviewInvestigation(leadId, "PENALTY", null);
        steps.propose(leadId, largeFine, "[\"SERIOUS_VIOLATION\"]");
        steps.complete(steps.reviewer, leadId, Elements.LEGAL_REVIEW, """
                {"outcome": "AGREE", "opinion": "主体适格，程序合法，事实清楚，适用法律正确。"}""");
        steps.complete(steps.head, leadId, Elements.COLLECTIVE_DISCUSSION, """
                {"outcome": "PROCEED", "opinion": "经集体讨论，同意拟处罚意见。", "data": {"participants": [
                 {"name": "head.dinghai", "opinion": "同意"}, {"name": "deputy.dinghai", "opinion": "同意"},
                 {"name": "head.city", "opinion": "同意，注意听证权利告知"}]}}""");

        // Notice with the hearing right: the party states a defence and requests a hearing.
        steps.serveNotice(leadId);
        steps.completeAsOfNow(steps.officer, leadId, Elements.RECORD_HEARING_REQUEST, """
                {"outcome": "REQUESTED", "data": {"at": "%s"}}""");
        steps.complete(steps.officer, leadId, Elements.HEAR_STATEMENT, """
                {"outcome": "STATEMENT", "opinion": "申辩理由不成立，维持拟处罚意见。", "data": {"statement": "经营困难，请求从轻。"}}""");
        String hearingAt = java.time.OffsetDateTime.ofInstant(clock.instant().plus(Duration.ofDays(14)), LegalTime.ZONE)
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        steps.complete(steps.officer, leadId, Elements.SCHEDULE_HEARING, """
                {"data": {"notifiedAt": "%s", "hearingAt": "%s", "place": "定海区综合行政执法局听证室",
                 "chair": "reviewer.dinghai", "publicHearing": true}}""".formatted(steps.now(), hearingAt));
        assertThat(steps.head.get("/api/cases/" + caseId + "/clocks").body())
                .anySatisfy(c -> assertThat(c.get("clockId").asText() + "=" + c.get("status").asText())
                        .isEqualTo("case.decide=PAUSED"));

        TimeTravel.advance(engine, clock, Duration.ofDays(14).plusHours(1));
        steps.completeAsOfNow(steps.reviewer, leadId, Elements.HOLD_HEARING, """
                {"outcome": "HELD", "opinion": "当事人到场陈述申辩，笔录已签名。", "data": {"concludedAt": "%s"}}""");
        // After the hearing, legal review again (Art. 58(1)(2)); no new notice, no second discussion.
        steps.complete(steps.reviewer, leadId, Elements.LEGAL_REVIEW, """
                {"outcome": "AGREE", "opinion": "听证后复核，同意。"}""");
        steps.approveDecision(leadId);
        steps.serveDecision(leadId);
        String decisionNumber = steps.documentNumber(caseId, "DECISION");

        // The fine is not paid within 15 days (a period ending on a rest day runs to the next working day): reminder;
        // the fine alone is paid late, the late fee stays outstanding.
        TimeTravel.advance(engine, clock, Duration.ofDays(20));
        steps.completeAsOfNow(steps.officer, leadId, Elements.REMIND_PAYMENT, """
                {"data": {"servedAt": "%s"}}""");
        ApiClient.Response late = ApiClient.asCollectionSystem(port).post("/api/payments", """
                {"reference": "FS-B-%d", "decisionNumber": "%s", "amountFen": 2000000, "paidAt": "%s", "channel": "银行柜台"}"""
                .formatted(leadId, decisionNumber, steps.now()));
        assertThat(late.status()).as(late.body().toString()).isEqualTo(201);
        JsonNode execution = steps.officer.get("/api/cases/" + caseId + "/execution").body();
        assertThat(execution.get("lateFeeFen").asLong()).as("3 %/day since the due day").isPositive();
        assertThat(execution.get("outstandingFen").asLong()).isEqualTo(execution.get("lateFeeFen").asLong());

        // After the review and lawsuit windows, the court application for what is still owed.
        TimeTravel.advance(engine, clock, Duration.ofDays(185));
        steps.completeAsOfNow(steps.officer, leadId, Elements.APPLY_FOR_COURT_ENFORCEMENT, """
                {"data": {"appliedAt": "%s", "court": "舟山市定海区人民法院"}}""");
        steps.complete(steps.officer, leadId, Elements.REVIEW_PUBLICATION, """
                {"outcome": "APPROVE", "opinion": "已核对。"}""");
        steps.complete(steps.reviewer, leadId, Elements.REVIEW_CASE_FILE, """
                {"outcome": "PASSED", "opinion": "重大案件程序完整。", "data": {"score": 93}}""");

        await("the process to complete", WAIT, () -> completed(leadId, PenaltyCaseProcess.PROCESS_ID));
        assertThat(passed(leadId)).contains(Elements.LEGAL_REVIEW, Elements.COLLECTIVE_DISCUSSION, Elements.HOLD_HEARING,
                Elements.PAYMENT_OVERDUE, Elements.REMIND_PAYMENT, Elements.ENFORCEMENT_WINDOW_OPENED,
                Elements.APPLY_FOR_COURT_ENFORCEMENT, Elements.CLOSE_CASE, Elements.DECISION_FINAL);
        assertThat(jdbc.queryForObject("select count(*) from legal_review where lead_id = ?", Long.class, leadId)).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from hearing h join penalty_notice n on n.id = h.notice_id "
                + "where n.lead_id = ? and h.concluded_at is not null", Long.class, leadId)).isEqualTo(1);
    }

    private static String onTheSpot(long fineFen) {
        return """
                {"unitPath": "/zhoushan/dinghai/comprehensive",
                 "party": {"kind": "NATURAL_PERSON", "identifierType": "RESIDENT_ID", "identifier": "%s", "name": "李某"},
                 "penalty": {"measures": [{"kind": "FINE", "amount": %d}], "legalBasis": "《浙江省市容环境卫生管理条例》第四十条",
                             "tier": "ORDINARY", "departsFromDiscretionStandard": false},
                 "facts": "店外占道经营", "violatedProvision": "《浙江省市容环境卫生管理条例》第十七条", "place": "解放西路",
                 "cashCollected": false}""".formatted(FreshIdentifiers.residentId(), fineFen);
    }

    private List<Long> instances(long leadId) {
        return InJvmEngine.instancesForLead(engine, leadId);
    }

    private boolean completed(long leadId, String processId) {
        List<Long> keys = instances(leadId);
        return EngineRecords.<ProcessInstanceRecordValue>records(engine, ValueType.PROCESS_INSTANCE,
                        ProcessInstanceIntent.ELEMENT_COMPLETED).stream().map(Record::getValue)
                .anyMatch(v -> keys.contains(v.getProcessInstanceKey()) && v.getBpmnElementType() == BpmnElementType.PROCESS
                        && processId.equals(v.getBpmnProcessId()));
    }

    /** Element ids the lead's process completed, in order. */
    private List<String> passed(long leadId) {
        List<Long> keys = instances(leadId);
        return EngineRecords.<ProcessInstanceRecordValue>records(engine, ValueType.PROCESS_INSTANCE,
                        ProcessInstanceIntent.ELEMENT_COMPLETED).stream().map(Record::getValue)
                .filter(v -> keys.contains(v.getProcessInstanceKey())).map(ProcessInstanceRecordValue::getElementId).toList();
    }

    /** Element ids where the lead's process waits now (activated, neither completed nor terminated). */
    private List<String> waitingAt(long leadId) {
        List<Long> keys = instances(leadId);
        java.util.Set<Long> ended = new java.util.HashSet<>();
        for (ProcessInstanceIntent intent : List.of(ProcessInstanceIntent.ELEMENT_COMPLETED,
                ProcessInstanceIntent.ELEMENT_TERMINATED)) {
            EngineRecords.records(engine, ValueType.PROCESS_INSTANCE, intent).forEach(r -> ended.add(r.getKey()));
        }
        return EngineRecords.<ProcessInstanceRecordValue>records(engine, ValueType.PROCESS_INSTANCE,
                        ProcessInstanceIntent.ELEMENT_ACTIVATED).stream()
                .filter(r -> keys.contains(r.getValue().getProcessInstanceKey()) && !ended.contains(r.getKey())
                        && r.getValue().getBpmnElementType() != BpmnElementType.PROCESS)
                .map(r -> r.getValue().getElementId()).toList();
    }
}
