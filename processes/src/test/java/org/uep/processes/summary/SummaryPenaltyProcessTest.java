package org.uep.processes.summary;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.uep.processes.summary.SummaryPenaltyProcess.Elements;
import org.uep.processes.summary.SummaryPenaltyProcess.Forms;
import org.uep.processes.summary.SummaryPenaltyProcess.JobTypes;
import org.uep.processes.summary.SummaryPenaltyProcess.Roles;
import org.uep.processes.summary.SummaryPenaltyProcess.Variables;
import org.uep.processes.testing.ModelEngine;

/**
 * Zeebe Process Test of {@code bpmn/summary-penalty.bpmn}: the filing accepted at once, and returned for correction
 * first. The test plays the workers and the inbox; each user task's candidate group, due date and form are checked.
 */
@Timeout(60)
class SummaryPenaltyProcessTest {

    private static final String UNIT_PATH = "/zhoushan/dinghai/comprehensive";
    private static final Duration INBOX_JOB_TIMEOUT = Duration.ofDays(3650);

    private ModelEngine model;
    private ZeebeClient client;
    private String filingDueAt;

    @BeforeEach
    void startEngine() {
        model = ModelEngine.deploying(SummaryPenaltyProcess.RESOURCE, SummaryPenaltyProcess.PROCESS_ID);
        client = model.client();
        filingDueAt = OffsetDateTime.ofInstant(model.engineNow().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofDays(3)),
                ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @AfterEach
    void stopEngine() {
        model.close();
    }

    @Test
    void theDecisionIsIssuedAndItsCopyFiledAndAccepted() {
        long instance = start();
        completeServiceTask(Map.of(Variables.FILING_DUE_AT, filingDueAt));
        completeUserTask(Elements.FILE_COPY, Roles.OFFICER, Forms.SUMMARY_FILING, Map.of());
        completeUserTask(Elements.REVIEW_FILING, Roles.HEAD, Forms.SUMMARY_FILING_REVIEW,
                Map.of(Variables.FILING_ACCEPTED, true));

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.DECIDED_ON_THE_SPOT, Elements.ISSUE_SUMMARY_DECISION,
                        Elements.FILING_MERGE, Elements.FILE_COPY, Elements.REVIEW_FILING, Elements.FILING_GATEWAY,
                        Elements.SUMMARY_FILED)
                .hasVariableWithValue(Variables.FILING_ACCEPTED, true)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void aFilingReturnedForCorrectionIsFiledAgain() {
        long instance = start();
        completeServiceTask(Map.of(Variables.FILING_DUE_AT, filingDueAt));
        completeUserTask(Elements.FILE_COPY, Roles.OFFICER, Forms.SUMMARY_FILING, Map.of());
        completeUserTask(Elements.REVIEW_FILING, Roles.HEAD, Forms.SUMMARY_FILING_REVIEW,
                Map.of(Variables.FILING_ACCEPTED, false));
        assertInstance(instance).isWaitingExactlyAtElements(Elements.FILE_COPY);
        completeUserTask(Elements.FILE_COPY, Roles.OFFICER, Forms.SUMMARY_FILING, Map.of());
        completeUserTask(Elements.REVIEW_FILING, Roles.HEAD, Forms.SUMMARY_FILING_REVIEW,
                Map.of(Variables.FILING_ACCEPTED, true));

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.FILING_MERGE, Elements.FILE_COPY, Elements.REVIEW_FILING,
                        Elements.FILING_GATEWAY, Elements.FILING_MERGE, Elements.FILE_COPY, Elements.REVIEW_FILING,
                        Elements.FILING_GATEWAY, Elements.SUMMARY_FILED)
                .hasNoIncidents()
                .isCompleted();
    }

    private long start() {
        var event = client.newCreateInstanceCommand().bpmnProcessId(SummaryPenaltyProcess.PROCESS_ID).latestVersion()
                .variables(Map.of(Variables.LEAD_ID, 7001L, Variables.UNIT_PATH, UNIT_PATH)).send().join();
        model.idle();
        return event.getProcessInstanceKey();
    }

    private void completeServiceTask(Map<String, Object> result) {
        model.idle();
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(JobTypes.ISSUE_SUMMARY_DECISION)
                .maxJobsToActivate(10).send().join().getJobs();
        assertThat(jobs).hasSize(1);
        client.newCompleteCommand(jobs.get(0)).variables(result).send().join();
        model.idle();
    }

    private void completeUserTask(String elementId, String role, String form, Map<String, Object> result) {
        model.idle();
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType("io.camunda.zeebe:userTask")
                .maxJobsToActivate(10).timeout(INBOX_JOB_TIMEOUT).send().join().getJobs();
        assertThat(jobs).extracting(ActivatedJob::getElementId).containsExactly(elementId);
        ActivatedJob job = jobs.get(0);
        assertThat(job.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"" + role + "@" + UNIT_PATH + "\"]")
                .containsEntry("io.camunda.zeebe:formKey", form);
        assertThat(OffsetDateTime.parse(job.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant())
                .isEqualTo(OffsetDateTime.parse(filingDueAt).toInstant());
        client.newCompleteCommand(job).variables(result).send().join();
        model.idle();
    }

    private static ProcessInstanceAssert assertInstance(long instance) {
        return assertThat(new InspectedProcessInstance(instance));
    }
}
