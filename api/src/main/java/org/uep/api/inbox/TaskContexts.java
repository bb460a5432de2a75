package org.uep.api.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseFile;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.tasks.InboxSearch;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;

/** A task as the API and the console show it, alone or with its case context. */
@Component
public class TaskContexts {

    public record TaskView(long id, String name, String elementId, String formKey, String processId,
                           List<String> candidateGroups, String assignee, Instant dueAt, String status, Long leadId,
                           Long caseId, String caseNumber, String partyName, Instant createdAt, Instant claimedAt,
                           Instant followUpAt, String delegatedBy, String delegationState, Instant completedAt,
                           String outcome, int priority) {
        public static TaskView of(InboxSearch.Entry e) {
            InboxTask t = e.task();
            return new TaskView(t.getId(), t.getName(), t.getElementId(), t.getFormKey(), t.getProcessId(),
                    t.getCandidateGroups(), t.getAssignee(), t.getDueAt(), t.getStatus().name(), t.getLeadId(),
                    t.getCaseId(), e.caseNumber(), e.partyName(), t.getCreatedAt(), t.getClaimedAt(),
                    t.getFollowUpAt(), t.getDelegatedBy(), t.getDelegationState(), t.getCompletedAt(), t.getOutcome(),
                    t.getPriority());
        }
    }

    /** A clock of the dossier as the task page shows it: time left until due (negative once overdue). */
    public record ClockLeft(String clockId, Instant dueAt, String status, Long secondsLeft) {}

    /** An earlier approval of the dossier (审批意见): who, in which role and unit, what, when. */
    public record ApprovalSummary(String step, String outcome, String opinion, String approverName, String approverRole,
                                  String approverUnit, Instant decidedAt) {}

    /**
     * What a person needs beside the form: the case, where it stands (the open steps' element ids and names), its
     * clocks and the approvals so far.
     */
    public record TaskContext(TaskView task, String summary, String matterCode, List<String> currentSteps,
                              List<String> currentStepNames, List<ClockLeft> clocks, List<ApprovalSummary> approvals) {}

    private final InboxService inbox;
    private final InboxSearch search;
    private final CaseFiles caseFiles;
    private final StatutoryClocks clocks;
    private final Clock clock;

    TaskContexts(InboxService inbox, InboxSearch search, CaseFiles caseFiles, StatutoryClocks clocks, Clock clock) {
        this.inbox = inbox;
        this.search = search;
        this.caseFiles = caseFiles;
        this.clocks = clocks;
        this.clock = clock;
    }

    public TaskView view(InboxTask task) {
        return TaskView.of(search.entry(task));
    }

    /** The task the caller may see, with its case, the dossier's running clocks and the approvals so far. */
    public TaskContext of(long taskId, Caller caller) {
        InboxTask task = inbox.get(taskId, caller);
        CaseFile file = caseFiles.ofLead(task.getLeadId(), caller);
        Instant now = clock.instant();
        List<ClockLeft> running = clocks.ofDossier(AuditLog.leadStream(task.getLeadId())).stream()
                .filter(c -> c.getStoppedAt() == null)
                .map(c -> new ClockLeft(c.getClockId(), c.getDueAt(), clocks.status(c).name(),
                        c.getPausedSince() != null ? null : Duration.between(now, c.getDueAt()).toSeconds()))
                .toList();
        return new TaskContext(view(task), file.lead().getSummary(), file.lead().getMatterCode(), file.currentSteps(),
                file.openTasks().stream().map(InboxTask::getName).distinct().toList(), running, file.approvals().stream().map(a -> new ApprovalSummary(a.getStep(), a.getOutcome().name(),
                        a.getOpinion(), a.getApproverName(), a.getApproverRole(), a.getApproverUnit(), a.getDecidedAt()))
                .toList());
    }
}
