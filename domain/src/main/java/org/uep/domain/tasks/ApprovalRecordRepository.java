package org.uep.domain.tasks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApprovalRecordRepository extends JpaRepository<ApprovalRecord, Long> {

    List<ApprovalRecord> findByLeadIdOrderByDecidedAt(long leadId);
}
