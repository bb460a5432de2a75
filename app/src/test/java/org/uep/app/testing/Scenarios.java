package org.uep.app.testing;

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

    /** A lead registered by officer.dinghai1 and filed by head.dinghai: the case waits for its investigation. */
    public static Filed filedCase(int port, String summary) {
        long leadId = lead(port, summary);
        ApiClient head = ApiClient.as(port, "head.dinghai");
        head.claimAndComplete(head.awaitTask(leadId, Elements.FILE_CASE_APPROVAL), """
                {"outcome": "APPROVE", "opinion": "同意立案"}""");
        long caseId = ApiClient.as(port, "officer.dinghai1").awaitTask(leadId, Elements.INVESTIGATE).get("caseId").asLong();
        return new Filed(leadId, caseId);
    }
}
