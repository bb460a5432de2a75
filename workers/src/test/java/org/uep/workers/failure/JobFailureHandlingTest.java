package org.uep.workers.failure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uep.workers.testing.EngineRecords.await;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.failure.JobFailure;
import org.uep.domain.failure.JobFailures;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.WorkersTest;
import org.uep.workers.testing.EngineRecords;
import org.uep.workers.testing.InJvmEngine;

@WorkersTest
class JobFailureHandlingTest {

    @Autowired CamundaClient client;
    @Autowired JobFailures failures;

    ZeebeTestEngine engine = InJvmEngine.shared();

    @Test
    void aTechnicalErrorFailsTheJobWithARetryBackoffAndTheMessageIsKept() {
        client.newDeployResourceCommand().addResourceFromClasspath(PenaltyCaseProcess.RESOURCE).send().join();
        long missingLead = 987_654_321L;
        long instance = client.newCreateInstanceCommand().bpmnProcessId(PenaltyCaseProcess.PROCESS_ID).latestVersion()
                .variables(Map.of(Variables.LEAD_ID, missingLead, Variables.UNIT_PATH, "/zhoushan/dinghai/comprehensive"))
                .send().join().getProcessInstanceKey();

        await("the register job to fail", Duration.ofSeconds(30), () -> !failed(instance).isEmpty());

        JobRecordValue failed = failed(instance).getFirst().getValue();
        assertThat(failed.getType()).isEqualTo(JobTypes.REGISTER_LEAD);
        assertThat(failed.getRetries()).isEqualTo(2);
        assertThat(failed.getRetryBackoff()).isEqualTo(Duration.ofSeconds(5).toMillis());
        assertThat(failed.getErrorMessage()).isEqualTo("Lead 987654321 does not exist");
        assertThat(failures.ofProcessInstance(instance)).singleElement().satisfies((JobFailure f) -> {
            assertThat(f.getJobType()).isEqualTo(JobTypes.REGISTER_LEAD);
            assertThat(f.getRetriesLeft()).isEqualTo(2);
            assertThat(f.getErrorMessage()).isEqualTo("Lead 987654321 does not exist");
        });

        // The back-off doubles with each failure of the same job.
        engine.increaseTime(Duration.ofSeconds(6));
        await("the second failure", Duration.ofSeconds(30), () -> failed(instance).size() >= 2);
        assertThat(failed(instance).get(1).getValue().getRetryBackoff()).isEqualTo(Duration.ofSeconds(10).toMillis());

        client.newCancelInstanceCommand(instance).send().join();
    }

    private List<Record<JobRecordValue>> failed(long instance) {
        return EngineRecords.<JobRecordValue>records(engine, ValueType.JOB, JobIntent.FAILED).stream()
                .filter(r -> r.getValue().getProcessInstanceKey() == instance)
                .toList();
    }
}
