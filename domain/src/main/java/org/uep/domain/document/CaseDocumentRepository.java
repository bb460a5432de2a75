package org.uep.domain.document;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDocumentRepository extends JpaRepository<CaseDocument, Long> {

    List<CaseDocument> findByCaseIdOrderById(long caseId);

    Optional<CaseDocument> findByCaseIdAndKindAndIdempotencyKey(long caseId, DocumentKind kind, String idempotencyKey);

    Optional<CaseDocument> findFirstByCaseIdAndKindOrderByIdDesc(long caseId, DocumentKind kind);
}
