package org.uep.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CurrentOfficerTest {

    private static final String DINGHAI = "/zhoushan/dinghai/comprehensive";
    private static final String HUANNAN = "/zhoushan/dinghai/huannan";

    @Test
    void candidateGroupsPairEveryRoleWithEveryUnit() {
        CurrentOfficer squad = new CurrentOfficer("squad.dinghai", "陈伟", List.of(DINGHAI, HUANNAN),
                Set.of("squad-leader", "officer"), "ZJ-1", LocalDate.of(2027, 12, 31));

        assertThat(squad.candidateGroups()).containsExactlyInAnyOrder(
                "squad-leader@" + DINGHAI, "officer@" + DINGHAI,
                "squad-leader@" + HUANNAN, "officer@" + HUANNAN);
        assertThat(CurrentOfficer.candidateGroup("head", DINGHAI)).isEqualTo("head@/zhoushan/dinghai/comprehensive");
    }

    @Test
    void noUnitOrNoRoleMeansNoCandidateGroup() {
        assertThat(new CurrentOfficer("a", null, List.of(), Set.of("officer"), null, null).candidateGroups()).isEmpty();
        assertThat(new CurrentOfficer("a", null, List.of(DINGHAI), Set.of(), null, null).candidateGroups()).isEmpty();
    }

    @Test
    void rolesAndMembershipAreExact() {
        CurrentOfficer officer = new CurrentOfficer("officer.huannan", "周杰", List.of(HUANNAN), Set.of("officer"),
                null, null);

        assertThat(officer.hasRole("officer")).isTrue();
        assertThat(officer.hasRole("head")).isFalse();
        assertThat(officer.hasRole("ROLE_officer")).isFalse();
        assertThat(officer.isMemberOf(HUANNAN)).isTrue();
        assertThat(officer.isMemberOf("/zhoushan/dinghai")).as("a parent unit is not membership").isFalse();
        assertThat(officer.isMemberOf("/zhoushan/dinghai/huannan/x")).isFalse();
    }

    @Test
    void certificateIsValidUpToAndIncludingItsLastDay() {
        LocalDate expiry = LocalDate.of(2027, 6, 30);
        CurrentOfficer officer = new CurrentOfficer("o", null, List.of(DINGHAI), Set.of("officer"), "ZJ-1", expiry);

        assertThat(officer.holdsValidCertificateOn(expiry)).isTrue();
        assertThat(officer.holdsValidCertificateOn(expiry.plusDays(1))).isFalse();
        assertThat(new CurrentOfficer("o", null, List.of(), Set.of(), "ZJ-1", null).holdsValidCertificateOn(expiry))
                .isFalse();
        assertThat(new CurrentOfficer("o", null, List.of(), Set.of(), " ", expiry).holdsValidCertificateOn(expiry))
                .isFalse();
    }

    @Test
    void valuesAreCopiedAndDefaulted() {
        CurrentOfficer officer = new CurrentOfficer("o", " ", List.of(DINGHAI, DINGHAI), Set.of("officer"), "", null);

        assertThat(officer.displayName()).isEqualTo("o");
        assertThat(officer.units()).containsExactly(DINGHAI);
        assertThat(officer.certificateNumber()).isNull();
        assertThatThrownBy(() -> officer.roles().add("head")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new CurrentOfficer(null, null, List.of(), Set.of(), null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
