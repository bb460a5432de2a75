package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.UepIntegrationTest;

/** The statutory clock catalogue through the API: every clock of deadlines.md; only [C] rows adjustable. */
@UepIntegrationTest
class ClockCatalogueApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyClockOfTheCatalogueIsThereWithItsRules() {
        Map<String, JsonNode> clocks = new HashMap<>();
        ApiClient.as(port, "officer.dinghai1").get("/api/clocks/catalogue").body().forEach(c -> clocks.put(c.get("id").asText(), c));

        // The 25 clocks of deadlines.md, and the summary procedure's filing (备案) period.
        assertThat(clocks).hasSize(26).containsKeys("lead.verify", "case.decide", "hearing.request", "transfer.send",
                "limitation", "rectify.recheck", "summary.file");
        assertThat(clocks.get("case.decide").get("length").asInt()).isEqualTo(90);
        assertThat(clocks.get("case.decide").get("unit").asText()).isEqualTo("NATURAL_DAYS");
        assertThat(clocks.get("case.decide").get("configurable").asBoolean()).isFalse();
        assertThat(clocks.get("hearing.request").get("unit").asText()).isEqualTo("WORKING_DAYS");
        assertThat(clocks.get("transfer.send").get("unit").asText()).isEqualTo("HOURS");
        assertThat(clocks.get("legal.review").get("extensionLength").asInt()).isEqualTo(3);
    }

    @Test
    void onlyConfigurableClocksAreAdjustedAndOnlyByTheSystemAdministrator() {
        ApiClient sysadmin = ApiClient.as(port, "sysadmin");

        ApiClient.Response adjusted = sysadmin.put("/api/clocks/catalogue/notice.reply", """
                {"length": 7}""");
        assertThat(adjusted.status()).as(adjusted.body().toString()).isEqualTo(200);
        assertThat(adjusted.body().get("length").asInt()).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where stream = 'admin/clocks' and actor = 'sysadmin'",
                Long.class)).isPositive();

        ApiClient.Response statute = sysadmin.put("/api/clocks/catalogue/case.decide", """
                {"length": 120}""");
        assertThat(statute.status()).isEqualTo(409);
        assertThat(statute.body().get("detail").asText()).contains("fixed by");
        assertThat(sysadmin.put("/api/clocks/catalogue/notice.reply", """
                {"length": 0}""").status()).isEqualTo(400);
        assertThat(sysadmin.put("/api/clocks/catalogue/no.such.clock", """
                {"length": 5}""").status()).isEqualTo(404);
        assertThat(ApiClient.as(port, "head.dinghai").put("/api/clocks/catalogue/notice.reply", """
                {"length": 3}""").status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select length from clock_definition where id = 'case.decide'", Integer.class)).isEqualTo(90);
        assertThat(jdbc.queryForObject("select length from clock_definition where id = 'notice.reply'", Integer.class)).isEqualTo(7);

        sysadmin.put("/api/clocks/catalogue/notice.reply", """
                {"length": 5}""");
    }
}
