package org.uep.domain.execution;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaymentArrangementRepository extends JpaRepository<PaymentArrangement, Long> {

    List<PaymentArrangement> findByExecutionIdOrderByIdAsc(long executionId);
}
