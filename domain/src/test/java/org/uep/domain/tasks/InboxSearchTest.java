package org.uep.domain.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.audit.AuditEvent;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.lead.NewLead;
import org.uep.domain.tasks.InboxSearch.Query;
import org.uep.domain.tasks.InboxSearch.Sort;
import org.uep.domain.tasks.InboxSearch.Urgency;
import org.uep.domain.tasks.InboxSearch.View;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * The inbox's views, filters and keyset pages (by due date, creation and priority) against PostgreSQL, the offer rows
 * behind the group views through each action, setting a priority, and giving a claimed task back. Each test works on
 * tasks of its own party (a name no other test uses), so the party filter keeps other tests' tasks out.
 */
@DomainTest
class InboxSearchTest {

    @Autowired InboxSearch search;
    @Autowired InboxService inbox;
    @Autowired LeadService leads;
    @Autowired CaseService cases;
    @Autowired TaskComments comments;
    @Autowired BatchApproval batch;
    @Autowired Notifications notifications;
    @Autowired ApprovalRecordRepository approvals;
    @Autowired Dossiers dossiers;
    @Autowired AuditEventRepository audit;
    @Autowired JdbcTemplate jdbc;

    private final Caller head = Callers.head("head.dinghai");
    private final Caller officer1 = Callers.officer("officer.dinghai1");
    private final Caller officer2 = Callers.officer("officer.dinghai2");
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private String party;
    private Lead lead;
    private PenaltyCase penaltyCase;

    @BeforeEach
    void aPartyOfItsOwn() {
        party = "检索当事人-" + UUID.randomUUID();
        lead = leads.receive(new NewLead(Callers.DINGHAI, "INSPECTION", "检索测试", "解放路", party, null), officer1);
        leads.register(lead.getId(), Dossiers.nextKey());
        penaltyCase = cases.file(lead.getId());
    }

    @Test
    void keysetPagesWalkTheWholeListOnceInOrder() {
        List<InboxTask> opened = new ArrayList<>();
        for (int day : new int[] {5, 2, 9, 2, 7, 1, 4}) {
            opened.add(open("officer", now.plus(Duration.ofDays(day))));
        }
        List<Long> byDue = opened.stream().sorted(Comparator.comparing(InboxTask::getDueAt)
                .thenComparing(InboxTask::getId)).map(InboxTask::getId).toList();
        assertThat(walk(Sort.DUE, 3)).containsExactlyElementsOf(byDue);
        assertThat(walk(Sort.CREATED, 3)).containsExactlyElementsOf(opened.stream()
                .sorted(Comparator.comparing(InboxTask::getId).reversed()).map(InboxTask::getId).toList());
        assertThat(walk(Sort.DUE, 7)).as("one full page, no next").containsExactlyElementsOf(byDue);
    }

    @Test
    void filtersNarrowTheListAndEachTaskShowsItsCase() {
        InboxTask overdue = open("officer", now.minus(Duration.ofHours(2)));
        InboxTask soon = open("officer", now.plus(Duration.ofDays(1)));
        InboxTask later = open("officer", now.plus(Duration.ofDays(20)));

        assertThat(ids(query(View.INBOX).urgency(Urgency.OVERDUE), officer1)).containsExactly(overdue.getId());
        assertThat(ids(query(View.INBOX).urgency(Urgency.DUE_SOON), officer1)).containsExactly(soon.getId());
        assertThat(ids(query(View.INBOX).due(now.plus(Duration.ofDays(10)), null), officer1)).containsExactly(later.getId());
        assertThat(ids(query(View.INBOX).caseNumber(penaltyCase.getCaseNumber()), officer1))
                .containsExactly(overdue.getId(), soon.getId(), later.getId());
        assertThat(ids(query(View.INBOX).kind(Forms.INVESTIGATION), officer1)).containsExactly(overdue.getId(),
                soon.getId(), later.getId());
        assertThat(ids(query(View.INBOX).kind(Forms.FILE_CASE_APPROVAL), officer1)).isEmpty();
        assertThat(ids(query(View.INBOX).unit(Callers.DINGHAI), officer1)).hasSize(3);
        assertThat(ids(query(View.INBOX).unit("/zhoushan/dinghai/huannan"), officer1)).isEmpty();
        assertThat(search.search(query(View.INBOX).build(), officer1).entries()).allSatisfy(entry -> {
            assertThat(entry.caseNumber()).isEqualTo(penaltyCase.getCaseNumber());
            assertThat(entry.partyName()).isEqualTo(party);
        });
        assertThat(ids(query(View.INBOX), Callers.outsider("officer.huannan"))).as("another unit's officer").isEmpty();
    }

    @Test
    void viewsSplitMyTasksMyGroupsAndMyColleaguesAndGivingBackReturnsATaskToTheGroup() {
        InboxTask claimed = open("officer", now.plus(Duration.ofDays(3)));
        InboxTask free = open("officer", now.plus(Duration.ofDays(4)));
        inbox.claim(claimed.getId(), officer1);

        assertThat(ids(query(View.MINE), officer1)).containsExactly(claimed.getId());
        assertThat(ids(query(View.GROUP), officer1)).containsExactly(free.getId());
        assertThat(ids(query(View.INBOX), officer1)).containsExactly(claimed.getId(), free.getId());
        assertThat(ids(query(View.INBOX), officer2)).as("claimed by a colleague").containsExactly(free.getId());
        assertThat(ids(query(View.INBOX).assigned(true), officer1)).containsExactly(claimed.getId());
        assertThat(ids(query(View.COLLEAGUES), head)).containsExactly(claimed.getId());
        assertThatThrownBy(() -> search.search(query(View.COLLEAGUES).build(), officer2))
                .isInstanceOf(DomainException.class).hasMessageContaining("Only squad leaders, managers and heads");

        assertThatThrownBy(() -> inbox.unclaim(claimed.getId(), officer2)).isInstanceOf(DomainException.class)
                .hasMessageContaining("only they or a squad leader, manager or head");
        assertThatThrownBy(() -> inbox.unclaim(free.getId(), officer1)).isInstanceOf(DomainException.class)
                .hasMessageContaining("not claimed");
        assertThatThrownBy(() -> inbox.unclaim(claimed.getId(), Callers.outsider("head.huannan")))
                .isInstanceOf(DomainException.class).hasMessageContaining("does not exist");
        inbox.unclaim(claimed.getId(), head);
        assertThat(ids(query(View.GROUP), officer2)).containsExactly(claimed.getId(), free.getId());
        inbox.claim(claimed.getId(), officer2);
        inbox.unclaim(claimed.getId(), officer2);
        assertThat(ids(query(View.MINE), officer2)).isEmpty();
    }

    @Test
    void aSupervisorAssignsATaskToAColleagueWhoHoldsItsGroup() {
        dossiers.knownOfficer("officer.dinghai2", LocalDate.of(2030, 12, 31));
        InboxTask task = open("officer", now.plus(Duration.ofDays(3)));
        inbox.claim(task.getId(), officer1);

        assertThatThrownBy(() -> inbox.assign(task.getId(), "officer.dinghai2", officer1))
                .isInstanceOf(DomainException.class).hasMessageContaining("Only a squad leader, manager or head");
        assertThatThrownBy(() -> inbox.assign(task.getId(), "nobody.known", head))
                .isInstanceOf(DomainException.class).hasMessageContaining("not an active officer");
        InboxTask headsTask = open("head", now.plus(Duration.ofDays(3)), Elements.FILE_CASE_APPROVAL, Forms.FILE_CASE_APPROVAL);
        assertThatThrownBy(() -> inbox.assign(headsTask.getId(), "officer.dinghai2", head)).as("an officer is no head")
                .isInstanceOf(DomainException.class).hasMessageContaining("holds none of the task's groups");
        InboxTask assigned = inbox.assign(task.getId(), "officer.dinghai2", head);
        assertThat(assigned.getAssignee()).isEqualTo("officer.dinghai2");
        assertThat(ids(query(View.MINE), officer2)).containsExactly(task.getId());
        assertThat(ids(query(View.MINE), officer1)).isEmpty();
    }

    @Test
    void aTaskPutAsideUntilAFollowUpDateLeavesTheInboxUntilThen() {
        InboxTask task = open("officer", now.plus(Duration.ofDays(10)));
        assertThatThrownBy(() -> inbox.followUp(task.getId(), now.plus(Duration.ofDays(2)), officer1))
                .as("not claimed").isInstanceOf(DomainException.class).hasMessageContaining("Only the one who holds");
        inbox.claim(task.getId(), officer1);
        assertThatThrownBy(() -> inbox.followUp(task.getId(), now.minus(Duration.ofDays(1)), officer1))
                .isInstanceOf(DomainException.class).hasMessageContaining("until must be in the future");

        inbox.followUp(task.getId(), now.plus(Duration.ofDays(2)), officer1);
        assertThat(ids(query(View.INBOX), officer1)).isEmpty();
        assertThat(ids(query(View.MINE), officer1)).isEmpty();
        assertThat(ids(query(View.FOLLOW_UP), officer1)).containsExactly(task.getId());
        inbox.followUp(task.getId(), null, officer1);
        assertThat(ids(query(View.MINE), officer1)).containsExactly(task.getId());
    }

    @Test
    void commentsAreForThoseWhoMaySeeTheTask() {
        InboxTask task = open("officer", now.plus(Duration.ofDays(3)));
        comments.add(task.getId(), "当事人电话已核实", officer1);
        comments.add(task.getId(), "请本周内办结", head);
        assertThat(comments.of(task.getId(), officer2)).extracting(TaskComments.Comment::author)
                .containsExactly("officer.dinghai1", "head.dinghai");
        assertThatThrownBy(() -> comments.add(task.getId(), "越权", Callers.outsider("officer.huannan")))
                .isInstanceOf(DomainException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> comments.add(task.getId(), " ", officer1))
                .isInstanceOf(DomainException.class).hasMessageContaining("text is required");
    }

    @Test
    void batchApprovalApprovesEachTaskItCanAndSaysWhyNotForTheOthers() {
        InboxTask first = open("head", now.plus(Duration.ofDays(1)), Elements.FILE_CASE_APPROVAL, Forms.FILE_CASE_APPROVAL);
        InboxTask second = open("head", now.plus(Duration.ofDays(2)), Elements.FILE_CASE_APPROVAL, Forms.FILE_CASE_APPROVAL);
        InboxTask takenByAnother = open("head", now.plus(Duration.ofDays(3)), Elements.FILE_CASE_APPROVAL,
                Forms.FILE_CASE_APPROVAL);
        InboxTask investigation = open("officer", now.plus(Duration.ofDays(3)));
        inbox.claim(takenByAnother.getId(), Callers.head("deputy.dinghai"));

        assertThatThrownBy(() -> batch.approve(List.of(first.getId(), investigation.getId()), "同意", head))
                .isInstanceOf(DomainException.class).hasMessageContaining("different kinds");
        assertThatThrownBy(() -> batch.approve(List.of(first.getId()), " ", head))
                .isInstanceOf(DomainException.class).hasMessageContaining("opinion is required");
        List<BatchApproval.Result> results = batch.approve(List.of(first.getId(), second.getId(),
                takenByAnother.getId()), "同意立案", head);

        assertThat(results).extracting(BatchApproval.Result::approved).containsExactly(true, true, false);
        assertThat(results.get(2).problem()).contains("claimed by deputy.dinghai");
        assertThat(inbox.find(first.getId()).getStatus()).isEqualTo(InboxTask.Status.COMPLETING);
        assertThat(inbox.find(takenByAnother.getId()).getAssignee()).as("left as it was").isEqualTo("deputy.dinghai");
        assertThat(approvals.findAll()).filteredOn(a -> a.getTaskId() == first.getId() || a.getTaskId() == second.getId())
                .extracting(ApprovalRecord::getOpinion).containsExactly("同意立案", "同意立案");
    }

    @Test
    void aDelegateWorksTheTaskAndSendsItBackWithADraftTheOwnerCompletes() {
        dossiers.knownOfficer("officer.dinghai2", LocalDate.of(2030, 12, 31));
        InboxTask task = open("officer", now.plus(Duration.ofDays(3)));
        inbox.claim(task.getId(), officer1);
        assertThatThrownBy(() -> inbox.delegate(task.getId(), "officer.dinghai1", officer1))
                .isInstanceOf(DomainException.class).hasMessageContaining("someone else");
        assertThatThrownBy(() -> inbox.delegate(task.getId(), "nobody.known", officer1))
                .isInstanceOf(DomainException.class).hasMessageContaining("not an active officer");
        assertThatThrownBy(() -> inbox.delegate(task.getId(), "officer.dinghai2", officer2))
                .isInstanceOf(DomainException.class).hasMessageContaining("Only the one who holds");

        inbox.delegate(task.getId(), "officer.dinghai2", officer1);
        assertThat(ids(query(View.DELEGATED), officer1)).containsExactly(task.getId());
        assertThat(ids(query(View.MINE), officer2)).containsExactly(task.getId());
        assertThatThrownBy(() -> inbox.complete(task.getId(), new TaskCompletion(null, null, "现场核实", null), officer2))
                .isInstanceOf(DomainException.class).hasMessageContaining("the delegate sends it back");
        assertThatThrownBy(() -> inbox.resolve(task.getId(), Map.of(), officer1))
                .isInstanceOf(DomainException.class).hasMessageContaining("is not delegated to officer.dinghai1");

        inbox.resolve(task.getId(), Map.of("findings", "现场核实属实"), officer2);
        assertThat(ids(query(View.DELEGATED), officer1)).isEmpty();
        assertThat(ids(query(View.MINE), officer1)).containsExactly(task.getId());
        assertThat(inbox.draft(task.getId(), officer1)).containsEntry("findings", "现场核实属实");
        assertThat(inbox.find(task.getId()).getDelegationState()).isEqualTo("RESOLVED");
        assertThat(notifications.of(officer2)).extracting(n -> n.kind() + "/" + n.taskId())
                .contains(Notifications.Kind.NEW_TASK + "/" + task.getId(), Notifications.Kind.DELEGATED + "/" + task.getId());
        assertThat(notifications.of(officer1)).extracting(n -> n.kind() + "/" + n.taskId())
                .contains(Notifications.Kind.RETURNED + "/" + task.getId());
    }

    @Test
    void recentlyCompletedByMeComesLatestFirst() {
        InboxTask first = open("head", now.plus(Duration.ofDays(1)), Elements.FILE_CASE_APPROVAL, Forms.FILE_CASE_APPROVAL);
        InboxTask second = open("head", now.plus(Duration.ofDays(2)), Elements.FILE_CASE_APPROVAL, Forms.FILE_CASE_APPROVAL);
        for (InboxTask task : List.of(first, second)) {
            inbox.claim(task.getId(), head);
            inbox.complete(task.getId(), new TaskCompletion("APPROVE", "同意立案", null, null), head);
        }
        assertThat(ids(query(View.COMPLETED), head)).containsExactly(second.getId(), first.getId());
        assertThat(ids(query(View.INBOX), head)).isEmpty();
    }

    @Test
    void byPriorityTheHighestComeFirstThenTheSoonestDueAndPagesWalkThemOnce() {
        InboxTask low = open("officer", now.plus(Duration.ofDays(1)), 10);
        InboxTask urgentLater = open("officer", now.plus(Duration.ofDays(9)), 90);
        InboxTask urgentSooner = open("officer", now.plus(Duration.ofDays(2)), 90);
        InboxTask urgentUndated = open("officer", null, 90);
        InboxTask plain = open("officer", now.plus(Duration.ofDays(3)), 50);
        InboxTask plainTwin = open("officer", now.plus(Duration.ofDays(3)), 50);
        InboxTask held = open("officer", now.plus(Duration.ofDays(5)), 70);
        inbox.claim(held.getId(), officer1); // the caller's own: merged with the offers page by page
        InboxTask raised = open("officer", now.plus(Duration.ofDays(4)), 20);
        inbox.prioritise(raised.getId(), 95, head);

        List<Long> byPriority = idsOf(raised, urgentSooner, urgentLater, urgentUndated, held, plain, plainTwin, low);
        for (int limit : new int[] {1, 2, 3, 8}) {
            assertThat(walk(Sort.PRIORITY, limit)).as("pages of " + limit).containsExactlyElementsOf(byPriority);
        }
        assertThat(walk(Sort.DUE, 2)).as("no due date: last").containsExactlyElementsOf(idsOf(low, urgentSooner, plain,
                plainTwin, raised, held, urgentLater, urgentUndated));
        assertThat(ids(query(View.GROUP).sort(Sort.PRIORITY), officer2)).containsExactlyElementsOf(idsOf(raised,
                urgentSooner, urgentLater, urgentUndated, plain, plainTwin, low));
        assertThat(search.search(query(View.INBOX).sort(Sort.PRIORITY).build(), officer1).entries())
                .extracting(e -> e.task().getPriority()).containsExactly(95, 90, 90, 90, 70, 50, 50, 10);

        String dueCursor = search.search(query(View.INBOX).sort(Sort.DUE).limit(1).build(), officer1).next();
        assertThatThrownBy(() -> search.search(query(View.INBOX).sort(Sort.PRIORITY).after(dueCursor).build(), officer1))
                .as("a cursor of another sort").isInstanceOf(DomainException.class).hasMessageContaining("not a cursor");
    }

    @Test
    void onlyASupervisorOfItsUnitSetsAnOpenTasksPriorityAndEachRefusalChangesNothing() {
        InboxTask task = open("officer", now.plus(Duration.ofDays(3)));
        InboxTask done = open("head", now.plus(Duration.ofDays(1)), Elements.FILE_CASE_APPROVAL, Forms.FILE_CASE_APPROVAL);
        inbox.claim(done.getId(), head);
        inbox.complete(done.getId(), new TaskCompletion("APPROVE", "同意立案", null, null), head);
        Caller squadLeader = new Caller("squad.dinghai", "squad.dinghai", List.of(Callers.DINGHAI), Set.of("squad-leader"),
                Credentials.certificate("ZJ-squad.dinghai", LocalDate.of(2030, 12, 31)));

        assertRefused(() -> inbox.prioritise(task.getId(), 80, officer1), DomainException.Kind.FORBIDDEN,
                "Only a squad leader, manager or head");
        assertRefused(() -> inbox.prioritise(task.getId(), 80, Callers.outsider("head.huannan")),
                DomainException.Kind.NOT_FOUND, "does not exist");
        assertRefused(() -> inbox.prioritise(task.getId(), 101, head), DomainException.Kind.INVALID, "between 0 and 100");
        assertRefused(() -> inbox.prioritise(task.getId(), -1, squadLeader), DomainException.Kind.INVALID,
                "between 0 and 100");
        assertRefused(() -> inbox.prioritise(done.getId(), 80, head), DomainException.Kind.CONFLICT, "COMPLETING");
        assertThat(inbox.find(task.getId()).getPriority()).isEqualTo(50);
        assertThat(inbox.find(done.getId()).getPriority()).isEqualTo(50);
        assertThat(offers(task)).containsExactly("officer@" + Callers.DINGHAI + " p50");
        assertThat(audits("task.prioritised")).isEmpty();

        assertThat(inbox.prioritise(task.getId(), 80, squadLeader).getPriority()).isEqualTo(80);
        assertThat(inbox.find(task.getId()).getPriority()).isEqualTo(80);
        assertThat(offers(task)).containsExactly("officer@" + Callers.DINGHAI + " p80");
        assertThat(audits("task.prioritised")).singleElement().satisfies(event -> {
            assertThat(event.getActor()).isEqualTo("squad.dinghai");
            assertThat(event.getBefore()).contains("\"priority\": 50");
            assertThat(event.getAfter()).contains("\"priority\": 80");
        });
    }

    @Test
    void theOffersFollowTheTaskThroughClaimGiveBackAssignCompleteAndWithdrawal() {
        dossiers.knownOfficer("officer.dinghai2", LocalDate.of(2030, 12, 31));
        Caller outsider = Callers.outsider("officer.huannan");
        String group = "officer@" + Callers.DINGHAI;
        // Offered to the group, and by name to an officer of another unit and to one of the group.
        InboxTask task = open(List.of(group), List.of("officer.huannan", "officer.dinghai1"), now.plus(Duration.ofDays(3)),
                80, Elements.INVESTIGATE, Forms.INVESTIGATION);
        assertThat(task.getPriority()).isEqualTo(80);
        List<String> offered = List.of("officer.dinghai1 by name p80", "officer.huannan by name p80", group + " p80");
        assertThat(offers(task)).containsExactlyElementsOf(offered);
        assertThat(ids(query(View.GROUP), officer2)).as("through the group").containsExactly(task.getId());
        assertThat(ids(query(View.GROUP), outsider)).as("by name").containsExactly(task.getId());
        assertThat(ids(query(View.GROUP), officer1)).as("through both, once").containsExactly(task.getId());

        inbox.claim(task.getId(), officer1);
        assertThat(offers(task)).isEmpty();
        assertThat(ids(query(View.GROUP), officer2)).isEmpty();
        assertThat(ids(query(View.GROUP), outsider)).isEmpty();
        assertThat(ids(query(View.INBOX), officer1)).containsExactly(task.getId());

        inbox.unclaim(task.getId(), officer1);
        assertThat(offers(task)).containsExactlyElementsOf(offered);
        assertThat(ids(query(View.GROUP), outsider)).containsExactly(task.getId());

        inbox.assign(task.getId(), "officer.dinghai2", head);
        assertThat(offers(task)).isEmpty();
        assertThat(ids(query(View.GROUP), officer1)).isEmpty();
        assertThat(ids(query(View.MINE), officer2)).containsExactly(task.getId());

        inbox.unclaim(task.getId(), head);
        inbox.prioritise(task.getId(), 30, head);
        assertThat(offers(task)).containsExactly("officer.dinghai1 by name p30", "officer.huannan by name p30",
                group + " p30");
        assertThat(ids(query(View.GROUP), officer2)).containsExactly(task.getId());

        inbox.withdraw(task.getId(), "the engine removed the job");
        assertThat(offers(task)).isEmpty();
        assertThat(ids(query(View.GROUP), officer1)).isEmpty();

        InboxTask approval = open("head", now.plus(Duration.ofDays(1)), Elements.FILE_CASE_APPROVAL,
                Forms.FILE_CASE_APPROVAL);
        assertThat(ids(query(View.GROUP), head)).containsExactly(approval.getId());
        inbox.claimAndComplete(approval.getId(), new TaskCompletion("APPROVE", "同意立案", null, null), head);
        assertThat(offers(approval)).isEmpty();
        assertThat(ids(query(View.GROUP), head)).isEmpty();
        assertThat(ids(query(View.COMPLETED), head)).containsExactly(approval.getId());
    }

    @Test
    void aCursorOrLimitThisInboxDidNotGiveIsRefused() {
        assertThatThrownBy(() -> search.search(query(View.INBOX).after("not-a-cursor").build(), officer1))
                .isInstanceOf(DomainException.class).hasMessageContaining("not a cursor");
        assertThatThrownBy(() -> search.search(query(View.INBOX).limit(0).build(), officer1))
                .isInstanceOf(DomainException.class).hasMessageContaining("limit must be between 1 and 200");
        assertThatThrownBy(() -> search.search(query(View.INBOX).due(now, now).build(), officer1))
                .isInstanceOf(DomainException.class).hasMessageContaining("dueFrom must be before dueTo");
    }

    private List<Long> walk(Sort sort, int limit) {
        List<Long> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            InboxSearch.Page page = search.search(query(View.INBOX).sort(sort).limit(limit).after(after).build(), officer1);
            page.entries().forEach(e -> seen.add(e.task().getId()));
            after = page.next();
            assertThat(++pages).isLessThan(10);
        } while (after != null);
        return seen;
    }

    /** The task's offer rows: to whom (by name or through a group), at which priority. */
    private List<String> offers(InboxTask task) {
        return jdbc.queryForList("""
                select offered_to || case when by_name then ' by name' else '' end || ' p' || priority
                from inbox_task_offer where task_id = ? order by 1""", String.class, task.getId());
    }

    private List<AuditEvent> audits(String action) {
        return audit.findByStreamOrderById(AuditLog.caseStream(penaltyCase.getId())).stream()
                .filter(e -> e.getAction().equals(action)).toList();
    }

    private static void assertRefused(ThrowingCallable action, DomainException.Kind kind, String message) {
        assertThatThrownBy(action).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(kind)).hasMessageContaining(message);
    }

    private static List<Long> idsOf(InboxTask... tasks) {
        return Arrays.stream(tasks).map(InboxTask::getId).toList();
    }

    private List<Long> ids(QueryBuilder query, Caller caller) {
        return search.search(query.build(), caller).entries().stream().map(e -> e.task().getId()).toList();
    }

    private InboxTask open(String role, Instant dueAt) {
        return open(role, dueAt, Elements.INVESTIGATE, Forms.INVESTIGATION);
    }

    private InboxTask open(String role, Instant dueAt, int priority) {
        return open(List.of(role + "@" + Callers.DINGHAI), List.of(), dueAt, priority, Elements.INVESTIGATE,
                Forms.INVESTIGATION);
    }

    private InboxTask open(String role, Instant dueAt, String elementId, String formKey) {
        return open(List.of(role + "@" + Callers.DINGHAI), List.of(), dueAt, TaskOpening.DEFAULT_PRIORITY, elementId,
                formKey);
    }

    private InboxTask open(List<String> groups, List<String> users, Instant dueAt, int priority, String elementId,
                           String formKey) {
        long jobKey = Dossiers.nextKey();
        inbox.open(new TaskOpening(jobKey, lead.getProcessInstanceKey() == null ? 0 : lead.getProcessInstanceKey(),
                PenaltyCaseProcess.PROCESS_ID, elementId, elementId, formKey, groups, users, dueAt, lead.getId(),
                penaltyCase.getId(), priority));
        return inbox.find(inbox.tasksOfLead(lead.getId()).stream().filter(t -> t.getJobKey() == jobKey).findFirst()
                .orElseThrow().getId());
    }

    private QueryBuilder query(View view) {
        return new QueryBuilder(view, party);
    }

    /** The query of these tests: always this test's party, the rest as set. */
    private static final class QueryBuilder {
        private final View view;
        private final String party;
        private String kind;
        private String caseNumber;
        private String unit;
        private Instant dueFrom;
        private Instant dueTo;
        private Urgency urgency;
        private Boolean assigned;
        private Sort sort;
        private String after;
        private Integer limit;

        QueryBuilder(View view, String party) {
            this.view = view;
            this.party = party;
        }

        QueryBuilder kind(String value) { kind = value; return this; }
        QueryBuilder caseNumber(String value) { caseNumber = value; return this; }
        QueryBuilder unit(String value) { unit = value; return this; }
        QueryBuilder due(Instant from, Instant to) { dueFrom = from; dueTo = to; return this; }
        QueryBuilder urgency(Urgency value) { urgency = value; return this; }
        QueryBuilder assigned(Boolean value) { assigned = value; return this; }
        QueryBuilder sort(Sort value) { sort = value; return this; }
        QueryBuilder after(String value) { after = value; return this; }
        QueryBuilder limit(Integer value) { limit = value; return this; }

        Query build() {
            return new Query(view, kind, null, caseNumber, party, unit, dueFrom, dueTo, urgency, assigned, sort, after, limit);
        }
    }
}
