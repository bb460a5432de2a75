package org.uep.domain.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.lead.NewLead;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/** The workload page's counts and the tasks behind them, for a unit of the test's own (no other test's tasks). */
@DomainTest
class UnitWorkloadTest {

    @Autowired UnitWorkload workload;
    @Autowired InboxService inbox;
    @Autowired LeadService leads;

    private String unit;
    private Caller manager;
    private Caller officer;
    private Lead lead;

    @BeforeEach
    void aUnitOfItsOwn() {
        unit = "/zhoushan/test-" + UUID.randomUUID();
        Credentials certificate = Credentials.certificate("ZJ-W", LocalDate.of(2030, 12, 31));
        manager = new Caller("manager.w", "manager.w", List.of(unit), Set.of("manager"), certificate);
        officer = new Caller("officer.w", "officer.w", List.of(unit), Set.of("officer"), certificate);
        lead = leads.receive(new NewLead(Callers.DINGHAI, "INSPECTION", "工作量测试", "解放路", "工作量当事人", null),
                Callers.officer("officer.dinghai1"));
    }

    @Test
    void countsOpenOverdueAndDueSoonByStepAndOfficerAndListsTheTasksBehindThem() {
        Instant now = Instant.now();
        InboxTask overdueFree = open(Elements.INVESTIGATE, Forms.INVESTIGATION, now.minus(Duration.ofDays(2)));
        InboxTask soonClaimed = open(Elements.INVESTIGATE, Forms.INVESTIGATION, now.plus(Duration.ofDays(1)));
        InboxTask laterFree = open(Elements.PROPOSE_PENALTY, Forms.PENALTY_PROPOSAL, now.plus(Duration.ofDays(20)));
        inbox.claim(soonClaimed.getId(), officer);
        InboxTask done = open(Elements.PROPOSE_PENALTY, Forms.PENALTY_PROPOSAL, now.minus(Duration.ofDays(1)));
        inbox.withdraw(done.getId(), "not open any more");

        assertThat(workload.loads(manager)).containsExactly(
                new UnitWorkload.Load(Elements.INVESTIGATE, Elements.INVESTIGATE, PenaltyCaseProcess.PROCESS_ID, null,
                        1, 1, 0),
                new UnitWorkload.Load(Elements.INVESTIGATE, Elements.INVESTIGATE, PenaltyCaseProcess.PROCESS_ID,
                        "officer.w", 1, 0, 1),
                new UnitWorkload.Load(Elements.PROPOSE_PENALTY, Elements.PROPOSE_PENALTY, PenaltyCaseProcess.PROCESS_ID,
                        null, 1, 0, 0));

        assertThat(ids(workload.tasks(manager, null, null, null)))
                .containsExactly(overdueFree.getId(), soonClaimed.getId(), laterFree.getId());
        assertThat(ids(workload.tasks(manager, null, null, InboxSearch.Urgency.OVERDUE))).containsExactly(overdueFree.getId());
        assertThat(ids(workload.tasks(manager, null, null, InboxSearch.Urgency.DUE_SOON))).containsExactly(soonClaimed.getId());
        assertThat(ids(workload.tasks(manager, Elements.INVESTIGATE, "", null))).as("unclaimed")
                .containsExactly(overdueFree.getId());
        assertThat(ids(workload.tasks(manager, Elements.INVESTIGATE, "officer.w", null)))
                .containsExactly(soonClaimed.getId());
        assertThat(workload.tasks(manager, null, null, null).getFirst().partyName()).isEqualTo("工作量当事人");

        assertThat(workload.loads(Callers.head("head.dinghai"))).as("another unit's head sees none of them")
                .noneMatch(l -> l.assignee() != null && l.assignee().equals("officer.w"));
    }

    @Test
    void onlySquadLeadersManagersAndHeadsSeeTheirUnitsWorkload() {
        assertThatThrownBy(() -> workload.loads(officer)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Only squad leaders, managers and heads");
        assertThatThrownBy(() -> workload.tasks(officer, null, null, null)).isInstanceOf(DomainException.class)
                .hasMessageContaining("Only squad leaders, managers and heads");
    }

    private InboxTask open(String elementId, String formKey, Instant dueAt) {
        long jobKey = Dossiers.nextKey();
        inbox.open(new TaskOpening(jobKey, 0, PenaltyCaseProcess.PROCESS_ID, elementId, elementId, formKey,
                List.of("officer@" + unit), List.of(), dueAt, lead.getId(), null));
        return inbox.tasksOfLead(lead.getId()).stream().filter(t -> t.getJobKey() == jobKey).findFirst().orElseThrow();
    }

    private static List<Long> ids(List<UnitWorkload.Item> items) {
        return items.stream().map(UnitWorkload.Item::taskId).toList();
    }
}
