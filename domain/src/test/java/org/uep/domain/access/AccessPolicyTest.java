package org.uep.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.uep.domain.DomainException;

/** The policy's pure rules (its one database question, separation of duties, is tested with the inbox). */
class AccessPolicyTest {

    private final AccessPolicy policy = new AccessPolicy(null);

    private boolean reads(Caller caller, String unitPath) {
        return policy.readScope(caller).covers(unitPath);
    }

    private static Caller caller(Set<String> roles, String... units) {
        return new Caller("u", "u", List.of(units), roles, Credentials.NONE);
    }

    @Test
    void caseWorkersReadTheirUnitsAndTheUnitsBelowNothingElse() {
        Caller putuoMarket = caller(Set.of("officer"), "/zhoushan/putuo/market-regulation");

        assertThat(reads(putuoMarket, "/zhoushan/putuo/market-regulation")).isTrue();
        assertThat(reads(putuoMarket, "/zhoushan/putuo/market-regulation/donggang")).isTrue();
        assertThat(reads(putuoMarket, "/zhoushan/dinghai/ecology-environment")).as("other department, other county").isFalse();
        assertThat(reads(putuoMarket, "/zhoushan/putuo/market-regulation-annex")).as("a name prefix is no subtree").isFalse();
        assertThat(reads(putuoMarket, "/zhoushan/putuo")).as("the parent").isFalse();
    }

    @Test
    void aStationedOfficerReadsBothHomeAndAssignedUnits() {
        Caller stationed = caller(Set.of("officer"), "/zhoushan/daishan/comprehensive",
                "/zhoushan/daishan/changtu/stationed-comprehensive");

        assertThat(policy.readScope(stationed).roots()).containsExactlyInAnyOrder(
                "/zhoushan/daishan/comprehensive", "/zhoushan/daishan/changtu/stationed-comprehensive");
    }

    @Test
    void aSupervisorReadsTheWholeRegionOfTheJusticeBureau() {
        Caller city = caller(Set.of("supervisor"), "/zhoushan/justice-bureau");
        Caller dinghai = caller(Set.of("supervisor"), "/zhoushan/dinghai/justice-bureau");

        assertThat(reads(city, "/zhoushan/putuo/market-regulation")).isTrue();
        assertThat(reads(dinghai, "/zhoushan/dinghai/ecology-environment")).isTrue();
        assertThat(reads(dinghai, "/zhoushan/putuo/market-regulation")).isFalse();
    }

    @Test
    void administratorsPoliceAndProsecutorsReadNoDossiersThroughUnits() {
        for (String role : List.of("system-admin", "security-admin", "audit-admin", "police-liaison", "prosecutor", "coordinator")) {
            assertThat(policy.readScope(caller(Set.of(role), "/zhoushan")).roots()).as(role).isEmpty();
        }
        assertThat(policy.readScope(caller(Set.of("police-liaison"), "/zhoushan/dinghai/police")).shareUnits())
                .as("outside bodies read what is shared with their body").containsExactly("/zhoushan/dinghai/police");
        assertThat(policy.readScope(caller(Set.of("audit-admin"), "/zhoushan")).shareUnits()).isEmpty();
    }

    @Test
    void onlyRegistrarsOfTheUnitItselfRegisterLeads() {
        policy.requireEnforcementStaffOf(caller(Set.of("officer"), "/zhoushan/dinghai/comprehensive"),
                "/zhoushan/dinghai/comprehensive", "register leads");

        assertThatThrownBy(() -> policy.requireEnforcementStaffOf(caller(Set.of("supervisor"), "/zhoushan/dinghai/comprehensive"),
                "/zhoushan/dinghai/comprehensive", "register leads")).isInstanceOf(DomainException.class)
                .hasMessageContaining("Only officers").hasMessageContaining("can register leads for it");
        assertThatThrownBy(() -> policy.requireEnforcementStaffOf(caller(Set.of("head"), "/zhoushan/comprehensive"),
                "/zhoushan/dinghai/comprehensive", "register leads")).isInstanceOf(DomainException.class);
    }

    @Test
    void anAccountWithTwoAdministrativeRolesIsRefusedEverything() {
        policy.admit(caller(Set.of("system-admin"), "/zhoushan"));
        policy.admit(caller(Set.of("officer", "head"), "/zhoushan/dinghai/comprehensive"));

        assertThatThrownBy(() -> policy.admit(caller(Set.of("system-admin", "audit-admin"), "/zhoushan")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("separation of administrative duties");
    }

    @Test
    void legalReviewSignOffFollowsArticle58() {
        Caller qualified = new Caller("r", "r", List.of(), Set.of("legal-reviewer"),
                new Credentials(null, null, "A2022", java.time.LocalDate.of(2022, 3, 1)));
        Caller unqualified = new Caller("r", "r", List.of(), Set.of("legal-reviewer"),
                new Credentials(null, null, null, java.time.LocalDate.of(2023, 3, 1)));

        policy.requireMayReviewLegally(qualified);
        assertThatThrownBy(() -> policy.requireMayReviewLegally(unqualified)).hasMessageContaining("Art. 58(3)");
    }

    @Test
    void readScopesBecomeEscapedLikePatterns() {
        ReadScope scope = new ReadScope(Set.of("/zhoushan/a_b"), Set.of());
        assertThat(scope.likePatterns()).containsExactly("/zhoushan/a\\_b/%");
    }
}
