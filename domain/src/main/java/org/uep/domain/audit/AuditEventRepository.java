package org.uep.domain.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Append and read only: no update or delete methods exist, and the table refuses them too. */
public interface AuditEventRepository extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByStreamOrderById(String stream);

    List<AuditEvent> findByStreamInOrderById(List<String> streams);
}
