package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.UepIntegrationTest;

/** The working-day calendar through the API, against PostgreSQL seeded from the shipped file. */
@UepIntegrationTest
class CalendarApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theShippedYearsAreLoadedAndComputationsCrossTheirHolidays() {
        ApiClient officer = ApiClient.as(port, "officer.dinghai1");
        JsonNode year = officer.get("/api/calendar/2026").body();
        assertThat(year.get("known").asBoolean()).isTrue();
        assertThat(dates(year.get("holidays"))).contains("2026-02-17", "2026-10-01");
        assertThat(dates(year.get("makeUpWorkdays"))).isNotEmpty();

        // National Day 2025: 10-01..10-08 off, Sat 10-11 a make-up working day. 5 working days from Tue 09-30:
        // Thu 10-09 (1), Fri 10-10 (2), Sat 10-11 (3, 调休), Mon 10-13 (4), Tue 10-14 (5).
        JsonNode due = officer.post("/api/calendar/computations", """
                {"start": "2025-09-30", "n": 5, "unit": "WORKING_DAYS"}""").body();
        assertThat(due.get("due").asText()).isEqualTo("2025-10-14");
        assertThat(due.get("provisional").asBoolean()).isFalse();
        assertThat(due.get("warning").isNull()).isTrue();
    }

    @Test
    void aComputationIntoAYearWithoutDataIsProvisionalAndSaysSo() {
        JsonNode due = ApiClient.as(port, "officer.dinghai1").post("/api/calendar/computations", """
                {"start": "2028-12-20", "n": 30, "unit": "NATURAL_DAYS"}""").body();
        assertThat(due.get("provisional").asBoolean()).isTrue();
        assertThat(due.get("missingYears")).extracting(JsonNode::asInt).contains(2029);
        assertThat(due.get("warning").asText()).contains("provisional");
        assertThat(ApiClient.as(port, "sysadmin").get("/api/calendar/missing-years").body())
                .extracting(JsonNode::asInt).contains(2027);
    }

    @Test
    void theSystemAdministratorReplacesAYearAndABadListChangesNothing() {
        ApiClient sysadmin = ApiClient.as(port, "sysadmin");
        ApiClient.Response loaded = sysadmin.put("/api/calendar/2031", """
                {"holidays": [{"date": "2031-01-01", "name": "元旦"}], "makeUpWorkdays": [{"date": "2031-01-04", "name": "调休"}]}""");
        assertThat(loaded.status()).as(loaded.body().toString()).isEqualTo(200);
        assertThat(loaded.body().get("known").asBoolean()).isTrue();

        ApiClient.Response weekday = sysadmin.put("/api/calendar/2031", """
                {"holidays": [], "makeUpWorkdays": [{"date": "2031-01-06", "name": "周一"}]}""");
        assertThat(weekday.status()).isEqualTo(400);
        assertThat(weekday.body().get("detail").asText()).contains("must fall on a weekend");
        ApiClient.Response otherYear = sysadmin.put("/api/calendar/2031", """
                {"holidays": [{"date": "2032-01-01", "name": "元旦"}], "makeUpWorkdays": []}""");
        assertThat(otherYear.status()).isEqualTo(400);
        assertThat(otherYear.body().get("detail").asText()).contains("is not in 2031");
        assertThat(ApiClient.as(port, "officer.dinghai1").put("/api/calendar/2031", """
                {"holidays": [], "makeUpWorkdays": []}""").status()).isEqualTo(403);

        JsonNode year = sysadmin.get("/api/calendar/2031").body();
        assertThat(dates(year.get("holidays"))).containsExactly("2031-01-01");
        assertThat(dates(year.get("makeUpWorkdays"))).containsExactly("2031-01-04");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where stream = 'admin/calendar' and actor = 'sysadmin'",
                Long.class)).isPositive();
    }

    private static List<String> dates(JsonNode days) {
        List<String> dates = new ArrayList<>();
        days.forEach(d -> dates.add(d.get("date").asText()));
        return dates;
    }
}
