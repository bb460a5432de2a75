package org.uep.app.testing;

import java.time.Instant;
import java.util.List;
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.party.PartyKind;
import org.uep.domain.penalty.Penalty;
import org.uep.domain.penalty.PenaltyProceedings;
import java.time.LocalDate;
import org.uep.domain.clock.LegalTime;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;

/** Dossiers built through the API by the demo users of the Dinghai comprehensive team. */
public final class Scenarios {

    public static final String DINGHAI = "/zhoushan/dinghai/comprehensive";

    private Scenarios() {}

    public record Filed(long leadId, long caseId) {}

    /** officer.dinghai1 registers a lead; returns its id. */
    public static long lead(int port, String summary) {
        return ApiClient.as(port, "officer.dinghai1").post("/api/leads", """
                {"unitPath": "%s", "source": "INSPECTION", "summary": "%s"}""".formatted(DINGHAI, summary))
                .body().get("id").asLong();
    }

    /** The completion of the lead verification: {@code finding}, for an act that ended on {@code actEndedOn}. */
    public static String verification(String finding, LocalDate actEndedOn, String competentBody) {
        return """
                {"outcome": "%s", "opinion": "经核查，违法事实基本清楚。",
                 "data": {"actEndedOn": "%s", "gravelyHarmful": false, "competentBody": %s}}""".formatted(finding,
                actEndedOn, competentBody == null ? "null" : "\"" + competentBody + "\"");
    }

    /** {@code officer} verifies the lead for filing: an act that ended a month ago, well within the limitation. */
    public static void verifiedForFiling(int port, long leadId, String officer) {
        ApiClient verifier = ApiClient.as(port, officer);
        verifier.claimAndComplete(verifier.awaitTask(leadId, Elements.VERIFY_LEAD),
                verification("FILE", LocalDate.now(LegalTime.ZONE).minusMonths(1), null));
    }

    /** A lead registered and verified by officer.dinghai1 and filed by head.dinghai: the case waits for its investigation. */
    public static Filed filedCase(int port, String summary) {
        long leadId = lead(port, summary);
        verifiedForFiling(port, leadId, "officer.dinghai1");
        ApiClient head = ApiClient.as(port, "head.dinghai");
        head.claimAndComplete(head.awaitTask(leadId, Elements.FILE_CASE_APPROVAL), """
                {"outcome": "APPROVE", "opinion": "同意立案"}""");
        long caseId = ApiClient.as(port, "officer.dinghai1").awaitTask(leadId, Elements.INVESTIGATE).get("caseId").asLong();
        return new Filed(leadId, caseId);
    }

    /**
     * A ¥200 fine decided on the spot for the case and served now, through the domain as the job workers will call it
     * (no API decides yet); returns the decision number the collection system pays against.
     */
    public static String servedFine(PenaltyProceedings proceedings, ExecutionService executions, Filed filed) {
        Instant decidedAt = proceedings.decideOnTheSpot(filed.leadId(), PartyKind.NATURAL_PERSON, new Penalty(List.of(
                Penalty.Measure.of(Penalty.Kind.FINE, 20_000)), "《城市市容和环境卫生管理条例》第三十六条",
                Penalty.DiscretionTier.ORDINARY, false), "officer.dinghai1").getDecidedAt();
        String number = "定综执罚〔2026〕" + filed.leadId() + "号";
        // Served when decided, by the domain's clock (tests may have moved it).
        executions.decisionServed(filed.leadId(), number, decidedAt, "officer.dinghai1");
        return number;
    }
}
