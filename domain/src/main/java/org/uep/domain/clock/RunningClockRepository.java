package org.uep.domain.clock;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RunningClockRepository extends JpaRepository<RunningClock, Long> {

    Optional<RunningClock> findBySubjectAndClockId(String subject, String clockId);

    List<RunningClock> findBySubjectInOrderById(List<String> subjects);

    List<RunningClock> findByProvisionalTrueAndStoppedAtIsNull();
}
