package org.uep.workers.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uep.workers.testing.EngineRecords.await;
import static org.uep.workers.testing.EngineRecords.records;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.lead.NewLead;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.InboxTaskRepository;
import org.uep.domain.tasks.TaskOpening;
import org.uep.domain.testing.Callers;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.WorkersTest;
import org.uep.workers.testing.InJvmEngine;

@WorkersTest
class UserTaskBridgeTest {

    @Autowired CamundaClient client;
    @Autowired LeadService leads;
    @Autowired InboxTaskRepository tasks;

    static ZeebeTestEngine engine = InJvmEngine.shared();

    @BeforeAll
    static void deploy(@Autowired CamundaClient client) {
        client.newDeployResourceCommand().addResourceFromClasspath(PenaltyCaseProcess.RESOURCE).send().join();
    }

    @Test
    void aUserTaskJobBecomesOneInboxRowEvenWhenTheJobIsDeliveredAgain() {
        Lead lead = leads.receive(new NewLead(Callers.DINGHAI, "INSPECTION", "占道经营", "解放路", null, null),
                Callers.officer("officer.dinghai1"));

        await("the lead verification in the inbox", Duration.ofSeconds(30),
                () -> tasks.findByLeadIdOrderById(lead.getId()).size() == 1);
        InboxTask task = tasks.findByLeadIdOrderById(lead.getId()).getFirst();
        assertThat(task.getElementId()).isEqualTo(Elements.VERIFY_LEAD);
        assertThat(task.getName()).startsWith("核查线索");
        assertThat(task.getFormKey()).isEqualTo(PenaltyCaseProcess.Forms.LEAD_VERIFICATION);
        assertThat(task.getCandidateGroups()).containsExactly("officer@" + Callers.DINGHAI);
        assertThat(task.getDueAt()).isEqualTo(leads.get(lead.getId()).getVerifyDueAt());
        assertThat(task.getStatus()).isEqualTo(InboxTask.Status.OPEN);
        assertThat(task.getPriority()).as("the model gives none").isEqualTo(TaskOpening.DEFAULT_PRIORITY);

        // Let the bridge's hold on the job time out: the engine hands the same job out again.
        engine.increaseTime(Duration.ofMillis(UserTaskBridge.HOLD_MILLIS).plusMinutes(1));
        await("the job timed out and was activated again", Duration.ofSeconds(30),
                () -> activations(task.getJobKey()) >= 2);

        assertThat(records(engine, ValueType.JOB, JobIntent.TIMED_OUT)).map(Record::getKey).contains(task.getJobKey());
        assertThat(tasks.findByLeadIdOrderById(lead.getId())).singleElement()
                .satisfies(t -> assertThat(t.getId()).isEqualTo(task.getId()));
    }

    @Test
    void aTaskTakesTheInstancesPriorityElseTheModelsElse50() {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("bridgePriority").startEvent()
                .userTask("prioritised").zeebeCandidateGroups("officer@" + Callers.DINGHAI)
                .zeebeTaskHeader(UserTaskBridge.PRIORITY, "80").endEvent().done(), "bridge-priority.bpmn").send().join();
        Lead lead = leads.receive(new NewLead(Callers.DINGHAI, "INSPECTION", "优先级", "解放路", null, null),
                Callers.officer("officer.dinghai1"));

        long fromModel = start(lead, Map.of());
        long fromInstance = start(lead, Map.of(UserTaskBridge.PRIORITY, 95));
        long notAPriority = start(lead, Map.of(UserTaskBridge.PRIORITY, "urgent"));
        long outOfRange = start(lead, Map.of(UserTaskBridge.PRIORITY, 101));
        await("the four tasks in the inbox", Duration.ofSeconds(30), () -> tasks.findByLeadIdOrderById(lead.getId())
                .stream().filter(t -> t.getProcessId().equals("bridgePriority")).count() == 4);

        Map<Long, Integer> priorities = tasks.findByLeadIdOrderById(lead.getId()).stream()
                .filter(t -> t.getProcessId().equals("bridgePriority"))
                .collect(Collectors.toMap(InboxTask::getProcessInstanceKey, InboxTask::getPriority));
        assertThat(priorities).containsExactlyInAnyOrderEntriesOf(Map.of(fromModel, 80, fromInstance, 95,
                notAPriority, TaskOpening.DEFAULT_PRIORITY, outOfRange, TaskOpening.DEFAULT_PRIORITY));
    }

    @Test
    void aPriorityIsAWholeNumberFrom0To100() {
        assertThat(Stream.of("0", "80", " 100 ", 80, 80L, 80.0, "1e2").map(UserTaskBridge::priority))
                .containsExactly(0, 80, 100, 80, 80, 80, 100);
        assertThat(Stream.<Object>of("-1", 101, 80.5, "urgent", true, "").map(UserTaskBridge::priority))
                .containsOnlyNulls();
    }

    private long start(Lead lead, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put(Variables.LEAD_ID, lead.getId());
        return client.newCreateInstanceCommand().bpmnProcessId("bridgePriority").latestVersion().variables(all).send()
                .join().getProcessInstanceKey();
    }

    /** Activations of a job: polled or streamed, each is written as a job batch ACTIVATED record. */
    private long activations(long jobKey) {
        List<Record<JobBatchRecordValue>> batches = records(engine, ValueType.JOB_BATCH, JobBatchIntent.ACTIVATED);
        return batches.stream().filter(b -> b.getValue().getJobKeys().contains(jobKey)).count();
    }
}
