package org.uep.api.leads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uep.domain.access.Caller;
import org.uep.domain.cases.CaseFile;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.lead.NewLead;

/** 线索 Leads: register a lead (its process starts once the record is committed) and follow it. */
@RestController
@RequestMapping("/api/leads")
@Tag(name = "Leads 线索")
class LeadController {

    private final LeadService leads;
    private final CaseFiles caseFiles;

    LeadController(LeadService leads, CaseFiles caseFiles) {
        this.leads = leads;
        this.caseFiles = caseFiles;
    }

    record LeadRequest(
            @NotBlank @Size(max = 200) String unitPath,
            @NotBlank @Size(max = 40) String source,
            @NotBlank @Size(max = 2000) String summary,
            @Size(max = 500) String place,
            @Size(max = 200) String partyName,
            @Schema(description = "事项代码: 12 digits of the enforcement-matter catalogue. An empowered township keeps "
                    + "only leads on matters of its list; others (and leads without a code) go to the county department",
                    example = "330217001000")
            @Size(max = 40) String matterCode) {}

    record LeadView(long id, String status,
                    @Schema(description = "The unit that handles the lead: the county department when an empowered "
                            + "township's lead was routed there") String unitPath,
                    String matterCode,
                    @Schema(description = "The body in whose name acts on the lead are done (实施主体)") String actingBody,
                    String source, String summary, String place,
                    String partyName, Instant receivedAt, String receivedBy, Instant verifyDueAt,
                    Long processInstanceKey, Long caseId, String caseNumber, List<String> currentSteps) {

        static LeadView of(CaseFile file) {
            Lead l = file.lead();
            return new LeadView(l.getId(), l.getStatus().name(), l.getUnitPath(), l.getMatterCode(), l.getActingBody(),
                    l.getSource(), l.getSummary(),
                    l.getPlace(), l.getPartyName(), l.getReceivedAt(), l.getReceivedBy(), l.getVerifyDueAt(),
                    l.getProcessInstanceKey(),
                    file.penaltyCase() == null ? null : file.penaltyCase().getId(),
                    file.penaltyCase() == null ? null : file.penaltyCase().getCaseNumber(),
                    file.currentSteps());
        }

        /** The lead as just received: no case, no tasks yet (its process starts after the commit). */
        static LeadView received(Lead lead) {
            return of(new CaseFile(lead, null, List.of(), List.of(), List.of(), List.of()));
        }
    }

    /**
     * The answer is built from the lead just created, not re-read through the access policy: when an empowered
     * township's lead is routed to the county department, the township officer who registered it may no longer
     * read it, yet learns where it went (unitPath, actingBody). The Location then is the county's to read.
     */
    @PostMapping
    @Operation(summary = "Register a lead for one of my units; its penalty-case process starts after commit",
            description = "An empowered township keeps leads on matters of its list (acting in its own name); a lead "
                    + "without a matter code or on another matter is routed to the county department "
                    + "(<county>/comprehensive): the answer's unitPath then is the county team's. A stationed team "
                    + "keeps its leads but acts in the name of its county department (actingBody).")
    ResponseEntity<LeadView> receive(@Valid @RequestBody LeadRequest request, Caller caller) {
        Lead lead = leads.receive(new NewLead(request.unitPath(), request.source(), request.summary(),
                request.place(), request.partyName(), request.matterCode()), caller);
        return ResponseEntity.created(URI.create("/api/leads/" + lead.getId())).body(LeadView.received(lead));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A lead with its status, case (once filed) and current steps")
    LeadView get(@PathVariable long id, Caller caller) {
        return LeadView.of(caseFiles.ofLead(id, caller));
    }
}
