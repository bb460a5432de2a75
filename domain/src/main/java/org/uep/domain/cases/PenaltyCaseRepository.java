package org.uep.domain.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PenaltyCaseRepository extends JpaRepository<PenaltyCase, Long> {

    Optional<PenaltyCase> findByLeadId(long leadId);

    /**
     * Newest first, keyset-paged by id, within a read scope (see {@code ReadScope}). A native query does not
     * evaluate {@code @Formula}s: it selects the decision due instant under the attribute's name itself.
     */
    @Query(value = """
            select penalty_case.*,
                   (select rc.due_at from running_clock rc
                    where rc.subject = 'lead/' || penalty_case.lead_id and rc.clock_id = 'case.decide') as decisionDueAt
            from penalty_case
            where (unit_path = any(cast(:roots as text[])) or unit_path like any(cast(:patterns as text[]))
                   or exists (select 1 from dossier_share s
                              where s.lead_id = penalty_case.lead_id and s.unit_path = any(cast(:shareUnits as text[]))))
              and id < :beforeId
            order by id desc
            limit :limit""", nativeQuery = true)
    List<PenaltyCase> findVisible(String[] roots, String[] patterns, String[] shareUnits, long beforeId, int limit);
}
