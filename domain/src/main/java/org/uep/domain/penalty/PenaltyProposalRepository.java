package org.uep.domain.penalty;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PenaltyProposalRepository extends JpaRepository<PenaltyProposal, Long> {

    Optional<PenaltyProposal> findFirstByLeadIdOrderByIdDesc(long leadId);
}
