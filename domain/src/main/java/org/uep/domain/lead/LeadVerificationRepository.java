package org.uep.domain.lead;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadVerificationRepository extends JpaRepository<LeadVerification, Long> {

    Optional<LeadVerification> findByLeadId(long leadId);
}
