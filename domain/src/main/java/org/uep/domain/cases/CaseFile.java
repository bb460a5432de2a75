package org.uep.domain.cases;

import java.time.Instant;
import java.util.List;
import org.uep.domain.audit.AuditEvent;
import org.uep.domain.lead.Lead;
import org.uep.domain.tasks.ApprovalRecord;
import org.uep.domain.tasks.InboxTask;

/** The dossier of one lead and, once filed, its case: what a case view shows. */
public record CaseFile(
        Lead lead,
        PenaltyCase penaltyCase,
        List<InboxTask> openTasks,
        List<ApprovalRecord> approvals,
        List<Investigation> investigations,
        List<AuditEvent> events) {

    /** The steps the dossier waits on now (open user tasks), or its end state. */
    public List<String> currentSteps() {
        if (!openTasks.isEmpty()) {
            return openTasks.stream().map(InboxTask::getElementId).toList();
        }
        if (penaltyCase != null && penaltyCase.getStatus() == PenaltyCase.Status.CLOSED) {
            return List.of("closed");
        }
        if (lead.getStatus() == Lead.Status.DECLINED) {
            return List.of("declined");
        }
        return List.of();
    }

    public Instant decisionDueAt() {
        return penaltyCase == null ? null : penaltyCase.getDecisionDueAt();
    }
}
