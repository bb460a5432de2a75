package org.uep.api.coercive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.coercive.CoerciveMeasure;
import org.uep.domain.coercive.CoerciveMeasures;

/**
 * 行政强制措施 of a case: asked for here; the head's approval, the officers' record, the conclusion and the extension are
 * tasks of the coercive-measure process in the inbox.
 */
@RestController
@Tag(name = "Coercive measures 行政强制措施")
class CoerciveMeasureController {

    private final CoerciveMeasures measures;
    private final CaseFiles caseFiles;

    CoerciveMeasureController(CoerciveMeasures measures, CaseFiles caseFiles) {
        this.measures = measures;
        this.caseFiles = caseFiles;
    }

    record MeasureRequest(String kind, String items, String place, String reason) {}

    @PostMapping("/api/cases/{id}/coercive-measures")
    @Operation(summary = "Ask for evidence preservation by registration (PRESERVATION, Art. 56) or sealing/seizure "
            + "(SEALING/SEIZURE, 行政强制法 Art. 22): the head approves it in the inbox before two certified officers take it")
    ResponseEntity<CoerciveMeasure> request(@PathVariable long id, @RequestBody MeasureRequest request, Caller caller) {
        long leadId = caseFiles.readable(id, caller).getLeadId();
        CoerciveMeasure measure = measures.request(leadId, new CoerciveMeasures.Request(kind(request.kind()),
                request.items(), request.place(), request.reason()), caller);
        return ResponseEntity.created(URI.create("/api/cases/" + id + "/coercive-measures")).body(measure);
    }

    @GetMapping("/api/cases/{id}/coercive-measures")
    @Operation(summary = "The coercive measures of a case, in the order they were asked for, with their status")
    List<CoerciveMeasure> list(@PathVariable long id, Caller caller) {
        return measures.ofDossier(caseFiles.readable(id, caller).getLeadId());
    }

    private static CoerciveMeasure.Kind kind(String kind) {
        try {
            return kind == null ? null : CoerciveMeasure.Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("kind " + kind + " is not one of " + Arrays.toString(CoerciveMeasure.Kind.values()));
        }
    }
}
