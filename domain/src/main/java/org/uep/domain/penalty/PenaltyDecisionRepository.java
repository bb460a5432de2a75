package org.uep.domain.penalty;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PenaltyDecisionRepository extends JpaRepository<PenaltyDecision, Long> {

    Optional<PenaltyDecision> findByLeadId(long leadId);
}
