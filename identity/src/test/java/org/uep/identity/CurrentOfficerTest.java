package org.uep.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CurrentOfficerTest {

    private static final String DINGHAI = "/zhoushan/dinghai/comprehensive";

    @Test
    void valuesAreCopiedAndDefaulted() {
        CurrentOfficer officer = new CurrentOfficer("o", " ", DINGHAI, List.of(DINGHAI, DINGHAI), Set.of("officer"), "", null, " ", null);

        assertThat(officer.displayName()).isEqualTo("o");
        assertThat(officer.units()).containsExactly(DINGHAI);
        assertThat(officer.certificateNumber()).isNull();
        assertThat(officer.legalQualification()).isNull();
        assertThatThrownBy(() -> officer.roles().add("head")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new CurrentOfficer(null, null, null, List.of(), Set.of(), null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }
}
