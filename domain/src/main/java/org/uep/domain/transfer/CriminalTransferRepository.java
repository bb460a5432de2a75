package org.uep.domain.transfer;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CriminalTransferRepository extends JpaRepository<CriminalTransfer, Long> {

    /** The case's latest transfer. */
    Optional<CriminalTransfer> findFirstByCaseIdOrderByIdDesc(long caseId);
}
