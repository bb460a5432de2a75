package org.uep.api.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.uep.api.cases.CaseViews.CaseView;
import org.uep.api.cases.CaseViews.ClockView;
import org.uep.domain.access.Caller;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.cases.PenaltyCase;

/** 案件 Cases: the case file — its steps, approvals, evidence, decision, documents, clocks, payments and record of acts. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases 案件")
class CaseController {

    private final CaseFiles caseFiles;
    private final CaseViews views;

    CaseController(CaseFiles caseFiles, CaseViews views) {
        this.caseFiles = caseFiles;
        this.views = views;
    }

    record CaseSummary(long id, String caseNumber, String status, String unitPath, Instant filedAt,
                       Instant decisionDueAt, Instant closedAt) {
        static CaseSummary of(PenaltyCase c) {
            return new CaseSummary(c.getId(), c.getCaseNumber(), c.getStatus().name(), c.getUnitPath(), c.getFiledAt(),
                    c.getDecisionDueAt(), c.getClosedAt());
        }
    }

    @GetMapping
    @Operation(summary = "Cases I may read (my units and below; supervisors: their region), newest first; "
            + "pass the last id as beforeId for the next page")
    List<CaseSummary> list(@RequestParam(required = false) Long beforeId,
                           @RequestParam(defaultValue = "50") int limit, Caller caller) {
        return caseFiles.visibleCases(caller, beforeId, limit).stream().map(CaseSummary::of).toList();
    }

    @GetMapping("/{id}/clocks")
    @Operation(summary = "The statutory clocks of a case and its lead — with those of its notices, legal reviews, hearing, "
            + "decision and execution — with their status (running, due soon, overdue, paused, met, met late) and whether "
            + "a due day is provisional")
    List<ClockView> clocks(@PathVariable long id, Caller caller) {
        return views.clocks(id, caller);
    }

    @GetMapping("/{id}")
    @Operation(summary = "The case file: current steps, approvals, investigation records, evidence, coercive measures, "
            + "the decision, documents, clocks, execution (payments) and the record of every act so far")
    CaseView get(@PathVariable long id, Caller caller) {
        return views.of(id, caller);
    }
}
