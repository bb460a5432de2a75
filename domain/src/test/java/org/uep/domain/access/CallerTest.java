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
                Credentials.certificate("ZJ-1", LocalDate.of(2027, 12, 31)));

        assertThat(squad.candidateGroups()).containsExactlyInAnyOrder(
                "squad-leader@" + DINGHAI, "officer@" + DINGHAI, "squad-leader@" + HUANNAN, "officer@" + HUANNAN);
        assertThat(new Caller("a", "a", List.of(), Set.of("officer"), Credentials.NONE).candidateGroups()).isEmpty();
    }

    @Test
    void theActingGroupIsTheCandidateGroupThroughWhichTheCallerHoldsATask() {
        Caller officer = new Caller("officer.huannan", "周杰", List.of(HUANNAN), Set.of("officer"), Credentials.NONE);

        assertThat(officer.actingGroup(List.of("head@" + HUANNAN, "officer@" + HUANNAN))).isEqualTo("officer@" + HUANNAN);
        assertThat(officer.actingUnit(List.of("officer@" + HUANNAN))).isEqualTo(HUANNAN);
        assertThat(officer.actingGroup(List.of("officer@/zhoushan/dinghai"))).as("a parent unit is not membership").isNull();
        assertThat(officer.isMemberOf(HUANNAN)).isTrue();
        assertThat(officer.isMemberOf("/zhoushan/dinghai")).isFalse();
    }

    @Test
    void aCertificateIsValidUpToAndIncludingItsLastDay() {
        LocalDate expiry = LocalDate.of(2027, 6, 30);

        assertThat(Credentials.certificate("ZJ-1", expiry).holdsValidCertificateOn(expiry)).isTrue();
        assertThat(Credentials.certificate("ZJ-1", expiry).holdsValidCertificateOn(expiry.plusDays(1))).isFalse();
        assertThat(Credentials.certificate("ZJ-1", null).holdsValidCertificateOn(expiry)).isFalse();
        assertThat(Credentials.certificate(" ", expiry).holdsValidCertificateOn(expiry)).isFalse();
        assertThat(Credentials.NONE.holdsValidCertificateOn(expiry)).isFalse();
    }

    @Test
    void legalReviewNeedsTheNationalQualificationFromThoseWhoStartedAfterTheRevisedLaw() {
        LocalDate cutOff = Credentials.LEGAL_QUALIFICATION_REQUIRED_FROM;

        assertThat(new Credentials(null, null, null, cutOff.minusDays(1)).mayReviewLegally()).as("grandfathered").isTrue();
        assertThat(new Credentials(null, null, null, cutOff).mayReviewLegally()).as("started on the day").isFalse();
        assertThat(new Credentials(null, null, "A20221234", cutOff.plusYears(1)).mayReviewLegally()).isTrue();
        assertThat(new Credentials(null, null, null, null).mayReviewLegally()).as("unknown start").isFalse();
        assertThat(new Credentials(null, null, "A2019", null).mayReviewLegally()).isTrue();
    }
}
