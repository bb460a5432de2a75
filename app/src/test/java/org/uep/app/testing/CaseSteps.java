package org.uep.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.party.FreshIdentifiers;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.workers.testing.EngineRecords;

/**
 * The penalty case driven through the API step by step by the demo users of the Dinghai comprehensive team, as the
 * inbox shows them their tasks. Instants are the domain clock's (tests may move it together with the engine's).
 */
public final class CaseSteps {

    public final ApiClient officer;
    public final ApiClient head;
    public final ApiClient reviewer;
    private final int port;
    private final Clock clock;

    public CaseSteps(int port, Clock clock) {
        this.port = port;
        this.clock = clock;
        this.officer = ApiClient.as(port, "officer.dinghai1");
        this.head = ApiClient.as(port, "head.dinghai");
        this.reviewer = ApiClient.as(port, "reviewer.dinghai");
    }

    /** A ¥500 fine on a natural person: no legal review, no hearing right. */
    public static final String ROUTINE_FINE = """
            {"measures": [{"kind": "FINE", "amount": 50000}], "legalBasis": "《浙江省市容环境卫生管理条例》第四十条",
             "tier": "ORDINARY", "departsFromDiscretionStandard": false}""";

    /** ISO-8601 with the China offset, as the forms take instants. */
    public String now() {
        return OffsetDateTime.ofInstant(clock.instant(), LegalTime.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** Registered, verified for filing, its party named, filed: the case waits for the investigation. */
    public long filedLead(String summary) {
        long leadId = Scenarios.lead(port, summary);
        Scenarios.verifiedForFiling(port, leadId, "officer.dinghai1");
        nameParty(leadId);
        complete(head, leadId, Elements.FILE_CASE_APPROVAL, """
                {"outcome": "APPROVE", "opinion": "符合立案条件，同意立案。"}""");
        return leadId;
    }

    public JsonNode nameParty(long leadId) {
        ApiClient.Response named = officer.post("/api/leads/" + leadId + "/parties", """
                {"kind": "NATURAL_PERSON", "identifierType": "RESIDENT_ID", "identifier": "%s", "name": "王某",
                 "address": "定海区解放西路1号", "phone": "13800000001", "role": "PARTY"}""".formatted(FreshIdentifiers.residentId()));
        assertThat(named.status()).as(named.body().toString()).isEqualTo(201);
        return named.body();
    }

    public void investigate(long leadId) {
        complete(officer, leadId, Elements.INVESTIGATE, """
                {"findings": "现场检查确认当事人在人行道摆摊经营，影响通行，经责令改正拒不改正。",
                 "officers": ["officer.dinghai1", "officer.dinghai2"]}""");
    }

    public void reviewInvestigation(long leadId, String outcome, String ground) {
        complete(head, leadId, Elements.INVESTIGATION_REVIEW, """
                {"outcome": "%s", "opinion": "调查终结，事实清楚。", "data": {"ground": %s}}""".formatted(outcome,
                ground == null ? "null" : "\"" + ground + "\""));
    }

    public void propose(long leadId, String penalty, String assertedTriggers) {
        complete(officer, leadId, Elements.PROPOSE_PENALTY, """
                {"data": {"penalty": %s, "facts": "当事人在解放西路人行道摆摊经营，影响通行。",
                 "evidence": "现场笔录、现场照片、询问笔录", "violatedProvision": "《浙江省市容环境卫生管理条例》第十七条",
                 "reasons": "经责令改正拒不改正，依法应予处罚。", "assertedTriggers": %s}}""".formatted(penalty, assertedTriggers));
    }

    public void serveNotice(long leadId) {
        completeAsOfNow(officer, leadId, Elements.SERVE_NOTICE, """
                {"data": {"servedAt": "%s", "method": "DIRECT"}}""");
    }

    public void waiveStatement(long leadId) {
        completeAsOfNow(officer, leadId, Elements.HEAR_STATEMENT, """
                {"outcome": "WAIVED", "data": {"waivedAt": "%s", "waiver": "STATEMENT_AND_DEFENCE"}}""");
    }

    public void approveDecision(long leadId) {
        complete(head, leadId, Elements.DECISION_APPROVAL, """
                {"outcome": "APPROVE", "opinion": "事实清楚，证据确凿，同意处罚。"}""");
    }

    public void serveDecision(long leadId) {
        completeAsOfNow(officer, leadId, Elements.SERVE_DECISION, """
                {"data": {"servedAt": "%s", "method": "DIRECT"}}""");
    }

    /** From the filed case to the decision's service: routine proposal, notice, written waiver, approval. */
    public void routineToServedDecision(long leadId) {
        investigate(leadId);
        reviewInvestigation(leadId, "PENALTY", null);
        propose(leadId, ROUTINE_FINE, "[]");
        serveNotice(leadId);
        waiveStatement(leadId);
        approveDecision(leadId);
        serveDecision(leadId);
    }

    /** The number of the case's document of {@code kind} (once issued). */
    public String documentNumber(long caseId, String kind) {
        for (JsonNode document : officer.get("/api/cases/" + caseId + "/documents").body()) {
            if (kind.equals(document.get("kind").asText())) {
                return document.get("number").asText();
            }
        }
        throw new AssertionError("no " + kind + " document in case " + caseId);
    }

    /** The case filed for the lead (waits for the filing worker). */
    public long caseId(long leadId) {
        long[] caseId = new long[1];
        EngineRecords.await("the case of lead " + leadId, Duration.ofSeconds(60), () -> {
            caseId[0] = officer.get("/api/leads/" + leadId).body().path("caseId").asLong();
            return caseId[0] > 0;
        });
        return caseId[0];
    }

    /**
     * Waits for the task, then completes it with the instant it is done at ({@code %s} in {@code completion}): what
     * the form records happened after what made the task appear.
     */
    public void completeAsOfNow(ApiClient who, long leadId, String elementId, String completion) {
        JsonNode task = who.awaitTask(leadId, elementId);
        who.claimAndComplete(task, completion.formatted(now()));
    }

    /** Waits for the task in {@code who}'s inbox, claims and completes it. */
    public void complete(ApiClient who, long leadId, String elementId, String completion) {
        who.claimAndComplete(who.awaitTask(leadId, elementId), completion);
    }
}
