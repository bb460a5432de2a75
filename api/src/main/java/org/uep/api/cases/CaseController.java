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
import org.uep.api.document.DocumentView;
import org.uep.api.evidence.EvidenceView;
import org.uep.api.execution.ExecutionView;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditEvent;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseFile;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.cases.Investigation;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.coercive.CoerciveMeasure;
import org.uep.domain.coercive.CoerciveMeasures;
import org.uep.domain.document.Documents;
import org.uep.domain.evidence.EvidenceService;
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.penalty.Penalty;
import org.uep.domain.penalty.PenaltyDecision;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.tasks.ApprovalRecord;

/** 案件 Cases: the case file — its steps, approvals, evidence, decision, documents, clocks, payments and record of acts. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases 案件")
class CaseController {

    private final CaseFiles caseFiles;
    private final StatutoryClocks clocks;
    private final EvidenceService evidence;
    private final CoerciveMeasures measures;
    private final PenaltyProceedings proceedings;
    private final Documents documents;
    private final ExecutionService executions;

    CaseController(CaseFiles caseFiles, StatutoryClocks clocks, EvidenceService evidence, CoerciveMeasures measures,
                   PenaltyProceedings proceedings, Documents documents, ExecutionService executions) {
        this.caseFiles = caseFiles;
        this.clocks = clocks;
        this.evidence = evidence;
        this.measures = measures;
        this.proceedings = proceedings;
        this.documents = documents;
        this.executions = executions;
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
                    List<EvidenceView> evidence, List<CoerciveMeasure> coerciveMeasures, DecisionView decision,
                    List<DocumentView> documents, List<ClockView> clocks, ExecutionView execution,
                    List<EventView> events) {}

    /** 处罚决定 (or 不予行政处罚决定) once decided. */
    record DecisionView(String number, String procedure, Penalty penalty, Instant decidedAt, String decidedBy) {
        static DecisionView of(PenaltyDecision d) {
            return new DecisionView(d.getDocumentNumber(), d.getProcedure().name(), d.getPenalty(), d.getDecidedAt(),
                    d.getDecidedBy());
        }
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

    record ClockView(String clockId, Instant startedAt, Instant dueAt, boolean provisional, String status,
                     int extendedBy, Instant pausedSince, Instant stoppedAt) {}

    @GetMapping("/{id}/clocks")
    @Operation(summary = "The statutory clocks of a case and its lead — with those of its notices, legal reviews, hearing, "
            + "decision and execution — with their status (running, due soon, overdue, paused, met, met late) and whether "
            + "a due day is provisional")
    List<ClockView> clocks(@PathVariable long id, Caller caller) {
        return clocksOf(caseFiles.ofCase(id, caller));
    }

    private List<ClockView> clocksOf(CaseFile file) {
        return clocks.ofDossier(AuditLog.leadStream(file.lead().getId())).stream()
                .map(c -> new ClockView(c.getClockId(), c.getStartedAt(), c.getDueAt(), c.isProvisional(),
                        clocks.status(c).name(), c.getExtendedBy(), c.getPausedSince(), c.getStoppedAt()))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "The case file: current steps, approvals, investigation records, evidence, coercive measures, "
            + "the decision, documents, clocks, execution (payments) and the record of every act so far")
    CaseView get(@PathVariable long id, Caller caller) {
        CaseFile file = caseFiles.ofCase(id, caller);
        PenaltyCase c = file.penaltyCase();
        return new CaseView(c.getId(), c.getCaseNumber(), c.getStatus().name(), c.getUnitPath(), c.getLeadId(),
                file.lead().getSummary(), file.lead().getPartyName(), c.getFiledAt(), c.getDecisionDueAt(),
                c.getClosedAt(), file.currentSteps(),
                file.approvals().stream().map(ApprovalView::of).toList(),
                file.investigations().stream().map(InvestigationView::of).toList(),
                evidence.ofDossier(c.getLeadId(), caller).stream().map(EvidenceView::of).toList(),
                measures.ofDossier(c.getLeadId()),
                proceedings.decision(c.getLeadId()).map(DecisionView::of).orElse(null),
                documents.ofCase(id, caller).stream().map(DocumentView::of).toList(),
                clocksOf(file),
                executions.statementIfAny(c.getLeadId()).map(ExecutionView::of).orElse(null),
                file.events().stream().map(EventView::of).toList());
    }
}
