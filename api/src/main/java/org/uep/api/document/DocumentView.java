package org.uep.api.document;

import java.time.Instant;
import org.uep.domain.document.CaseDocument;

/** A document issued in a case, with where to download it. */
public record DocumentView(long id, long caseId, String kind, String title, String number, String sha256, long size,
        String mediaType, String issuedBy, Instant issuedAt, String file) {
    public static DocumentView of(CaseDocument d) {
        return new DocumentView(d.getId(), d.getCaseId(), d.getKind().name(), d.getTitle(), d.getNumber(),
                d.getSha256(), d.getSize(), d.getMediaType(), d.getIssuedBy(), d.getIssuedAt(),
                "/api/documents/" + d.getId() + "/file");
    }
}
