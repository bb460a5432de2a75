package org.uep.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.testing.Dossiers;

/** A dossier shared with an outside body (here: the police body of a transfer) becomes readable by it, and only by it. */
@DomainTest
class DossierShareTest {

    @Autowired AccessPolicy policy;
    @Autowired CaseFiles caseFiles;
    @Autowired CaseService cases;
    @Autowired Dossiers dossiers;

    private final Caller police = new Caller("police.dinghai", "police", List.of("/zhoushan/dinghai/police"),
            Set.of("police-liaison"), Credentials.NONE);
    private final Caller otherPolice = new Caller("police.city", "police", List.of("/zhoushan/police"),
            Set.of("police-liaison"), Credentials.NONE);

    @Test
    void aTransferSharesTheDossierWithThePoliceBodyItIsAddressedTo() {
        PenaltyCase filed = cases.file(dossiers.registeredLead().getId());
        assertThat(caseFiles.visibleCases(police, null, 200)).extracting(PenaltyCase::getId).doesNotContain(filed.getId());
        assertThatThrownBy(() -> caseFiles.ofCase(filed.getId(), police)).isInstanceOf(DomainException.class);

        policy.share(filed.getLeadId(), "/zhoushan/dinghai/police", AccessPolicy.ShareKind.TRANSFER, Instant.now());
        policy.share(filed.getLeadId(), "/zhoushan/dinghai/police", AccessPolicy.ShareKind.TRANSFER, Instant.now());

        assertThat(caseFiles.visibleCases(police, null, 200)).extracting(PenaltyCase::getId).contains(filed.getId());
        assertThat(caseFiles.ofCase(filed.getId(), police).penaltyCase().getId()).isEqualTo(filed.getId());
        assertThat(caseFiles.visibleCases(otherPolice, null, 200)).extracting(PenaltyCase::getId).doesNotContain(filed.getId());
        assertThatThrownBy(() -> caseFiles.ofCase(filed.getId(), otherPolice)).isInstanceOf(DomainException.class);
    }
}
