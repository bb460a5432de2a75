package org.uep.workers.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uep.workers.testing.EngineRecords.await;
import static org.uep.workers.testing.EngineRecords.records;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobBatchIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobBatchRecordValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.lead.NewLead;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.InboxTaskRepository;
import org.uep.domain.testing.Callers;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
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

        // Let the bridge's hold on the job time out: the engine hands the same job out again.
        engine.increaseTime(Duration.ofMillis(UserTaskBridge.HOLD_MILLIS).plusMinutes(1));
        await("the job timed out and was activated again", Duration.ofSeconds(30),
                () -> activations(task.getJobKey()) >= 2);

        assertThat(records(engine, ValueType.JOB, JobIntent.TIMED_OUT)).map(Record::getKey).contains(task.getJobKey());
        assertThat(tasks.findByLeadIdOrderById(lead.getId())).singleElement()
                .satisfies(t -> assertThat(t.getId()).isEqualTo(task.getId()));
    }

    /** Activations of a job: polled or streamed, each is written as a job batch ACTIVATED record. */
    private long activations(long jobKey) {
        List<Record<JobBatchRecordValue>> batches = records(engine, ValueType.JOB_BATCH, JobBatchIntent.ACTIVATED);
        return batches.stream().filter(b -> b.getValue().getJobKeys().contains(jobKey)).count();
    }
}
