package org.uep.api.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;

/** 待办 Inbox: my tasks and my groups' unclaimed tasks; claim; complete with outcome and opinion. */
@RestController
@RequestMapping("/api")
@Tag(name = "Inbox 待办")
class InboxController {

    private final InboxService inbox;

    InboxController(InboxService inbox) {
        this.inbox = inbox;
    }

    record TaskView(long id, String name, String elementId, String formKey, String processId,
                    List<String> candidateGroups, String assignee, Instant dueAt, String status, Long leadId,
                    Long caseId, Instant createdAt, String outcome) {
        static TaskView of(InboxTask t) {
            return new TaskView(t.getId(), t.getName(), t.getElementId(), t.getFormKey(), t.getProcessId(),
                    t.getCandidateGroups(), t.getAssignee(), t.getDueAt(), t.getStatus().name(), t.getLeadId(),
                    t.getCaseId(), t.getCreatedAt(), t.getOutcome());
        }
    }

    /**
     * outcome: APPROVE / REJECT / RETURN for approval steps, the step's outcome otherwise (e.g. PENALTY, AGREE);
     * opinion: the written reasons (审批意见); findings and officers (at least two, including you) for the
     * investigation; data: the form's own fields (README, "Task forms").
     */
    record CompletionRequest(
            @Size(max = 20) String outcome,
            @Size(max = 2000) String opinion,
            @Size(max = 10000) String findings,
            @Size(max = 10) List<@Size(max = 100) String> officers,
            @Size(max = 50) Map<String, Object> data) {}

    @GetMapping("/inbox")
    @Operation(summary = "Open tasks assigned to me, then unclaimed tasks offered to my role@unit groups; by due date")
    List<TaskView> inbox(Caller caller) {
        return inbox.inbox(caller).stream().map(TaskView::of).toList();
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "One task offered to me or handled by me")
    TaskView task(@PathVariable long id, Caller caller) {
        return TaskView.of(inbox.get(id, caller));
    }

    @PostMapping("/tasks/{id}/claim")
    @Operation(summary = "Claim a task of my groups; a task claimed by someone else answers 409")
    TaskView claim(@PathVariable long id, Caller caller) {
        return TaskView.of(inbox.claim(id, caller));
    }

    @PostMapping("/tasks/{id}/complete")
    @Operation(summary = "Complete a task I claimed; the process moves on once the engine confirms")
    TaskView complete(@PathVariable long id, @Valid @RequestBody CompletionRequest request, Caller caller) {
        return TaskView.of(inbox.complete(id, new TaskCompletion(request.outcome(), request.opinion(),
                request.findings(), request.officers(), request.data()), caller));
    }
}
