package org.uep.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static final String DINGHAI = "/zhoushan/dinghai/comprehensive";
    private static final String HUANNAN = "/zhoushan/dinghai/huannan";

    @Test
    void candidateGroupsPairEveryRoleWithEveryUnit() {
        Caller squad = new Caller("squad.dinghai", "陈伟", List.of(DINGHAI, HUANNAN), Set.of("squad-leader", "officer"),
                "ZJ-1", LocalDate.of(2027, 12, 31));

        assertThat(squad.candidateGroups()).containsExactlyInAnyOrder(
                "squad-leader@" + DINGHAI, "officer@" + DINGHAI, "squad-leader@" + HUANNAN, "officer@" + HUANNAN);
        assertThat(new Caller("a", "a", List.of(), Set.of("officer"), null, null).candidateGroups()).isEmpty();
    }

    @Test
    void theActingGroupIsTheCandidateGroupThroughWhichTheCallerHoldsATask() {
        Caller officer = new Caller("officer.huannan", "周杰", List.of(HUANNAN), Set.of("officer"), null, null);

        assertThat(officer.actingGroup(List.of("head@" + HUANNAN, "officer@" + HUANNAN))).isEqualTo("officer@" + HUANNAN);
        assertThat(officer.actingUnit(List.of("officer@" + HUANNAN))).isEqualTo(HUANNAN);
        assertThat(officer.actingGroup(List.of("officer@/zhoushan/dinghai"))).as("a parent unit is not membership").isNull();
        assertThat(officer.isMemberOf(HUANNAN)).isTrue();
        assertThat(officer.isMemberOf("/zhoushan/dinghai")).isFalse();
    }

    @Test
    void aCertificateIsValidUpToAndIncludingItsLastDay() {
        LocalDate expiry = LocalDate.of(2027, 6, 30);
        Caller officer = new Caller("o", "o", List.of(DINGHAI), Set.of("officer"), "ZJ-1", expiry);

        assertThat(officer.holdsValidCertificateOn(expiry)).isTrue();
        assertThat(officer.holdsValidCertificateOn(expiry.plusDays(1))).isFalse();
        assertThat(new Caller("o", "o", List.of(), Set.of(), "ZJ-1", null).holdsValidCertificateOn(expiry)).isFalse();
        assertThat(new Caller("o", "o", List.of(), Set.of(), " ", expiry).holdsValidCertificateOn(expiry)).isFalse();
    }
}
