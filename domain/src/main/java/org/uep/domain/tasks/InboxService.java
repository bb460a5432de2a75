package org.uep.domain.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.organisation.Directory;
import org.uep.domain.organisation.Officer;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;

/** The inbox: tasks open from the engine, claimed and completed in UEP, then reported to the engine. */
@Service
public class InboxService implements SmartInitializingSingleton {

    private static final ObjectMapper DRAFTS = new ObjectMapper().findAndRegisterModules();

    private final InboxTaskRepository tasks;
    private final JdbcTemplate jdbc;
    private final EngineOutbox outbox;
    private final AuditLog audit;
    private final AccessPolicy access;
    /** Forms use the domain services, some of which use the inbox: they are collected once all beans exist. */
    private final ObjectProvider<TaskForm> formBeans;
    private final Map<String, TaskForm> forms = new HashMap<>();
    private final Directory directory;
    private final Notifications notifications;
    private final Clock clock;

    public InboxService(InboxTaskRepository tasks, JdbcTemplate jdbc, EngineOutbox outbox, AuditLog audit,
                        AccessPolicy access, ObjectProvider<TaskForm> forms, Directory directory,
                        Notifications notifications, Clock clock) {
        this.access = access;
        this.notifications = notifications;
        this.directory = directory;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.audit = audit;
        this.formBeans = forms;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        formBeans.orderedStream().forEach(form -> {
            for (String key : form.formKeys()) {
                if (forms.put(key, form) != null) {
                    throw new IllegalStateException("Two task forms claim the form key " + key);
                }
            }
        });
    }

    /** Upsert by job key: a redelivered job finds its row and changes nothing. Returns true if the row is new. */
    @Transactional
    public boolean open(TaskOpening t) {
        Long id = jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    insert into inbox_task (job_key, process_instance_key, process_id, element_id, name, form_key,
                        candidate_groups, candidate_users, due_at, lead_id, case_id, status, created_at, priority)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
                    on conflict (job_key) do nothing
                    returning id""");
            ps.setLong(1, t.jobKey());
            ps.setLong(2, t.processInstanceKey());
            ps.setString(3, t.processId());
            ps.setString(4, t.elementId());
            ps.setString(5, t.name());
            ps.setString(6, t.formKey());
            ps.setArray(7, con.createArrayOf("text", t.candidateGroups().toArray()));
            ps.setArray(8, con.createArrayOf("text", t.candidateUsers().toArray()));
            ps.setTimestamp(9, t.dueAt() == null ? null : Timestamp.from(t.dueAt()));
            ps.setObject(10, t.leadId());
            ps.setObject(11, t.caseId());
            ps.setTimestamp(12, Timestamp.from(clock.instant()));
            ps.setInt(13, t.priority());
            return ps;
        }, rs -> rs.next() ? rs.getLong(1) : null);
        if (id == null) {
            return false;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("taskId", id);
        after.put("elementId", t.elementId());
        after.put("candidateGroups", t.candidateGroups());
        after.put("dueAt", t.dueAt() == null ? null : t.dueAt().toString());
        after.put("priority", t.priority());
        audit.append(stream(t.leadId(), t.caseId()), AuditLog.SYSTEM, null, "task.opened", null, after);
        notifications.taskOpened(id);
        return true;
    }

    /**
     * A task the caller may see: offered to them, handled by them, or one of their units' tasks for a squad leader,
     * manager or head (who watch, assign and prioritise them).
     */
    @Transactional(readOnly = true)
    public InboxTask get(long taskId, Caller caller) {
        // Same answer as a missing task: do not reveal other units' work.
        return tasks.findById(taskId).filter(t -> worksOn(caller, t) || InboxSearch.supervises(caller, t.getCandidateGroups()))
                .orElseThrow(() -> DomainException.notFound("Task", taskId));
    }

    /** Offered to the caller, held by them, or done by them. */
    private boolean worksOn(Caller caller, InboxTask task) {
        return access.mayWorkOn(caller, task.getCandidateGroups(), task.getCandidateUsers(), task.getAssignee())
                || caller.username().equals(task.getCompletedBy());
    }

    @Transactional
    public InboxTask claim(long taskId, Caller caller) {
        InboxTask task = get(taskId, caller);
        if (caller.username().equals(task.getAssignee()) && task.getStatus() == InboxTask.Status.OPEN) {
            return task;
        }
        if (!access.mayWorkOn(caller, task.getCandidateGroups(), task.getCandidateUsers(), task.getAssignee())) {
            throw DomainException.forbidden("任务 " + taskId + " 不是派给您的：可由中队长、科室负责人指派。Task " + taskId
                    + " is not offered to you; a squad leader, manager or head may assign it");
        }
        if (tasks.claim(taskId, caller.username(), clock.instant()) == 0) {
            InboxTask current = tasks.findById(taskId).orElseThrow();
            if (current.getStatus() != InboxTask.Status.OPEN) {
                throw DomainException.conflict("Task " + taskId + " is " + current.getStatus() + " and can no longer be claimed");
            }
            throw DomainException.conflict("Task " + taskId + " has already been claimed by " + current.getAssignee());
        }
        InboxTask claimed = tasks.findById(taskId).orElseThrow();
        audit.append(stream(claimed.getLeadId(), claimed.getCaseId()), caller.username(),
                caller.actingUnit(claimed.getCandidateGroups()), "task.claimed", null, Map.of("taskId", taskId, "assignee", caller.username()));
        return claimed;
    }

    /**
     * 退回待领: the task goes back to its groups — by the one who claimed it, or by a squad leader, manager or head of the
     * task's unit (someone is away). Only an open, claimed task.
     */
    @Transactional
    public InboxTask unclaim(long taskId, Caller caller) {
        InboxTask task = get(taskId, caller);
        if (task.getStatus() != InboxTask.Status.OPEN || task.getAssignee() == null) {
            throw DomainException.conflict("Task " + taskId + " is not claimed: nothing to give back");
        }
        if (!caller.username().equals(task.getAssignee()) && !InboxSearch.supervises(caller, task.getCandidateGroups())) {
            throw DomainException.forbidden("Task " + taskId + " is claimed by " + task.getAssignee()
                    + "; only they or a squad leader, manager or head of its unit can give it back");
        }
        String assignee = task.getAssignee();
        if (tasks.unclaim(taskId, assignee) == 0) {
            throw DomainException.conflict("Task " + taskId + " changed meanwhile; look at it again");
        }
        InboxTask unclaimed = tasks.findById(taskId).orElseThrow();
        audit.append(stream(unclaimed.getLeadId(), unclaimed.getCaseId()), caller.username(),
                InboxSearch.unitOf(unclaimed.getCandidateGroups().getFirst()), "task.unclaimed", Map.of("assignee", assignee),
                Map.of("taskId", taskId));
        return unclaimed;
    }

    /**
     * 指派: a squad leader, manager or head of the task's unit gives the open task to a colleague who may work on it (an
     * active officer holding one of its role@unit groups), taking it from whoever held it.
     */
    @Transactional
    public InboxTask assign(long taskId, String assignee, Caller caller) {
        InboxTask task = get(taskId, caller);
        if (!InboxSearch.supervises(caller, task.getCandidateGroups())) {
            throw DomainException.forbidden("只有中队长、科室负责人可以指派任务。Only a squad leader, manager or head of the task's "
                    + "unit assigns it.");
        }
        if (task.getStatus() != InboxTask.Status.OPEN) {
            throw DomainException.conflict("Task " + taskId + " is " + task.getStatus() + " and can no longer be assigned");
        }
        String colleague = assignee == null ? "" : assignee.strip();
        Officer officer = directory.officer(colleague).filter(Officer::isActive).orElseThrow(() ->
                DomainException.invalid("assignee " + assignee + " is not an active officer"));
        boolean eligible = task.getCandidateUsers().contains(colleague) || task.getCandidateGroups().stream()
                .anyMatch(group -> officer.getRoles().contains(group.substring(0, group.indexOf('@')))
                        && officer.getUnits().contains(InboxSearch.unitOf(group)));
        if (!eligible) {
            throw DomainException.invalid("assignee " + colleague + " holds none of the task's groups "
                    + task.getCandidateGroups());
        }
        String previous = task.getAssignee();
        if (tasks.assign(taskId, previous, colleague, clock.instant()) == 0) {
            throw DomainException.conflict("Task " + taskId + " changed meanwhile; look at it again");
        }
        InboxTask assigned = tasks.findById(taskId).orElseThrow();
        notifications.tell(colleague, Notifications.Kind.ASSIGNED, taskId);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("assignee", previous);
        audit.append(stream(assigned.getLeadId(), assigned.getCaseId()), caller.username(),
                InboxSearch.unitOf(assigned.getCandidateGroups().getFirst()), "task.assigned", before,
                Map.of("taskId", taskId, "assignee", colleague));
        return assigned;
    }

    /**
     * 委派: the one who holds the task hands it to a colleague of one of its units, who works it and sends back a draft
     * ({@link #resolve}); the owner then completes it. Not while another delegation is pending.
     */
    @Transactional
    public InboxTask delegate(long taskId, String to, Caller caller) {
        InboxTask task = get(taskId, caller);
        if (task.getStatus() != InboxTask.Status.OPEN || !caller.username().equals(task.getAssignee()) || task.isDelegated()) {
            throw DomainException.conflict("Only the one who holds open task " + taskId + " delegates it, once at a time");
        }
        String delegate = to == null ? "" : to.strip();
        if (delegate.equals(caller.username())) {
            throw DomainException.invalid("to: a task is delegated to someone else");
        }
        Officer officer = directory.officer(delegate).filter(Officer::isActive).orElseThrow(() ->
                DomainException.invalid("to: " + to + " is not an active officer"));
        if (task.getCandidateGroups().stream().map(InboxSearch::unitOf).noneMatch(officer.getUnits()::contains)) {
            throw DomainException.invalid("to: " + delegate + " is not a colleague in the task's units");
        }
        if (tasks.delegate(taskId, caller.username(), delegate) == 0) {
            throw DomainException.conflict("Task " + taskId + " changed meanwhile; look at it again");
        }
        InboxTask delegated = tasks.findById(taskId).orElseThrow();
        notifications.tell(delegate, Notifications.Kind.DELEGATED, taskId);
        audit.append(stream(delegated.getLeadId(), delegated.getCaseId()), caller.username(),
                caller.actingUnit(delegated.getCandidateGroups()), "task.delegated", null,
                Map.of("taskId", taskId, "delegate", delegate));
        return delegated;
    }

    /** The delegate sends the task back to its owner with a draft of the completion, which the owner approves. */
    @Transactional
    public InboxTask resolve(long taskId, Map<String, Object> draft, Caller caller) {
        InboxTask task = get(taskId, caller);
        if (!task.isDelegated() || !caller.username().equals(task.getAssignee())) {
            throw DomainException.conflict("Task " + taskId + " is not delegated to " + caller.username());
        }
        String json;
        try {
            json = DRAFTS.writeValueAsString(draft == null ? Map.of() : draft);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid("the draft is not a JSON object");
        }
        if (tasks.resolve(taskId, caller.username(), json) == 0) {
            throw DomainException.conflict("Task " + taskId + " changed meanwhile; look at it again");
        }
        InboxTask resolved = tasks.findById(taskId).orElseThrow();
        notifications.tell(resolved.getAssignee(), Notifications.Kind.RETURNED, taskId);
        audit.append(stream(resolved.getLeadId(), resolved.getCaseId()), caller.username(), null, "task.resolved", null,
                Map.of("taskId", taskId, "owner", resolved.getAssignee()));
        return resolved;
    }

    /** The delegate's draft of a resolved task, for those who may see it. */
    @Transactional(readOnly = true)
    public Map<String, Object> draft(long taskId, Caller caller) {
        get(taskId, caller);
        String json = jdbc.queryForObject("select delegation_draft::text from inbox_task where id = ?", String.class, taskId);
        if (json == null) {
            throw DomainException.notFound("Draft of task", taskId);
        }
        try {
            return DRAFTS.readValue(json, new TypeReference<>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 跟进日期: the assignee puts the task aside until {@code until} (null brings it back now). */
    @Transactional
    public InboxTask followUp(long taskId, Instant until, Caller caller) {
        InboxTask task = get(taskId, caller);
        if (task.getStatus() != InboxTask.Status.OPEN || !caller.username().equals(task.getAssignee())) {
            throw DomainException.conflict("Only the one who holds open task " + taskId + " sets its follow-up date");
        }
        if (until != null && !until.isAfter(clock.instant())) {
            throw DomainException.invalid("until must be in the future (or null to clear it)");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("followUpAt", task.getFollowUpAt());
        task.followUpAt(until);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("taskId", taskId);
        after.put("followUpAt", until);
        audit.append(stream(task.getLeadId(), task.getCaseId()), caller.username(),
                caller.actingUnit(task.getCandidateGroups()), "task.follow-up", before, after);
        return task;
    }

    /**
     * 优先级: a squad leader, manager or head of the task's unit sets an open task's priority, 0–100 (higher first; the
     * inbox sorts by it with sort=PRIORITY).
     */
    @Transactional
    public InboxTask prioritise(long taskId, int priority, Caller caller) {
        InboxTask task = get(taskId, caller);
        if (!InboxSearch.supervises(caller, task.getCandidateGroups())) {
            throw DomainException.forbidden("只有中队长、科室负责人可以调整任务优先级。Only a squad leader, manager or head of the "
                    + "task's unit sets its priority.");
        }
        if (!TaskOpening.isPriority(priority)) {
            throw DomainException.invalid("priority must be between " + TaskOpening.MIN_PRIORITY + " and "
                    + TaskOpening.MAX_PRIORITY);
        }
        if (task.getStatus() != InboxTask.Status.OPEN) {
            throw DomainException.conflict("Task " + taskId + " is " + task.getStatus() + " and its priority no longer "
                    + "matters");
        }
        int before = task.getPriority();
        task.prioritise(priority);
        audit.append(stream(task.getLeadId(), task.getCaseId()), caller.username(),
                InboxSearch.unitOf(task.getCandidateGroups().getFirst()), "task.prioritised", Map.of("priority", before),
                Map.of("taskId", taskId, "priority", priority));
        return task;
    }

    /**
     * Completes the task in UEP: the form validates and records, the task moves to COMPLETING and the job
     * completion is queued for the engine — all in one transaction.
     */
    @Transactional
    public InboxTask complete(long taskId, TaskCompletion completion, Caller caller) {
        InboxTask task = get(taskId, caller);
        if (task.getStatus() != InboxTask.Status.OPEN) {
            throw DomainException.conflict("Task " + taskId + " is " + task.getStatus() + " and cannot be completed");
        }
        if (task.isDelegated()) {
            throw DomainException.conflict("Task " + taskId + " is delegated to " + task.getAssignee()
                    + ": the delegate sends it back (resolve) and " + task.getDelegatedBy() + " completes it");
        }
        if (!caller.username().equals(task.getAssignee())) {
            throw DomainException.forbidden(task.getAssignee() == null
                    ? "Claim task " + taskId + " before completing it"
                    : "Task " + taskId + " is claimed by " + task.getAssignee());
        }
        TaskForm form = Optional.ofNullable(forms.get(task.getFormKey())).orElseThrow(() ->
                DomainException.conflict("Task " + taskId + " has form " + task.getFormKey() + ", which UEP cannot complete yet"));
        String outcome = form.complete(task, completion, caller);
        task.completing(outcome, caller.username(), clock.instant());
        outbox.enqueue(EngineCommand.Kind.COMPLETE_JOB, taskId);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("taskId", taskId);
        after.put("elementId", task.getElementId());
        after.put("outcome", outcome);
        audit.append(stream(task.getLeadId(), task.getCaseId()), caller.username(), caller.actingUnit(task.getCandidateGroups()),
                "task.completed", Map.of("status", InboxTask.Status.OPEN), after);
        return task;
    }

    /** Claims the task when nobody holds it and completes it, in one transaction: a refusal leaves it as it was. */
    @Transactional
    public InboxTask claimAndComplete(long taskId, TaskCompletion completion, Caller caller) {
        if (find(taskId).getAssignee() == null) {
            claim(taskId, caller);
        }
        return complete(taskId, completion, caller);
    }

    /** The engine accepted the completion (or no longer knows the job after an earlier attempt). */
    @Transactional
    public void confirmCompleted(long taskId) {
        InboxTask task = tasks.findById(taskId).orElseThrow(() -> DomainException.notFound("Task", taskId));
        if (task.getStatus() == InboxTask.Status.COMPLETING) {
            task.confirmed();
        }
    }

    @Transactional(readOnly = true)
    public InboxTask find(long taskId) {
        return tasks.findById(taskId).orElseThrow(() -> DomainException.notFound("Task", taskId));
    }

    /** Withdraws a task whose job the engine removed before it was completed in UEP. */
    @Transactional
    public void withdraw(long taskId, String reason) {
        InboxTask task = find(taskId);
        if (task.getStatus() == InboxTask.Status.WITHDRAWN || task.getStatus() == InboxTask.Status.COMPLETED) {
            return;
        }
        withdraw(task, reason);
    }

    /**
     * Open tasks whose due date has passed, in id order after {@code afterId}: the ones an engine timer (a window that ran
     * out, an ended scope) may have removed without UEP being told.
     */
    @Transactional(readOnly = true)
    public List<InboxTask> openOverdue(Instant now, long afterId, int limit) {
        return tasks.findByStatusAndDueAtBeforeAndIdGreaterThanOrderById(InboxTask.Status.OPEN, now, afterId,
                Limit.of(limit));
    }

    /** Withdraws every task still open in a dossier, e.g. when a revoked decision ends the case's process. */
    @Transactional
    public void withdrawOpenTasks(long leadId, String reason) {
        tasks.findByLeadIdAndStatus(leadId, InboxTask.Status.OPEN).forEach(task -> withdraw(task, reason));
    }

    @Transactional(readOnly = true)
    public List<InboxTask> tasksOfLead(long leadId) {
        return tasks.findByLeadIdOrderById(leadId);
    }

    private void withdraw(InboxTask task, String reason) {
        InboxTask.Status before = task.getStatus();
        task.withdrawn(clock.instant());
        audit.append(stream(task.getLeadId(), task.getCaseId()), AuditLog.SYSTEM, null, "task.withdrawn",
                Map.of("status", before), Map.of("taskId", task.getId(), "status", task.getStatus(), "reason", reason));
    }

    private static String stream(Long leadId, Long caseId) {
        return caseId != null ? AuditLog.caseStream(caseId) : AuditLog.leadStream(leadId);
    }

}
