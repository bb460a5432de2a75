package org.uep.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.audit.AuditEvent;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.organisation.Directory;
import org.uep.domain.organisation.Unit.TownshipMode;
import org.uep.domain.organisation.UnitEntry;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.testing.Callers;

/** Jurisdiction at receipt against the directory's read copy and real PostgreSQL. */
@DomainTest
class LeadJurisdictionTest {

    static final String DAISHAN = "/zhoushan/daishan";
    static final String DAISHAN_TEAM = DAISHAN + "/comprehensive";
    static final String QUSHAN = DAISHAN + "/qushan";
    static final String CHANGTU_TEAM = DAISHAN + "/changtu/stationed-comprehensive";
    static final String YANGSHAN = "/zhoushan/shengsi/yangshan";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired LeadService leads;
    @Autowired LeadRepository leadRepository;
    @Autowired Directory directory;
    @Autowired EngineOutbox outbox;
    @Autowired AuditEventRepository audit;
    @Autowired JdbcTemplate jdbc;

    /**
     * The organisation as Keycloak describes it (the parts these tests need). A full sync replaces all units, so it
     * runs before each test (other classes sync their own); it lists no people: tests that need people record them
     * as logins, which reactivates them. No Dinghai unit is listed: leads of other tests for Dinghai's team stay there.
     */
    @BeforeEach
    void organisation() {
        directory.synchronise(List.of(
                unit(DAISHAN, "county", null, null),
                unit(DAISHAN_TEAM, "enforcement-team", null, null),
                unit(QUSHAN, "township", TownshipMode.EMPOWERED, null, "330217001000", "330217035000", "330264005000"),
                unit(DAISHAN + "/changtu", "township", TownshipMode.STATIONED, null),
                unit(CHANGTU_TEAM, "enforcement-team", null, DAISHAN_TEAM),
                unit("/zhoushan/shengsi", "county", null, null),
                unit(YANGSHAN, "township", TownshipMode.EMPOWERED, null, "330217001000")), List.of(), "sysadmin");
    }

    private static UnitEntry unit(String path, String kind, TownshipMode mode, String countyUnit, String... matters) {
        return new UnitEntry(path, path, kind, kind, mode, countyUnit, Set.of(matters));
    }

    private static Caller officerOf(String username, String... units) {
        return new Caller(username, username, List.of(units), Set.of("officer"),
                Credentials.certificate("ZJ-" + username, LocalDate.of(2030, 12, 31)));
    }

    private static NewLead lead(String unitPath, String matterCode) {
        return new NewLead(unitPath, "INSPECTION", "无证经营 unlicensed trading", "衢山镇", null, matterCode);
    }

    private List<AuditEvent> events(Lead lead) {
        return audit.findByStreamOrderById(AuditLog.leadStream(lead.getId()));
    }

    @Test
    void aMatterOnTheTownshipsListStaysWithTheTownshipInItsOwnName() {
        Lead lead = leads.receive(lead(QUSHAN, "330264005000"), officerOf("officer.qushan", QUSHAN));

        Lead stored = leads.get(lead.getId());
        assertThat(stored.getUnitPath()).isEqualTo(QUSHAN);
        assertThat(stored.getActingBody()).isEqualTo(QUSHAN);
        assertThat(stored.getMatterCode()).isEqualTo("330264005000");
        assertThat(events(lead)).extracting(AuditEvent::getAction).containsExactly("lead.received");
    }

    @Test
    void anotherMatterIsRoutedToTheCountyDepartmentAndTheRoutingIsAudited() throws Exception {
        Lead lead = leads.receive(lead(QUSHAN, "330217002000"), officerOf("officer.qushan", QUSHAN));

        Lead stored = leads.get(lead.getId());
        assertThat(stored.getUnitPath()).isEqualTo(DAISHAN_TEAM);
        assertThat(stored.getActingBody()).isEqualTo(DAISHAN_TEAM);
        assertThat(stored.getMatterCode()).isEqualTo("330217002000");
        assertThat(outbox.find(EngineCommand.Kind.START_PROCESS, lead.getId())).isPresent();
        List<AuditEvent> events = events(lead);
        assertThat(events).extracting(AuditEvent::getAction).containsExactly("lead.received", "lead.routed");
        AuditEvent routed = events.get(1);
        assertThat(routed.getActor()).isEqualTo("officer.qushan");
        assertThat(routed.getActorUnit()).isEqualTo(QUSHAN);
        JsonNode after = JSON.readTree(routed.getAfter());
        assertThat(after.get("from").asText()).isEqualTo(QUSHAN);
        assertThat(after.get("to").asText()).isEqualTo(DAISHAN_TEAM);
        assertThat(after.get("matterCode").asText()).isEqualTo("330217002000");
        assertThat(after.get("reason").asText()).isEqualTo("NOT_ON_TOWNSHIP_LIST");
    }

    @Test
    void aLeadWithoutAMatterCodeGoesToTheCountyDepartmentToo() throws Exception {
        Lead lead = leads.receive(lead(QUSHAN, " "), officerOf("officer.qushan", QUSHAN));

        assertThat(lead.getUnitPath()).isEqualTo(DAISHAN_TEAM);
        assertThat(lead.getMatterCode()).isNull();
        JsonNode after = JSON.readTree(events(lead).get(1).getAfter());
        assertThat(after.get("reason").asText()).isEqualTo("NO_MATTER_CODE");
        assertThat(after.get("matterCode").isNull()).isTrue();
    }

    @Test
    void aStationedTeamKeepsItsLeadAndActsInTheCountyDepartmentsName() {
        Lead lead = leads.receive(lead(CHANGTU_TEAM, "330217002000"),
                officerOf("officer.changtu.stationed", DAISHAN_TEAM, CHANGTU_TEAM));

        Lead stored = leads.get(lead.getId());
        assertThat(stored.getUnitPath()).isEqualTo(CHANGTU_TEAM);
        assertThat(stored.getActingBody()).isEqualTo(DAISHAN_TEAM);
        assertThat(events(lead)).extracting(AuditEvent::getAction).containsExactly("lead.received");
    }

    @Test
    void unitsThatAreNeitherActInTheirOwnNameAlsoWhenTheDirectoryDoesNotKnowThem() {
        Lead county = leads.receive(lead(DAISHAN_TEAM, "330217002000"), officerOf("officer.daishan", DAISHAN_TEAM));
        Lead unknown = leads.receive(lead(Callers.DINGHAI, null), Callers.officer("officer.dinghai1"));

        assertThat(leads.get(county.getId()).getActingBody()).isEqualTo(DAISHAN_TEAM);
        assertThat(directory.unit(Callers.DINGHAI)).isEmpty();
        assertThat(leads.get(unknown.getId()).getUnitPath()).isEqualTo(Callers.DINGHAI);
        assertThat(leads.get(unknown.getId()).getActingBody()).isEqualTo(Callers.DINGHAI);
    }

    @Test
    void refusalsStoreNothing() {
        long leadsBefore = leadRepository.count();
        long commandsBefore = jdbc.queryForObject("select count(*) from engine_command", Long.class);

        assertThatThrownBy(() -> leads.receive(lead(YANGSHAN, "330217002000"), officerOf("officer.yangshan", YANGSHAN)))
                .as("routing to a county department the directory does not know")
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("/zhoushan/shengsi/comprehensive, which the directory does not know")
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT));
        assertThatThrownBy(() -> leads.receive(lead(QUSHAN, "3302-1700-1000"), officerOf("officer.qushan", QUSHAN)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Matter code '3302-1700-1000' is not valid")
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.INVALID));
        assertThatThrownBy(() -> leads.receive(lead(DAISHAN_TEAM, "330217002000"), officerOf("officer.qushan", QUSHAN)))
                .as("the township officer registers for the township, not for the county department")
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN));

        assertThat(leadRepository.count()).isEqualTo(leadsBefore);
        assertThat(jdbc.queryForObject("select count(*) from engine_command", Long.class)).isEqualTo(commandsBefore);
    }
}
