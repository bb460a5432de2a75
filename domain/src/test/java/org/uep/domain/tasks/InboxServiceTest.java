package org.uep.domain.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.InvestigationRepository;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.lead.Lead;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

@DomainTest
class InboxServiceTest {

    @Autowired InboxService inbox;
    @Autowired InboxSearch search;
    @Autowired InboxTaskRepository tasks;
    @Autowired ApprovalRecordRepository approvals;
    @Autowired InvestigationRepository investigations;
    @Autowired EngineOutbox outbox;
    @Autowired CaseService cases;
    @Autowired Dossiers dossiers;

    private final Caller head = Callers.head("head.dinghai");
    private final Caller officer1 = Callers.officer("officer.dinghai1");
    private final Caller officer2 = Callers.officer("officer.dinghai2");

    @Test
    void aRedeliveredJobChangesNothing() {
        Lead lead = dossiers.registeredLead();
        long jobKey = Dossiers.nextKey();
        TaskOpening opening = new TaskOpening(jobKey, lead.getProcessInstanceKey(), PenaltyCaseProcess.PROCESS_ID,
                Elements.FILE_CASE_APPROVAL, "立案审批", Forms.FILE_CASE_APPROVAL, List.of("head@" + Callers.DINGHAI),
                List.of(), null, lead.getId(), null);

        assertThat(inbox.open(opening)).isTrue();
        assertThat(inbox.open(opening)).isFalse();

        assertThat(tasks.findByLeadIdOrderById(lead.getId())).singleElement()
                .satisfies(t -> assertThat(t.getJobKey()).isEqualTo(jobKey));
    }

    @Test
    void theInboxShowsTasksOfMyCandidateGroupsOnly() {
        Lead lead = dossiers.registeredLead();
        InboxTask filing = dossiers.openTask(lead, null, Elements.FILE_CASE_APPROVAL, Forms.FILE_CASE_APPROVAL, "head");

        assertThat(inboxOf(head)).contains(filing.getId());
        assertThat(inboxOf(officer1)).doesNotContain(filing.getId());
        assertThat(inboxOf(Callers.outsider("head.huannan"))).doesNotContain(filing.getId());
        assertThatThrownBy(() -> inbox.get(filing.getId(), officer1)).isInstanceOf(DomainException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void ofTwoConcurrentClaimsExactlyOneWins() throws Exception {
        Lead lead = dossiers.registeredLead();
        InboxTask task = dossiers.openTask(lead, null, Elements.FILE_CASE_APPROVAL, Forms.FILE_CASE_APPROVAL, "head");
        Caller otherHead = Callers.head("head.dinghai.deputy");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Caller caller : List.of(head, otherHead)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return inbox.claim(task.getId(), caller).getAssignee();
                    } catch (DomainException e) {
                        return e.kind().name();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsOnlyOnce("CONFLICT");
            assertThat(inbox.find(task.getId()).getAssignee()).isIn(head.username(), otherHead.username());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void completingAnApprovalRecordsTheSignedOpinionAndQueuesTheJobCompletion() {
        Lead lead = dossiers.registeredLead();
        InboxTask task = dossiers.openTask(lead, null, Elements.FILE_CASE_APPROVAL, Forms.FILE_CASE_APPROVAL, "head");

        assertThatThrownBy(() -> inbox.complete(task.getId(), new TaskCompletion("APPROVE", "同意立案", null, null), head))
                .hasMessageContaining("Claim task");
        inbox.claim(task.getId(), head);
        assertThatThrownBy(() -> inbox.complete(task.getId(), new TaskCompletion("RETURN", "x", null, null), head))
                .hasMessageContaining("outcome must be one of [APPROVE, REJECT]");
        assertThatThrownBy(() -> inbox.complete(task.getId(), new TaskCompletion("APPROVE", " ", null, null), head))
                .hasMessageContaining("opinion is required");
        assertThat(approvals.findByLeadIdOrderByDecidedAt(lead.getId())).isEmpty();

        inbox.complete(task.getId(), new TaskCompletion("APPROVE", "事实清楚，同意立案", null, null), head);

        assertThat(inbox.find(task.getId()).getStatus()).isEqualTo(InboxTask.Status.COMPLETING);
        assertThat(outbox.find(EngineCommand.Kind.COMPLETE_JOB, task.getId())).isPresent();
        assertThat(approvals.findByLeadIdOrderByDecidedAt(lead.getId())).singleElement().satisfies(a -> {
            assertThat(a.getOutcome()).isEqualTo(ApprovalRecord.Outcome.APPROVE);
            assertThat(a.getOpinion()).isEqualTo("事实清楚，同意立案");
            assertThat(a.getApprover()).isEqualTo("head.dinghai");
            assertThat(a.getApproverRole()).isEqualTo("head");
            assertThat(a.getApproverUnit()).isEqualTo(Callers.DINGHAI);
        });
        assertThatThrownBy(() -> inbox.complete(task.getId(), new TaskCompletion("APPROVE", "again", null, null), head))
                .hasMessageContaining("COMPLETING");
    }

    @Test
    void anInvestigationNeedsTwoDistinctOfficersIncludingTheRecorder() {
        Lead lead = dossiers.registeredLead();
        PenaltyCase filed = cases.file(lead.getId());
        InboxTask task = dossiers.openTask(lead, filed.getId(), Elements.INVESTIGATE, Forms.INVESTIGATION, "officer");
        inbox.claim(task.getId(), officer1);
        dossiers.knownOfficer("officer.dinghai2", LocalDate.of(2030, 12, 31));
        dossiers.knownOfficer("officer.expired", LocalDate.of(2020, 12, 31));

        assertThatThrownBy(() -> inbox.complete(task.getId(),
                new TaskCompletion(null, null, "现场检查，占道属实", List.of("officer.dinghai1", "officer.dinghai1")), officer1))
                .hasMessageContaining("at least two different officers");
        assertThatThrownBy(() -> inbox.complete(task.getId(),
                new TaskCompletion(null, null, "现场检查，占道属实", List.of("officer.dinghai2", "officer.dinghai3")), officer1))
                .hasMessageContaining("must include you");
        assertThatThrownBy(() -> inbox.complete(task.getId(),
                new TaskCompletion(null, null, "现场检查", List.of("officer.dinghai1", "nobody.known")), officer1))
                .hasMessageContaining("nobody.known is not a known officer");
        assertThatThrownBy(() -> inbox.complete(task.getId(),
                new TaskCompletion(null, null, "现场检查", List.of("officer.dinghai1", "officer.expired")), officer1))
                .hasMessageContaining("officer.expired holds no enforcement certificate valid today");
        Caller expired = new Caller("officer.dinghai1", "x", officer1.units(), officer1.roles(),
                Credentials.certificate("ZJ-1", LocalDate.of(2020, 1, 1)));
        assertThatThrownBy(() -> inbox.complete(task.getId(),
                new TaskCompletion(null, null, "现场检查", List.of("officer.dinghai1", "officer.dinghai2")), expired))
                .hasMessageContaining("certificate");

        inbox.complete(task.getId(), new TaskCompletion(null, null, "现场检查，占道属实",
                List.of("officer.dinghai1", "officer.dinghai2")), officer1);

        assertThat(investigations.findByCaseIdOrderByRecordedAt(filed.getId())).singleElement()
                .satisfies(i -> assertThat(i.getOfficers()).containsExactly("officer.dinghai1", "officer.dinghai2"));
        assertThatThrownBy(() -> inbox.claim(task.getId(), officer2)).hasMessageContaining("COMPLETING");
    }

    @Test
    void whoInvestigatedACaseCannotApproveItsDecision() {
        Lead lead = dossiers.registeredLead();
        PenaltyCase filed = cases.file(lead.getId());
        dossiers.knownOfficer("officer.dinghai2", LocalDate.of(2030, 12, 31));
        Caller deputy = new Caller("deputy.dinghai", "deputy", List.of(Callers.DINGHAI), Set.of("head", "officer"),
                Credentials.certificate("ZJ-D", LocalDate.of(2030, 12, 31)));
        InboxTask investigation = dossiers.openTask(lead, filed.getId(), Elements.INVESTIGATE, Forms.INVESTIGATION, "officer");
        inbox.claim(investigation.getId(), deputy);
        inbox.complete(investigation.getId(), new TaskCompletion(null, null, "属实",
                List.of("deputy.dinghai", "officer.dinghai2")), deputy);
        InboxTask decision = dossiers.openTask(lead, filed.getId(), Elements.DECISION_APPROVAL, Forms.DECISION_APPROVAL, "head");
        inbox.claim(decision.getId(), deputy);

        assertThatThrownBy(() -> inbox.complete(decision.getId(), new TaskCompletion("APPROVE", "同意", null, null), deputy))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("deputy.dinghai investigated this case and therefore cannot approve the decision on it");
        assertThat(approvals.findByLeadIdOrderByDecidedAt(lead.getId())).isEmpty();

    }

    private List<Long> inboxOf(Caller caller) {
        return search.search(InboxSearch.Query.inbox(), caller).entries().stream().map(e -> e.task().getId()).toList();
    }
}
