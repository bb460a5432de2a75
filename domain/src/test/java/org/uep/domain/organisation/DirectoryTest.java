package org.uep.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Credentials;
import org.uep.domain.audit.AuditEventRepository;

@DomainTest
class DirectoryTest {

    @Autowired Directory directory;
    @Autowired AuditEventRepository audit;

    private static OfficerEntry person(String username, String unit) {
        return new OfficerEntry(username, username, unit, List.of(unit), Set.of("officer"),
                Credentials.certificate("ZJ-" + username, LocalDate.of(2030, 1, 1)));
    }

    @Test
    void aFullSyncReplacesUnitsAndDeactivatesPeopleKeycloakNoLongerLists() {
        UnitEntry qushan = new UnitEntry("/zhoushan/daishan/qushan", "衢山镇", "township", "township",
                Unit.TownshipMode.EMPOWERED, null, Set.of("330201001001", "330201001002"));
        UnitEntry daishan = new UnitEntry("/zhoushan/daishan", "岱山县", "county", "county", null, null, Set.of());
        directory.synchronise(List.of(daishan, qushan),
                List.of(person("sync.a", "/zhoushan/daishan/qushan"), person("sync.b", "/zhoushan/daishan/qushan")), "secadmin");

        Directory.SyncReport second = directory.synchronise(List.of(daishan),
                List.of(person("sync.a", "/zhoushan/daishan/qushan")), "secadmin");

        assertThat(second.deactivatedOfficers()).isGreaterThanOrEqualTo(1);
        assertThat(directory.officer("sync.a")).isPresent();
        assertThat(directory.officer("sync.b")).as("removed from Keycloak: no longer an active officer").isEmpty();
        assertThat(directory.unit("/zhoushan/daishan/qushan")).isEmpty();
        assertThat(directory.unit("/zhoushan/daishan")).get().satisfies(u -> assertThat(u.getNameZh()).isEqualTo("岱山县"));
        assertThat(audit.findByStreamOrderById(Directory.AUDIT_STREAM)).extracting(e -> e.getActor()).contains("secadmin");
    }

    @Test
    void empoweredTownshipsKeepTheirMatterList() {
        UnitEntry baiquan = new UnitEntry("/zhoushan/dinghai/baiquan", "白泉镇", "township", "township",
                Unit.TownshipMode.EMPOWERED, null, Set.of("330201001003"));
        directory.synchronise(List.of(baiquan), List.of(), "sysadmin");

        assertThat(directory.unit("/zhoushan/dinghai/baiquan").orElseThrow().getTownshipMode()).isEqualTo(Unit.TownshipMode.EMPOWERED);
        assertThat(directory.empoweredMatters("/zhoushan/dinghai/baiquan")).containsExactly("330201001003");
    }

    @Test
    void aLoginRecordsWhatANewerTokenSaysAboutThePerson() {
        Instant now = Instant.now();
        directory.recordLogin(person("login.a", "/zhoushan/dinghai/comprehensive"), now.minusSeconds(60));
        directory.recordLogin(person("login.a", "/zhoushan/putuo/comprehensive"), now);

        assertThat(directory.officer("login.a").orElseThrow().getUnits()).containsExactly("/zhoushan/putuo/comprehensive");

        directory.recordLogin(person("login.a", "/zhoushan/dinghai/comprehensive"), now.minusSeconds(30));
        assertThat(directory.officer("login.a").orElseThrow().getUnits()).as("an older token changes nothing")
                .containsExactly("/zhoushan/putuo/comprehensive");
    }
}
