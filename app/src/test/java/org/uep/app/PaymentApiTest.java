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
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.penalty.PenaltyProceedings;

/** Payments through the API with real Keycloak tokens: the collection system's service account, finance, refusals. */
@UepIntegrationTest
class PaymentApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired PenaltyProceedings proceedings;
    @Autowired ExecutionService executions;

    @Test
    void theCollectionSystemConfirmsAPaymentOnceAndFinanceEntersAReceipt() {
        DirectoryReady.await(jdbc);
        Scenarios.Filed filed = Scenarios.filedCase(port, "缴款 payment");
        String number = Scenarios.servedFine(proceedings, executions, filed);
        String payment = """
                {"reference": "FS-API-%d", "decisionNumber": "%s", "amountFen": 15000, "paidAt": "%s", "channel": "非税收入网上缴款"}"""
                .formatted(filed.leadId(), number, Instant.now().minusSeconds(120));

        ApiClient collection = ApiClient.asCollectionSystem(port);
        ApiClient.Response recorded = collection.post("/api/payments", payment);
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        assertThat(recorded.body().get("source").asText()).isEqualTo("COLLECTION");
        ApiClient.Response repeated = collection.post("/api/payments", payment);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body()).isEqualTo(recorded.body());
        ApiClient.Response conflicting = collection.post("/api/payments", payment.replace("15000", "15001"));
        assertThat(conflicting.status()).isEqualTo(409);
        assertThat(conflicting.contentType()).startsWith("application/problem+json");
        assertThat(collection.post("/api/payments", payment.replace(number, "定综执罚〔2026〕0号").replace("FS-API", "FS-NONE"))
                .status()).as("unknown decision number").isEqualTo(404);

        ApiClient.Response byOfficer = ApiClient.as(port, "officer.dinghai1").post("/api/payments",
                payment.replace("FS-API", "FS-OFFICER"));
        assertThat(byOfficer.status()).as("deciding and collecting are separated (Art. 67)").isEqualTo(403);
        assertThat(ApiClient.as(port, "head.dinghai").post("/api/cases/" + filed.caseId() + "/payments/manual", """
                {"receiptReference": "RCPT-HEAD", "amountFen": 5000, "paidAt": "%s", "channel": "银行柜台", "reason": "补录"}"""
                .formatted(Instant.now().minusSeconds(60))).status()).isEqualTo(403);

        ApiClient.Response entered = ApiClient.as(port, "finance.dinghai").post("/api/cases/" + filed.caseId() + "/payments/manual", """
                {"receiptReference": "ICBC-RCPT-%d", "amountFen": 5000, "paidAt": "%s", "channel": "银行柜台",
                 "reason": "非税收入系统未回传，依工商银行回单补录"}""".formatted(filed.leadId(), Instant.now().minusSeconds(60)));
        assertThat(entered.status()).as(entered.body().toString()).isEqualTo(201);
        assertThat(entered.body().get("source").asText()).isEqualTo("MANUAL");
        assertThat(jdbc.queryForObject("select actor || ' ' || (after_state ->> 'reason') from audit_event where stream = ? and "
                + "action = 'payment.entered-manually'", String.class, "lead/" + filed.leadId()))
                .isEqualTo("finance.dinghai 非税收入系统未回传，依工商银行回单补录");

        ApiClient.Response execution = ApiClient.as(port, "finance.dinghai").get("/api/cases/" + filed.caseId() + "/execution");
        assertThat(execution.status()).isEqualTo(200);
        assertThat(execution.body().get("paidFen").asLong()).isEqualTo(20_000);
        assertThat(execution.body().get("outstandingFen").asLong()).isZero();
        assertThat(execution.body().get("paidInFullAt").isNull()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from engine_command where kind = 'PAYMENT_RECORDED' and target_id = ?",
                Long.class, entered.body().get("id").asLong())).isEqualTo(1);
    }
}
