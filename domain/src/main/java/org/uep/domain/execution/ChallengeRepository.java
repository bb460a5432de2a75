package org.uep.domain.execution;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

    List<Challenge> findByExecutionIdOrderByFiledOnAsc(long executionId);
}
