package org.uep.api.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uep.api.web.FileResponses;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.evidence.EvidenceDetails;
import org.uep.domain.evidence.EvidenceItem;
import org.uep.domain.evidence.EvidenceKind;
import org.uep.domain.evidence.EvidenceService;

/** 证据 Evidence of a case: the record (kind, officers, when and where collected) and its file, kept by content hash. */
@RestController
@Tag(name = "Evidence 证据")
class EvidenceController {

    private final EvidenceService evidence;
    private final CaseFiles caseFiles;

    EvidenceController(EvidenceService evidence, CaseFiles caseFiles) {
        this.evidence = evidence;
        this.caseFiles = caseFiles;
    }

    record EvidenceRequest(String kind, String title, String description, Instant collectedAt, String collectedPlace,
                           List<String> officers) {}

    @PostMapping("/api/cases/{id}/evidence")
    @Operation(summary = "Record an item of evidence (kind of Art. 46, two certified officers who collected it, Art. 42); "
            + "attach its file with PUT /api/evidence/{id}/file")
    ResponseEntity<EvidenceView> record(@PathVariable long id, @RequestBody EvidenceRequest request, Caller caller) {
        long leadId = caseFiles.readable(id, caller).getLeadId();
        EvidenceItem item = evidence.record(leadId, new EvidenceDetails(kind(request.kind()), request.title(),
                request.description(), request.collectedAt(), request.collectedPlace(), request.officers()), caller);
        return ResponseEntity.created(URI.create("/api/evidence/" + item.getId())).body(EvidenceView.of(item));
    }

    @GetMapping("/api/cases/{id}/evidence")
    @Operation(summary = "The evidence of a case in the order it was recorded")
    List<EvidenceView> list(@PathVariable long id, Caller caller) {
        long leadId = caseFiles.readable(id, caller).getLeadId();
        return evidence.ofDossier(leadId, caller).stream().map(EvidenceView::of).toList();
    }

    @PutMapping("/api/evidence/{id}/file")
    @Operation(summary = "Attach the file of an item of evidence: the request body is the file, Content-Type its type "
            + "(photo, scan, audio/video, zip of electronic data). Kept by SHA-256; the same file again changes nothing, "
            + "another file is refused (409)")
    EvidenceView attach(@PathVariable long id, @RequestParam(required = false) String fileName,
                        HttpServletRequest request, Caller caller) throws IOException {
        try (InputStream body = request.getInputStream()) {
            return EvidenceView.of(evidence.attach(id, body, request.getContentType(), fileName, caller));
        }
    }

    @GetMapping("/api/evidence/{id}/file")
    @Operation(summary = "Download the file of an item of evidence; Repr-Digest carries its SHA-256")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, Caller caller) {
        EvidenceService.EvidenceFile file = evidence.open(id, caller);
        EvidenceItem item = file.item();
        return FileResponses.download(file.content(), item.getMediaType(), item.getContentSize(), item.getContentSha256(),
                item.getFileName() == null ? "evidence-" + id : item.getFileName());
    }

    private static EvidenceKind kind(String kind) {
        try {
            return kind == null ? null : EvidenceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("kind " + kind + " is not one of " + Arrays.toString(EvidenceKind.values()));
        }
    }
}
