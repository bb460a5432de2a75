package org.uep.api.publication;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.uep.domain.access.Caller;
import org.uep.domain.document.PublicationData;
import org.uep.domain.document.PublicationRedaction;
import org.uep.domain.publication.Publications;

/** 公示 (Art. 48): the redacted decision as the case file shows it, and the revocation that withdraws it. */
@RestController
@Tag(name = "Publication 公示")
class PublicationController {

    private final Publications publications;

    PublicationController(Publications publications) {
        this.publications = publications;
    }

    record RevocationRequest(Instant revokedAt, String revokedBy, String reason) {}

    record RevocationView(long id, Instant revokedAt, String revokedBy, String reason, String recordedBy,
                          Instant recordedAt) {
        static RevocationView of(Publications.Revocation r) {
            return new RevocationView(r.id(), r.revokedAt(), r.revokedBy(), r.reason(), r.recordedBy(), r.recordedAt());
        }
    }

    /**
     * {@code status} NOT_REQUIRED, PENDING (not yet published: {@code preview} is the redacted text to confirm, or
     * {@code withheldReason} says why it will not be), PUBLISHED, WITHHELD or WITHDRAWN.
     */
    record PublicationView(String status, PublicationData preview, String withheldReason, Long documentId,
                           Instant publishedAt, Instant withdrawnAt, RevocationView revocation) {
        static PublicationView of(Publications.CasePublication p) {
            RevocationView revocation = p.revocation().map(RevocationView::of).orElse(null);
            if (p.recorded().isPresent()) {
                Publications.Publication r = p.recorded().get();
                return new PublicationView(r.status().name(), null, r.withheldReason(), r.documentId(), r.publishedAt(),
                        r.withdrawnAt(), revocation);
            }
            if (p.preview() == null) {
                return new PublicationView("NOT_REQUIRED", null, null, null, null, null, revocation);
            }
            return switch (p.preview()) {
                case PublicationRedaction.Publish publish ->
                        new PublicationView("PENDING", publish.data(), null, null, null, null, revocation);
                case PublicationRedaction.Withhold withhold ->
                        new PublicationView("PENDING", null, withhold.reason(), null, null, null, revocation);
            };
        }
    }

    @GetMapping("/api/cases/{id}/publication")
    @Operation(summary = "The publication of the case's decision as the case file shows it (same readers as the case file): "
            + "the redacted text awaiting the officer's confirmation, or what was published, withheld or withdrawn")
    PublicationView publication(@PathVariable long id, Caller caller) {
        return PublicationView.of(publications.ofCase(id, caller));
    }

    @PostMapping("/api/cases/{id}/revocation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A head of the case's unit records that the review body or a court (revokedBy) revoked or changed the "
            + "decision at revokedAt, with the reason: a published decision is withdrawn within publish.withdraw, the fine is "
            + "no longer collected, and the case is told (uep.decision.revoked). The same revocation again answers the same; "
            + "a different one is refused (409)")
    RevocationView revoke(@PathVariable long id, @RequestBody RevocationRequest request, Caller caller) {
        return RevocationView.of(publications.revoke(id, request.revokedAt(), request.revokedBy(), request.reason(), caller));
    }
}
