package org.uep.api.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.uep.api.inbox.TaskContexts.TaskContext;
import org.uep.api.inbox.TaskContexts.TaskView;
import org.uep.api.web.Choices;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.BatchApproval;
import org.uep.domain.tasks.InboxSearch;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskComments;
import org.uep.domain.tasks.TaskCompletion;

/** 待办 Inbox: views, filters and pages of my tasks; claim, give back, complete with outcome and opinion. */
@RestController
@RequestMapping("/api")
@Tag(name = "Inbox 待办")
class InboxController {

    private final InboxService inbox;
    private final InboxSearch search;
    private final TaskComments comments;
    private final BatchApproval batch;
    private final TaskContexts contexts;

    InboxController(InboxService inbox, InboxSearch search, TaskComments comments, BatchApproval batch,
                    TaskContexts contexts) {
        this.inbox = inbox;
        this.search = search;
        this.comments = comments;
        this.batch = batch;
        this.contexts = contexts;
    }

    record AssignRequest(@Size(max = 100) String assignee) {}

    record DelegateRequest(@Size(max = 100) String to) {}

    record FollowUpRequest(Instant until) {}

    record PriorityRequest(@NotNull Integer priority) {}

    record CommentRequest(@Size(max = 2000) String text) {}

    record BatchApprovalRequest(@Size(max = 50) List<Long> taskIds, @Size(max = 2000) String opinion) {}

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
    @Operation(summary = "My inbox, a page at a time. view: INBOX (mine, then my groups' unclaimed; default), MINE, FOLLOW_UP (mine, "
            + "put aside until a later date), DELEGATED (by me, not yet back), GROUP, "
            + "COLLEAGUES (claimed by others in my units; squad leaders, managers, heads), COMPLETED (by me, latest "
            + "first). Filters: kind (form key), process, caseNumber, party (part of the name), unit, dueFrom/dueTo, "
            + "urgency (OVERDUE, DUE_SOON: within 3 days), assigned. sort: DUE (default; soonest first), CREATED (newest "
            + "first) or PRIORITY (highest first, then by due date). limit ≤ 200. The "
            + "next page's link is in the Link header (rel=\"next\"); its cursor goes in after")
    ResponseEntity<List<TaskView>> inbox(@RequestParam(required = false) String view,
                                         @RequestParam(required = false) String kind,
                                         @RequestParam(required = false) String process,
                                         @RequestParam(required = false) String caseNumber,
                                         @RequestParam(required = false) String party,
                                         @RequestParam(required = false) String unit,
                                         @RequestParam(required = false) Instant dueFrom,
                                         @RequestParam(required = false) Instant dueTo,
                                         @RequestParam(required = false) String urgency,
                                         @RequestParam(required = false) Boolean assigned,
                                         @RequestParam(required = false) String sort,
                                         @RequestParam(required = false) String after,
                                         @RequestParam(required = false) Integer limit, Caller caller) {
        InboxSearch.Page page = search.search(new InboxSearch.Query(Choices.of(InboxSearch.View.class, "view", view), kind,
                process, caseNumber, party, unit, dueFrom, dueTo, Choices.of(InboxSearch.Urgency.class, "urgency", urgency),
                assigned, Choices.of(InboxSearch.Sort.class, "sort", sort), after, limit), caller);
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page.next() != null) {
            ok.header(HttpHeaders.LINK, "<" + ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("after", page.next()).build().toUriString() + ">; rel=\"next\"");
        }
        return ok.body(page.entries().stream().map(TaskView::of).toList());
    }

    @PostMapping("/tasks/{id}/unclaim")
    @Operation(summary = "Give a claimed task back to its groups: the one who claimed it, or a squad leader, manager or "
            + "head of its unit")
    TaskView unclaim(@PathVariable long id, Caller caller) {
        return view(inbox.unclaim(id, caller));
    }

    @PostMapping("/tasks/{id}/assign")
    @Operation(summary = "指派 A squad leader, manager or head of the task's unit gives the open task to a colleague who holds "
            + "one of its groups, taking it from whoever held it")
    TaskView assign(@PathVariable long id, @Valid @RequestBody AssignRequest request, Caller caller) {
        return view(inbox.assign(id, request.assignee(), caller));
    }

    @PostMapping("/tasks/{id}/delegate")
    @Operation(summary = "委派 The one who holds the task hands it to a colleague of its units (view=DELEGATED lists them); "
            + "the delegate works it and sends it back with POST /tasks/{id}/resolve, then the owner completes it")
    TaskView delegate(@PathVariable long id, @Valid @RequestBody DelegateRequest request, Caller caller) {
        return view(inbox.delegate(id, request.to(), caller));
    }

    @PostMapping("/tasks/{id}/resolve")
    @Operation(summary = "The delegate sends the task back to its owner with a draft of the completion (the body, as for "
            + "complete); the owner reads it with GET /tasks/{id}/draft and approves it by completing the task")
    TaskView resolve(@PathVariable long id, @RequestBody @Size(max = 50) Map<String, Object> draft, Caller caller) {
        return view(inbox.resolve(id, draft, caller));
    }

    @GetMapping("/tasks/{id}/draft")
    @Operation(summary = "The delegate's draft of a task sent back to its owner")
    Map<String, Object> draft(@PathVariable long id, Caller caller) {
        return inbox.draft(id, caller);
    }

    @PutMapping("/tasks/{id}/follow-up")
    @Operation(summary = "跟进日期 The one who holds the task puts it aside until a date (view=FOLLOW_UP lists them); null "
            + "brings it back")
    TaskView followUp(@PathVariable long id, @RequestBody FollowUpRequest request, Caller caller) {
        return view(inbox.followUp(id, request.until(), caller));
    }

    @PutMapping("/tasks/{id}/priority")
    @Operation(summary = "优先级 A squad leader, manager or head of the task's unit sets an open task's priority, 0–100 "
            + "(higher first; new tasks have the model's priority, else 50); sort=PRIORITY lists the inbox by it")
    TaskView prioritise(@PathVariable long id, @Valid @RequestBody PriorityRequest request, Caller caller) {
        return view(inbox.prioritise(id, request.priority(), caller));
    }

    @PostMapping("/tasks/{id}/comments")
    @Operation(summary = "备注 Comment on a task I may see")
    ResponseEntity<TaskComments.Comment> comment(@PathVariable long id, @Valid @RequestBody CommentRequest request,
                                                 Caller caller) {
        TaskComments.Comment comment = comments.add(id, request.text(), caller);
        return ResponseEntity.created(URI.create("/api/tasks/" + id + "/comments")).body(comment);
    }

    @GetMapping("/tasks/{id}/comments")
    @Operation(summary = "The comments on a task, oldest first")
    List<TaskComments.Comment> comments(@PathVariable long id, Caller caller) {
        return comments.of(id, caller);
    }

    @PostMapping("/tasks/approvals")
    @Operation(summary = "批量审批 Approve several selected tasks of one kind with one opinion (≤ 50): each is claimed if "
            + "unclaimed and completed on its own; the answer says which were approved and why others were not")
    List<BatchApproval.Result> approveAll(@Valid @RequestBody BatchApprovalRequest request, Caller caller) {
        return batch.approve(request.taskIds(), request.opinion(), caller);
    }

    @GetMapping("/tasks/{id}/context")
    @Operation(summary = "The task with its case context: case number, party, matter, current steps, the dossier's running "
            + "clocks with time left, and the approvals so far")
    TaskContext context(@PathVariable long id, Caller caller) {
        return contexts.of(id, caller);
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "One task offered to me or handled by me")
    TaskView task(@PathVariable long id, Caller caller) {
        return view(inbox.get(id, caller));
    }

    @PostMapping("/tasks/{id}/claim")
    @Operation(summary = "Claim a task of my groups; a task claimed by someone else answers 409")
    TaskView claim(@PathVariable long id, Caller caller) {
        return view(inbox.claim(id, caller));
    }

    @PostMapping("/tasks/{id}/complete")
    @Operation(summary = "Complete a task I claimed; the process moves on once the engine confirms")
    TaskView complete(@PathVariable long id, @Valid @RequestBody CompletionRequest request, Caller caller) {
        return view(inbox.complete(id, new TaskCompletion(request.outcome(), request.opinion(),
                request.findings(), request.officers(), request.data()), caller));
    }

    private TaskView view(InboxTask task) {
        return contexts.view(task);
    }
}
