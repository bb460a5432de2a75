package org.uep.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.uep.domain.DomainException;
import org.uep.domain.lead.Jurisdiction.Decision;
import org.uep.domain.lead.Jurisdiction.Reason;
import org.uep.domain.lead.Jurisdiction.UnitFacts;
import org.uep.domain.organisation.Unit.TownshipMode;

/** The rule alone: no directory, no database. */
class JurisdictionTest {

    static final String QUSHAN = "/zhoushan/daishan/qushan";
    static final String DAISHAN_TEAM = "/zhoushan/daishan/comprehensive";
    static final String CHANGTU_TEAM = "/zhoushan/daishan/changtu/stationed-comprehensive";
    static final UnitFacts EMPOWERED_QUSHAN = new UnitFacts("township", TownshipMode.EMPOWERED, null,
            Set.of("330217001000", "330217035000", "330264005000"));
    static final Predicate<String> COUNTY_TEAMS_EXIST = DAISHAN_TEAM::equals;

    @Test
    void anEmpoweredTownshipKeepsTheMattersOfItsListInItsOwnName() {
        assertThat(Jurisdiction.decide(QUSHAN, "330264005000", EMPOWERED_QUSHAN, COUNTY_TEAMS_EXIST))
                .isEqualTo(new Decision(QUSHAN, QUSHAN, false, Reason.ON_TOWNSHIP_LIST));
    }

    @Test
    void otherMattersAndLeadsWithoutAMatterGoToTheCountyDepartment() {
        assertThat(Jurisdiction.decide(QUSHAN, "330217002000", EMPOWERED_QUSHAN, COUNTY_TEAMS_EXIST))
                .isEqualTo(new Decision(DAISHAN_TEAM, DAISHAN_TEAM, true, Reason.NOT_ON_TOWNSHIP_LIST));
        assertThat(Jurisdiction.decide(QUSHAN, null, EMPOWERED_QUSHAN, COUNTY_TEAMS_EXIST))
                .isEqualTo(new Decision(DAISHAN_TEAM, DAISHAN_TEAM, true, Reason.NO_MATTER_CODE));
    }

    @Test
    void routingToACountyDepartmentTheDirectoryDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> Jurisdiction.decide("/zhoushan/shengsi/yangshan", "330217035000",
                new UnitFacts("township", TownshipMode.EMPOWERED, null, Set.of("330217001000")), COUNTY_TEAMS_EXIST))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("330217035000 is not on the list of empowered township /zhoushan/shengsi/yangshan")
                .hasMessageContaining("/zhoushan/shengsi/comprehensive, which the directory does not know")
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.CONFLICT));
    }

    @Test
    void aStationedTeamKeepsItsLeadButActsInTheCountyDepartmentsName() {
        assertThat(Jurisdiction.decide(CHANGTU_TEAM, null,
                new UnitFacts("enforcement-team", null, DAISHAN_TEAM, Set.of()), COUNTY_TEAMS_EXIST))
                .isEqualTo(new Decision(CHANGTU_TEAM, DAISHAN_TEAM, false, Reason.STATIONED_TEAM));
    }

    @Test
    void anyOtherUnitActsInItsOwnNameWhatever() {
        for (UnitFacts facts : new UnitFacts[] {
                UnitFacts.UNKNOWN,                                                          // not synced (yet)
                new UnitFacts("enforcement-team", null, null, Set.of()),                    // a county team
                new UnitFacts("township", null, null, Set.of("330217001000")),               // township without a mode
                new UnitFacts("township", TownshipMode.STATIONED, null, Set.of())}) {       // stationed township itself
            assertThat(Jurisdiction.decide(QUSHAN, "330217001000", facts, COUNTY_TEAMS_EXIST))
                    .as(facts.toString()).isEqualTo(new Decision(QUSHAN, QUSHAN, false, Reason.OWN_UNIT));
        }
    }

    @Test
    void matterCodesAreTwelveDigitsAndBlankMeansNone() {
        assertThat(Jurisdiction.matterCode(null)).isNull();
        assertThat(Jurisdiction.matterCode("  ")).isNull();
        assertThat(Jurisdiction.matterCode(" 330217001000 ")).isEqualTo("330217001000");
        for (String bad : new String[] {"33021700100", "3302170010000", "33021700100A", "３３０２１７００１０００"}) {
            assertThatThrownBy(() -> Jurisdiction.matterCode(bad)).as(bad)
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("is not valid: a matter code (事项代码) is the 12 digits")
                    .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.INVALID));
        }
    }

    @Test
    void theCountyDepartmentIsTheComprehensiveTeamUnderTheTownshipsCounty() {
        assertThat(Jurisdiction.countyTeamOf(QUSHAN)).isEqualTo(DAISHAN_TEAM);
        assertThat(Jurisdiction.countyTeamOf("/zhoushan")).isNull();
    }
}
