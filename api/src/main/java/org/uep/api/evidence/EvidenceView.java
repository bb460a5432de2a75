package org.uep.api.evidence;

import java.time.Instant;
import java.util.List;
import org.uep.domain.evidence.EvidenceItem;

/** An item of evidence as on record, with its file's hash once attached. */
public record EvidenceView(long id, long leadId, String kind, String title, String description, Instant collectedAt,
        String collectedPlace, List<String> officers, String recordedBy, Instant recordedAt,
        String sha256, Long size, String mediaType, String fileName, Instant attachedAt) {
    public static EvidenceView of(EvidenceItem e) {
        return new EvidenceView(e.getId(), e.getLeadId(), e.getKind().name(), e.getTitle(), e.getDescription(),
                e.getCollectedAt(), e.getCollectedPlace(), e.getOfficers(), e.getRecordedBy(), e.getRecordedAt(),
                e.getContentSha256(), e.getContentSize(), e.getMediaType(), e.getFileName(), e.getAttachedAt());
    }
}
