package org.uep.domain.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvestigationReviewRepository extends JpaRepository<InvestigationReview, Long> {

    List<InvestigationReview> findByCaseIdOrderById(long caseId);
}
