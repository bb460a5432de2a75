package org.uep.domain.clock;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClockDefinitionRepository extends JpaRepository<ClockDefinition, String> {

    List<ClockDefinition> findAllByOrderById();
}
