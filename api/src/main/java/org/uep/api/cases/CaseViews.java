package org.uep.api.cases;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
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

/** The case file in one read, as the API answers it and the console's case page shows it. */
@Component
public class CaseViews {

    public record ApprovalView(String step, String outcome, String opinion, String approver, String approverName,
                               String approverUnit, String approverRole, Instant decidedAt) {
        static ApprovalView of(ApprovalRecord a) {
            return new ApprovalView(a.getStep(), a.getOutcome().name(), a.getOpinion(), a.getApprover(),
                    a.getApproverName(), a.getApproverUnit(), a.getApproverRole(), a.getDecidedAt());
        }
    }

    public record InvestigationView(List<String> officers, String findings, String recordedBy, Instant recordedAt) {
        static InvestigationView of(Investigation i) {
            return new InvestigationView(i.getOfficers(), i.getFindings(), i.getRecordedBy(), i.getRecordedAt());
        }
    }

    public record EventView(String action, String actor, String actorUnit, Instant occurredAt) {
        static EventView of(AuditEvent e) {
            return new EventView(e.getAction(), e.getActor(), e.getActorUnit(), e.getOccurredAt());
        }
    }

    public record CaseView(long id, String caseNumber, String status, String unitPath, long leadId, String summary,
                           String partyName, Instant filedAt, Instant decisionDueAt, Instant closedAt,
                           List<String> currentSteps, List<ApprovalView> approvals,
                           List<InvestigationView> investigations, List<EvidenceView> evidence,
                           List<CoerciveMeasure> coerciveMeasures, DecisionView decision, List<DocumentView> documents,
                           List<ClockView> clocks, ExecutionView execution, List<EventView> events) {}

    /** 处罚决定 (or 不予行政处罚决定) once decided. */
    public record DecisionView(String number, String procedure, Penalty penalty, Instant decidedAt, String decidedBy) {
        static DecisionView of(PenaltyDecision d) {
            return new DecisionView(d.getDocumentNumber(), d.getProcedure().name(), d.getPenalty(), d.getDecidedAt(),
                    d.getDecidedBy());
        }
    }

    public record ClockView(String clockId, Instant startedAt, Instant dueAt, boolean provisional, String status,
                            int extendedBy, Instant pausedSince, Instant stoppedAt) {}

    private final CaseFiles caseFiles;
    private final StatutoryClocks clocks;
    private final EvidenceService evidence;
    private final CoerciveMeasures measures;
    private final PenaltyProceedings proceedings;
    private final Documents documents;
    private final ExecutionService executions;

    CaseViews(CaseFiles caseFiles, StatutoryClocks clocks, EvidenceService evidence, CoerciveMeasures measures,
              PenaltyProceedings proceedings, Documents documents, ExecutionService executions) {
        this.caseFiles = caseFiles;
        this.clocks = clocks;
        this.evidence = evidence;
        this.measures = measures;
        this.proceedings = proceedings;
        this.documents = documents;
        this.executions = executions;
    }

    /** The case the caller may read, with everything on its file. */
    public CaseView of(long id, Caller caller) {
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

    /** The statutory clocks of the case's dossier. */
    public List<ClockView> clocks(long id, Caller caller) {
        return clocksOf(caseFiles.ofCase(id, caller));
    }

    private List<ClockView> clocksOf(CaseFile file) {
        return clocks.ofDossier(AuditLog.leadStream(file.lead().getId())).stream()
                .map(c -> new ClockView(c.getClockId(), c.getStartedAt(), c.getDueAt(), c.isProvisional(),
                        clocks.status(c).name(), c.getExtendedBy(), c.getPausedSince(), c.getStoppedAt()))
                .toList();
    }
}
