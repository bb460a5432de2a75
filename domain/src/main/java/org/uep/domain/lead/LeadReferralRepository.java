package org.uep.domain.lead;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadReferralRepository extends JpaRepository<LeadReferral, Long> {

    Optional<LeadReferral> findByLeadId(long leadId);
}
