package org.uep.domain.failure;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JobFailureRepository extends JpaRepository<JobFailure, Long> {

    long countByJobKey(long jobKey);

    List<JobFailure> findByProcessInstanceKeyOrderById(long processInstanceKey);
}
