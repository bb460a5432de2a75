package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;

/**
 * Jurisdiction at receipt with the realm's organisation (synced from the real Keycloak): an empowered township keeps
 * the matters of its list in its own name and routes the others to the county department; a stationed team acts in
 * its county department's name. Qushan's list in the realm: 330217001000, 330217035000, 330264005000.
 */
@UepIntegrationTest
class TownshipRoutingTest {

    static final String QUSHAN = "/zhoushan/daishan/qushan";
    static final String DAISHAN_TEAM = "/zhoushan/daishan/comprehensive";
    static final String CHANGTU_TEAM = "/zhoushan/daishan/changtu/stationed-comprehensive";
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void directoryKnowsTheOrganisation() {
        DirectoryReady.await(jdbc);
    }

    private static String lead(String unitPath, String matterCode) {
        return """
                {"unitPath": "%s", "source": "INSPECTION", "summary": "渔港码头无证经营 unlicensed trading at the pier",
                 "place": "衢山镇", "matterCode": %s}""".formatted(unitPath, matterCode == null ? "null" : "\"" + matterCode + "\"");
    }

    @Test
    void aMatterOnQushansListIsHandledByQushanInItsOwnName() {
        ApiClient officer = ApiClient.as(port, "officer.qushan");
        ApiClient head = ApiClient.as(port, "head.qushan");

        ApiClient.Response created = officer.post("/api/leads", lead(QUSHAN, "330264005000"));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().get("unitPath").asText()).isEqualTo(QUSHAN);
        assertThat(created.body().get("actingBody").asText()).isEqualTo(QUSHAN);
        assertThat(created.body().get("matterCode").asText()).isEqualTo("330264005000");
        long leadId = created.body().get("id").asLong();
        Scenarios.verifiedForFiling(port, leadId, "officer.qushan");
        JsonNode filing = head.awaitTask(leadId, Elements.FILE_CASE_APPROVAL);
        assertThat(filing.get("candidateGroups")).extracting(JsonNode::asText).containsExactly("head@" + QUSHAN);
        assertThat(ApiClient.as(port, "head.daishan").inboxTaskIds()).doesNotContain(filing.get("id").asLong());
        assertThat(officer.get("/api/leads/" + leadId).body().get("actingBody").asText()).isEqualTo(QUSHAN);
        assertThat(routings(leadId)).isZero();
    }

    @Test
    void anotherMatterIsRoutedToTheCountyDepartmentVisiblyAndOnTheRecord() throws Exception {
        ApiClient officer = ApiClient.as(port, "officer.qushan");
        ApiClient countyHead = ApiClient.as(port, "head.daishan");

        ApiClient.Response created = officer.post("/api/leads", lead(QUSHAN, "330217002000"));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().get("unitPath").asText()).as("the answer shows where it went").isEqualTo(DAISHAN_TEAM);
        assertThat(created.body().get("actingBody").asText()).isEqualTo(DAISHAN_TEAM);
        assertThat(created.body().get("matterCode").asText()).isEqualTo("330217002000");
        assertThat(created.body().get("receivedBy").asText()).isEqualTo("officer.qushan");
        long leadId = created.body().get("id").asLong();

        Scenarios.verifiedForFiling(port, leadId, "officer.changtu.stationed");
        JsonNode filing = countyHead.awaitTask(leadId, Elements.FILE_CASE_APPROVAL);
        assertThat(filing.get("candidateGroups")).extracting(JsonNode::asText).containsExactly("head@" + DAISHAN_TEAM);
        assertThat(ApiClient.as(port, "head.qushan").inboxTaskIds()).doesNotContain(filing.get("id").asLong());
        assertThat(countyHead.get("/api/leads/" + leadId).body().get("unitPath").asText()).isEqualTo(DAISHAN_TEAM);
        assertThat(officer.get("/api/leads/" + leadId).status())
                .as("the lead is the county's now: the township officer no longer reads it").isEqualTo(404);

        assertThat(routings(leadId)).isEqualTo(1);
        JsonNode routed = JSON.readTree(jdbc.queryForObject(
                "select after_state::text from audit_event where stream = ? and action = 'lead.routed'", String.class,
                "lead/" + leadId));
        assertThat(routed.get("from").asText()).isEqualTo(QUSHAN);
        assertThat(routed.get("to").asText()).isEqualTo(DAISHAN_TEAM);
        assertThat(routed.get("matterCode").asText()).isEqualTo("330217002000");
        assertThat(routed.get("reason").asText()).isEqualTo("NOT_ON_TOWNSHIP_LIST");
    }

    @Test
    void aLeadWithoutAMatterCodeIsRoutedAndABadCodeIsRefusedAsAProblem() {
        ApiClient officer = ApiClient.as(port, "officer.qushan");

        ApiClient.Response noMatter = officer.post("/api/leads", lead(QUSHAN, null));
        assertThat(noMatter.status()).isEqualTo(201);
        assertThat(noMatter.body().get("unitPath").asText()).isEqualTo(DAISHAN_TEAM);
        assertThat(noMatter.body().get("matterCode").isNull()).isTrue();

        ApiClient.Response bad = officer.post("/api/leads", lead(QUSHAN, "33021700200"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body().toString()).contains("is not valid: a matter code");
    }

    @Test
    void aStationedTeamKeepsItsLeadAndActsInTheCountyDepartmentsName() {
        ApiClient officer = ApiClient.as(port, "officer.changtu.stationed");

        ApiClient.Response created = officer.post("/api/leads", lead(CHANGTU_TEAM, "330217002000"));

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.body().get("unitPath").asText()).isEqualTo(CHANGTU_TEAM);
        assertThat(created.body().get("actingBody").asText()).isEqualTo(DAISHAN_TEAM);
        long leadId = created.body().get("id").asLong();
        assertThat(officer.get("/api/leads/" + leadId).body().get("actingBody").asText()).isEqualTo(DAISHAN_TEAM);
        assertThat(routings(leadId)).isZero();
    }

    private long routings(long leadId) {
        return jdbc.queryForObject("select count(*) from audit_event where stream = ? and action = 'lead.routed'",
                Long.class, "lead/" + leadId);
    }
}
