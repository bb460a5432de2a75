package org.uep.domain.penalty;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PenaltyNoticeRepository extends JpaRepository<PenaltyNotice, Long> {

    List<PenaltyNotice> findByLeadIdOrderById(long leadId);

    /** For PROPOSED and SERVED, of which a dossier has at most one each. */
    Optional<PenaltyNotice> findByLeadIdAndStatus(long leadId, PenaltyNotice.Status status);
}
