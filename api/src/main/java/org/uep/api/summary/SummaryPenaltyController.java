package org.uep.api.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uep.domain.access.Caller;
import org.uep.domain.party.PartyDetails;
import org.uep.domain.penalty.Penalty;
import org.uep.domain.summary.SummaryProcedure;

/** 简易程序 On-the-spot decisions (Art. 51–52): recorded here, then issued and filed by the summary-penalty process. */
@RestController
@Tag(name = "Summary procedure 简易程序")
class SummaryPenaltyController {

    private final SummaryProcedure summary;

    SummaryPenaltyController(SummaryProcedure summary) {
        this.summary = summary;
    }

    record SummaryPenaltyRequest(String unitPath, PartyDetails party, Penalty penalty, String facts,
                                 String violatedProvision, String place, boolean cashCollected) {}

    @PostMapping("/api/summary-penalties")
    @Operation(summary = "Record an on-the-spot decision: a warning or a fine within the summary limits (natural person "
            + "¥200, organisation ¥3,000; cash on the spot up to ¥100); above them refused (400) and nothing recorded")
    ResponseEntity<SummaryProcedure.Decided> decide(@RequestBody SummaryPenaltyRequest request, Caller caller) {
        SummaryProcedure.Decided decided = summary.decide(new SummaryProcedure.OnTheSpot(request.unitPath(),
                request.party(), request.penalty(), request.facts(), request.violatedProvision(), request.place(),
                request.cashCollected()), caller);
        return ResponseEntity.created(URI.create("/api/cases/" + decided.caseId())).body(decided);
    }
}
