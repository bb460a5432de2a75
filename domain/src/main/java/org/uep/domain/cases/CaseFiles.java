package org.uep.domain.cases;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.access.ReadScope;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadRepository;
import org.uep.domain.tasks.ApprovalRecordRepository;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.InboxTaskRepository;

/** Reads dossiers for people, through the access policy. Unknown and invisible look the same (404). */
@Service
public class CaseFiles {

    public static final int MAX_PAGE = 200;

    private final LeadRepository leads;
    private final PenaltyCaseRepository cases;
    private final InboxTaskRepository tasks;
    private final ApprovalRecordRepository approvals;
    private final InvestigationRepository investigations;
    private final AuditEventRepository events;
    private final AccessPolicy access;

    public CaseFiles(LeadRepository leads, PenaltyCaseRepository cases, InboxTaskRepository tasks,
                     ApprovalRecordRepository approvals, InvestigationRepository investigations,
                     AuditEventRepository events, AccessPolicy access) {
        this.leads = leads;
        this.cases = cases;
        this.tasks = tasks;
        this.approvals = approvals;
        this.investigations = investigations;
        this.events = events;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public CaseFile ofLead(long leadId, Caller caller) {
        Lead lead = leads.findById(leadId)
                .filter(l -> access.canRead(caller, l.getId(), l.getUnitPath()))
                .orElseThrow(() -> DomainException.notFound("Lead", leadId));
        return assemble(lead, cases.findByLeadId(leadId).orElse(null));
    }

    @Transactional(readOnly = true)
    public CaseFile ofCase(long caseId, Caller caller) {
        PenaltyCase penaltyCase = readable(caseId, caller);
        return assemble(leads.findById(penaltyCase.getLeadId()).orElseThrow(), penaltyCase);
    }

    /** The case the caller may read (not found otherwise), without its dossier: for acts on the case. */
    @Transactional(readOnly = true)
    public PenaltyCase readable(long caseId, Caller caller) {
        return cases.findById(caseId)
                .filter(c -> access.canRead(caller, c.getLeadId(), c.getUnitPath()))
                .orElseThrow(() -> DomainException.notFound("Case", caseId));
    }

    /** The cases the caller may read, newest first; {@code beforeId} continues a previous page. */
    @Transactional(readOnly = true)
    public List<PenaltyCase> visibleCases(Caller caller, Long beforeId, int limit) {
        ReadScope scope = access.readScope(caller);
        return cases.findVisible(scope.rootArray(), scope.likePatterns(), scope.shareUnitArray(), beforeId == null ? Long.MAX_VALUE : beforeId,
                Math.clamp(limit, 1, MAX_PAGE));
    }

    private CaseFile assemble(Lead lead, PenaltyCase penaltyCase) {
        List<String> streams = new ArrayList<>(List.of(AuditLog.leadStream(lead.getId())));
        if (penaltyCase != null) {
            streams.add(AuditLog.caseStream(penaltyCase.getId()));
        }
        return new CaseFile(lead, penaltyCase,
                tasks.findByLeadIdAndStatus(lead.getId(), InboxTask.Status.OPEN),
                approvals.findByLeadIdOrderByDecidedAt(lead.getId()),
                penaltyCase == null ? List.of() : investigations.findByCaseIdOrderByRecordedAt(penaltyCase.getId()),
                events.findByStreamInOrderById(streams));
    }
}
