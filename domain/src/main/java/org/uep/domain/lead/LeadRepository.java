package org.uep.domain.lead;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LeadRepository extends JpaRepository<Lead, Long> {

    /**
     * Binds a process instance to the lead unless another one already is: the single point that makes
     * "one process per lead" hold even when a start was retried after a lost answer.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update lead set process_instance_key = :key
            where id = :leadId and (process_instance_key is null or process_instance_key = :key)""",
            nativeQuery = true)
    int bindProcessInstance(long leadId, long key);
}
