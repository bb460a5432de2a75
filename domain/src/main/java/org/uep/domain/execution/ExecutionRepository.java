package org.uep.domain.execution;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Acts on an execution lock its row first, so payments and decisions on one case take turns. */
interface ExecutionRepository extends JpaRepository<Execution, Long> {

    Optional<Execution> findByLeadId(long leadId);

    Optional<Execution> findByDecisionNumber(String decisionNumber);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Execution e where e.leadId = ?1")
    Optional<Execution> lockByLeadId(long leadId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Execution e where e.decisionNumber = ?1")
    Optional<Execution> lockByDecisionNumber(String decisionNumber);
}
