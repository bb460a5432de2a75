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
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditEvent;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseFile;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.cases.Investigation;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.tasks.ApprovalRecord;

/** 案件 Cases: the case file with its approvals, investigation records, current step and record of acts. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases 案件")
class CaseController {

    private final CaseFiles caseFiles;
    private final StatutoryClocks clocks;

    CaseController(CaseFiles caseFiles, StatutoryClocks clocks) {
        this.caseFiles = caseFiles;
        this.clocks = clocks;
    }

    record ApprovalView(String step, String outcome, String opinion, String approver, String approverName,
                        String approverUnit, String approverRole, Instant decidedAt) {
        static ApprovalView of(ApprovalRecord a) {
            return new ApprovalView(a.getStep(), a.getOutcome().name(), a.getOpinion(), a.getApprover(),
                    a.getApproverName(), a.getApproverUnit(), a.getApproverRole(), a.getDecidedAt());
        }
    }

    record InvestigationView(List<String> officers, String findings, String recordedBy, Instant recordedAt) {
        static InvestigationView of(Investigation i) {
            return new InvestigationView(i.getOfficers(), i.getFindings(), i.getRecordedBy(), i.getRecordedAt());
        }
    }

    record EventView(String action, String actor, String actorUnit, Instant occurredAt) {
        static EventView of(AuditEvent e) {
            return new EventView(e.getAction(), e.getActor(), e.getActorUnit(), e.getOccurredAt());
        }
    }

    record CaseView(long id, String caseNumber, String status, String unitPath, long leadId, String summary,
                    String partyName, Instant filedAt, Instant decisionDueAt, Instant closedAt,
                    List<String> currentSteps, List<ApprovalView> approvals, List<InvestigationView> investigations,
                    List<EventView> events) {}

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

    record ClockView(String clockId, Instant startedAt, Instant dueAt, boolean provisional, String status,
                     int extendedBy, Instant pausedSince, Instant stoppedAt) {}

    @GetMapping("/{id}/clocks")
    @Operation(summary = "The statutory clocks of a case and its lead — with those of its notices, legal reviews, hearing, "
            + "decision and execution — with their status (running, due soon, overdue, paused, met, met late) and whether "
            + "a due day is provisional")
    List<ClockView> clocks(@PathVariable long id, Caller caller) {
        CaseFile file = caseFiles.ofCase(id, caller);
        return clocks.ofDossier(AuditLog.leadStream(file.lead().getId())).stream()
                .map(c -> new ClockView(c.getClockId(), c.getStartedAt(), c.getDueAt(), c.isProvisional(),
                        clocks.status(c).name(), c.getExtendedBy(), c.getPausedSince(), c.getStoppedAt()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A case with its approvals, investigation records, current steps and record of acts")
    CaseView get(@PathVariable long id, Caller caller) {
        CaseFile file = caseFiles.ofCase(id, caller);
        PenaltyCase c = file.penaltyCase();
        return new CaseView(c.getId(), c.getCaseNumber(), c.getStatus().name(), c.getUnitPath(), c.getLeadId(),
                file.lead().getSummary(), file.lead().getPartyName(), c.getFiledAt(), c.getDecisionDueAt(),
                c.getClosedAt(), file.currentSteps(),
                file.approvals().stream().map(ApprovalView::of).toList(),
                file.investigations().stream().map(InvestigationView::of).toList(),
                file.events().stream().map(EventView::of).toList());
    }
}
