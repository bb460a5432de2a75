package org.uep.domain.cases;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PenaltyCaseRepository extends JpaRepository<PenaltyCase, Long> {

    Optional<PenaltyCase> findByLeadId(long leadId);
}
