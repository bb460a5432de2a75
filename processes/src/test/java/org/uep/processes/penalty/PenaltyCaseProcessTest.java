package org.uep.processes.penalty;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.TimerIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.processes.testing.ModelEngine;

/**
 * Zeebe Process Test of {@code bpmn/penalty-case.bpmn}: one test per path. There are no workers: the test completes
 * each service-task job with the variables the real worker returns, and plays the user-task bridge (ARCHITECTURE.md,
 * "Human work: the inbox") by activating the {@code io.camunda.zeebe:userTask} jobs with a long timeout, holding
 * them, and completing them with the form result.
 */
@Timeout(120)
class PenaltyCaseProcessTest {

    private static final String UNIT_PATH = "/zhoushan/dinghai/comprehensive";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Duration IDLE = Duration.ofSeconds(10);
    /** The bridge leaves a user-task job open for a long time; longer than any clock in these tests. */
    private static final Duration INBOX_JOB_TIMEOUT = Duration.ofDays(3650);

    private static final String HEADER_CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";
    private static final String HEADER_DUE_DATE = "io.camunda.zeebe:dueDate";
    private static final String HEADER_FORM_KEY = "io.camunda.zeebe:formKey";

    private final ObjectMapper json = new ObjectMapper();
    private ModelEngine model;
    private ZeebeTestEngine engine;
    private ZeebeClient client;
    /** Also used off the test thread (Awaitility), where BpmnAssert's thread-local stream is not set. */
    private RecordStream records;
    /** The test's stand-in for UEP's inbox: activated user-task jobs by job key. */
    private final Map<Long, ActivatedJob> inbox = new LinkedHashMap<>();

    private String leadVerifyDue;
    private String decisionDue;

    @BeforeEach
    void startEngineAndDeploy() {
        model = ModelEngine.deploying(PenaltyCaseProcess.RESOURCE, PenaltyCaseProcess.PROCESS_ID);
        engine = model.engine();
        client = model.client();
        records = model.records();

        // Clocks as the domain computes them: ISO-8601 date-times with the China offset, relative to the engine's
        // clock (which starts at the wall clock).
        OffsetDateTime now = OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS);
        leadVerifyDue = now.plusDays(15).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        decisionDue = now.plusDays(90).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    @AfterEach
    void stopEngine() {
        model.close();
    }

    @Test
    void filedCaseIsInvestigatedApprovedAndClosed() {
        long instance = startCase(1001L);

        completeServiceTask(JobTypes.REGISTER_LEAD, Map.of(Variables.LEAD_VERIFY_DUE, leadVerifyDue));
        completeUserTask(Elements.FILE_CASE_APPROVAL, Map.of(Variables.FILING_APPROVED, true));
        completeServiceTask(JobTypes.FILE_CASE, fileCaseResult());
        assertInstance(instance).isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE);
        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, true));
        assertInstance(instance).isWaitingExactlyAtElements(Elements.CLOSE_CASE);
        completeServiceTask(JobTypes.CLOSE_CASE, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.LEAD_RECEIVED, Elements.REGISTER_LEAD, Elements.FILE_CASE_APPROVAL,
                        Elements.FILE_CASE_GATEWAY, Elements.FILE_CASE, Elements.INVESTIGATE,
                        Elements.DECISION_APPROVAL, Elements.DECISION_GATEWAY, Elements.CASE_HANDLED,
                        Elements.CASE_HANDLING, Elements.CLOSE_CASE, Elements.CASE_CLOSED)
                .hasPassedElement(Elements.INVESTIGATE, 1)
                .hasNotPassedElement(Elements.DECLINE_TO_FILE)
                .hasNotPassedElement(Elements.DECISION_DUE_TIMER)
                .hasNotPassedElement(Elements.ESCALATE_OVERDUE_DECISION)
                .hasVariableWithValue(Variables.CASE_NUMBER, "舟定综罚〔2026〕1001号")
                .hasVariableWithValue(Variables.DECISION_APPROVED, true)
                .hasNoIncidents()
                .isCompleted();
        assertThat(inboxTasks(instance)).isEmpty();
    }

    @Test
    void headDeclinesToFileTheLead() {
        long instance = startCase(1002L);

        completeServiceTask(JobTypes.REGISTER_LEAD, Map.of(Variables.LEAD_VERIFY_DUE, leadVerifyDue));
        completeUserTask(Elements.FILE_CASE_APPROVAL, Map.of(Variables.FILING_APPROVED, false));
        assertInstance(instance).isWaitingExactlyAtElements(Elements.DECLINE_TO_FILE);
        completeServiceTask(JobTypes.DECLINE_TO_FILE, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.LEAD_RECEIVED, Elements.REGISTER_LEAD, Elements.FILE_CASE_APPROVAL,
                        Elements.FILE_CASE_GATEWAY, Elements.DECLINE_TO_FILE, Elements.LEAD_DECLINED)
                .hasNotPassedElement(Elements.FILE_CASE)
                .hasNotPassedElement(Elements.CASE_HANDLING)
                .hasNotPassedElement(Elements.CLOSE_CASE)
                .hasNoIncidents()
                .isCompleted();
        assertThat(jobsCreated(JobTypes.FILE_CASE)).as("no case is filed").isEmpty();
    }

    @Test
    void decisionApprovalReturnsCaseForFurtherInvestigation() {
        long instance = startCase(1003L);

        completeServiceTask(JobTypes.REGISTER_LEAD, Map.of(Variables.LEAD_VERIFY_DUE, leadVerifyDue));
        completeUserTask(Elements.FILE_CASE_APPROVAL, Map.of(Variables.FILING_APPROVED, true));
        completeServiceTask(JobTypes.FILE_CASE, fileCaseResult());
        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, false));

        assertInstance(instance)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE)
                .hasPassedElement(Elements.INVESTIGATE, 1)
                .hasNotPassedElement(Elements.CASE_HANDLED);
        assertThat(inboxTasks(instance)).containsExactly(Elements.INVESTIGATE);

        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, true));
        completeServiceTask(JobTypes.CLOSE_CASE, Map.of());

        assertInstance(instance)
                .hasPassedElement(Elements.INVESTIGATE, 2)
                .hasPassedElement(Elements.DECISION_APPROVAL, 2)
                .hasPassedElement(Elements.DECISION_GATEWAY, 2)
                .hasPassedElement(Elements.CASE_HANDLED, 1)
                .hasPassedElement(Elements.CASE_HANDLING, 1)
                .hasPassedElementsInOrder(Elements.CASE_HANDLED, Elements.CLOSE_CASE, Elements.CASE_CLOSED)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void overdueDecisionEscalatesToTheHeadWhileTheCaseGoesOn() {
        long instance = startCase(1004L);

        completeServiceTask(JobTypes.REGISTER_LEAD, Map.of(Variables.LEAD_VERIFY_DUE, leadVerifyDue));
        completeUserTask(Elements.FILE_CASE_APPROVAL, Map.of(Variables.FILING_APPROVED, true));
        completeServiceTask(JobTypes.FILE_CASE, fileCaseResult());
        assertThat(inboxTasks(instance)).containsExactly(Elements.INVESTIGATE);
        assertInstance(instance).hasNotPassedElement(Elements.DECISION_DUE_TIMER);

        passDecisionDue();

        // The escalation is in the inbox while the investigation is still open: the timer did not interrupt.
        assertThat(inboxTasks(instance))
                .containsExactlyInAnyOrder(Elements.INVESTIGATE, Elements.ESCALATE_OVERDUE_DECISION);
        assertInstance(instance)
                .hasPassedElement(Elements.DECISION_DUE_TIMER)
                .isWaitingExactlyAtElements(
                        Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.ESCALATE_OVERDUE_DECISION)
                .isActive();
        ActivatedJob escalation = inboxTask(Elements.ESCALATE_OVERDUE_DECISION);

        // The case goes on and closes; closing (terminate end) withdraws the open escalation.
        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, true));
        completeServiceTask(JobTypes.CLOSE_CASE, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.CASE_HANDLING, Elements.CLOSE_CASE, Elements.CASE_CLOSED)
                .hasNotPassedElement(Elements.ESCALATE_OVERDUE_DECISION)
                .hasNotPassedElement(Elements.ESCALATION_HANDLED)
                .hasNoIncidents()
                .isCompleted();
        assertThat(elementTerminated(instance, Elements.ESCALATE_OVERDUE_DECISION))
                .as("escalation terminated by the terminate end").isTrue();
        assertThat(jobRecords(JobIntent.CANCELED).stream().map(r -> r.getValue().getElementId()))
                .as("escalation job cancelled").containsExactly(Elements.ESCALATE_OVERDUE_DECISION);
        // What the inbox sees when it completes the withdrawn task: "job not found" = withdrawn.
        assertThatThrownBy(() -> client.newCompleteCommand(escalation).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.NOT_FOUND));
    }

    @Test
    void escalationHandledBeforeTheCaseIsClosed() {
        long instance = startCase(1005L);

        completeServiceTask(JobTypes.REGISTER_LEAD, Map.of(Variables.LEAD_VERIFY_DUE, leadVerifyDue));
        completeUserTask(Elements.FILE_CASE_APPROVAL, Map.of(Variables.FILING_APPROVED, true));
        completeServiceTask(JobTypes.FILE_CASE, fileCaseResult());
        passDecisionDue();

        completeUserTask(Elements.ESCALATE_OVERDUE_DECISION, Map.of());
        assertInstance(instance)
                .hasPassedElement(Elements.ESCALATION_HANDLED)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE)
                .isActive();

        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, true));
        completeServiceTask(JobTypes.CLOSE_CASE, Map.of());
        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.ESCALATE_OVERDUE_DECISION, Elements.ESCALATION_HANDLED)
                .hasPassedElement(Elements.CASE_CLOSED)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void userTaskJobsCarryCandidateGroupsDueDateAndFormKey() throws Exception {
        long instance = startCase(1006L);
        completeServiceTask(JobTypes.REGISTER_LEAD, Map.of(Variables.LEAD_VERIFY_DUE, leadVerifyDue));

        ActivatedJob fileCaseApproval = inboxTask(Elements.FILE_CASE_APPROVAL);
        assertUserTaskHeaders(fileCaseApproval, "head", leadVerifyDue, Forms.FILE_CASE_APPROVAL);
        completeUserTask(Elements.FILE_CASE_APPROVAL, Map.of(Variables.FILING_APPROVED, true));
        completeServiceTask(JobTypes.FILE_CASE, fileCaseResult());

        assertUserTaskHeaders(inboxTask(Elements.INVESTIGATE), "officer", decisionDue, Forms.INVESTIGATION);
        passDecisionDue();
        assertUserTaskHeaders(inboxTask(Elements.ESCALATE_OVERDUE_DECISION), "head", decisionDue,
                Forms.OVERDUE_ESCALATION);
        completeUserTask(Elements.INVESTIGATE, Map.of());
        assertUserTaskHeaders(inboxTask(Elements.DECISION_APPROVAL), "head", decisionDue, Forms.DECISION_APPROVAL);

        // The raw header as the user-task bridge reads it.
        assertThat(fileCaseApproval.getCustomHeaders())
                .containsEntry(HEADER_CANDIDATE_GROUPS, "[\"head@" + UNIT_PATH + "\"]");
        assertThat(fileCaseApproval.getType()).isEqualTo(JobTypes.USER_TASK);
        assertThat(fileCaseApproval.getProcessInstanceKey()).isEqualTo(instance);
    }

    // --- the steps ---------------------------------------------------------------------------------------------

    private long startCase(long leadId) {
        var event = client.newCreateInstanceCommand()
                .bpmnProcessId(PenaltyCaseProcess.PROCESS_ID).latestVersion()
                .variables(Map.of(Variables.LEAD_ID, leadId, Variables.UNIT_PATH, UNIT_PATH))
                .send().join();
        assertThat(event).isStarted();
        idle();
        return event.getProcessInstanceKey();
    }

    /** What fileCase's worker returns: the case ids and the case.decide due instant. */
    private Map<String, Object> fileCaseResult() {
        return Map.of(
                Variables.CASE_ID, 501L,
                Variables.CASE_NUMBER, "舟定综罚〔2026〕1001号",
                Variables.DECISION_DUE, decisionDue);
    }

    /** Plays the worker of a service task: exactly one job of that type is waiting. */
    private void completeServiceTask(String jobType, Map<String, Object> result) {
        idle();
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10)
                .send().join().getJobs();
        assertThat(jobs).as("waiting jobs of type %s", jobType).hasSize(1);
        client.newCompleteCommand(jobs.get(0)).variables(result).send().join();
        idle();
    }

    /** Plays a person completing the task in the inbox. */
    private void completeUserTask(String elementId, Map<String, Object> result) {
        ActivatedJob job = inboxTask(elementId);
        client.newCompleteCommand(job).variables(result).send().join();
        inbox.remove(job.getKey());
        idle();
    }

    private ActivatedJob inboxTask(String elementId) {
        refreshInbox();
        List<ActivatedJob> tasks = inbox.values().stream().filter(j -> j.getElementId().equals(elementId)).toList();
        assertThat(tasks).as("open inbox tasks for %s (inbox: %s)", elementId, inboxTasks(-1)).hasSize(1);
        return tasks.get(0);
    }

    /** Element ids of the open inbox tasks of an instance (-1: all instances). */
    private List<String> inboxTasks(long instance) {
        refreshInbox();
        return inbox.values().stream()
                .filter(j -> instance == -1 || j.getProcessInstanceKey() == instance)
                .map(ActivatedJob::getElementId).toList();
    }

    /** The user-task bridge: activate every new user-task job and hold it (long timeout). */
    private void refreshInbox() {
        idle();
        client.newActivateJobsCommand().jobType(JobTypes.USER_TASK).maxJobsToActivate(100)
                .timeout(INBOX_JOB_TIMEOUT).send().join().getJobs()
                .forEach(job -> inbox.put(job.getKey(), job));
        // jobs the engine cancelled (terminate end, interrupting event) leave the inbox
        jobRecords(JobIntent.CANCELED).forEach(r -> inbox.remove(r.getKey()));
    }

    /** Time travel past the case.decide due instant; waits until the timer has fired. */
    private void passDecisionDue() {
        Duration untilDue = Duration.between(Instant.now(), OffsetDateTime.parse(decisionDue).toInstant());
        engine.increaseTime(untilDue.plusDays(1));
        await().atMost(IDLE).until(() -> StreamSupport
                .stream(records.timerRecords().spliterator(), false)
                .anyMatch(r -> r.getIntent() == TimerIntent.TRIGGERED
                        && r.getValue().getTargetElementId().equals(Elements.DECISION_DUE_TIMER)));
        idle();
    }

    private void assertUserTaskHeaders(ActivatedJob job, String role, String due, String formKey) throws Exception {
        assertThat(job.getType()).isEqualTo(JobTypes.USER_TASK);
        Map<String, String> headers = job.getCustomHeaders();
        System.out.println("headers of user-task job " + job.getElementId() + ": " + headers);
        assertThat(headers).as("headers of %s", job.getElementId())
                .containsKeys(HEADER_CANDIDATE_GROUPS, HEADER_DUE_DATE, HEADER_FORM_KEY);
        List<String> groups = json.readValue(headers.get(HEADER_CANDIDATE_GROUPS), new TypeReference<>() {});
        assertThat(groups).as("candidate groups of %s", job.getElementId()).containsExactly(role + "@" + UNIT_PATH);
        assertThat(OffsetDateTime.parse(headers.get(HEADER_DUE_DATE)).toInstant())
                .as("due date of %s (%s)", job.getElementId(), headers.get(HEADER_DUE_DATE))
                .isEqualTo(OffsetDateTime.parse(due).toInstant());
        assertThat(headers.get(HEADER_FORM_KEY)).as("form key of %s", job.getElementId()).isEqualTo(formKey);
        assertThat(job).hasBpmnProcessId(PenaltyCaseProcess.PROCESS_ID);
    }

    // --- engine plumbing ------------------------------------------------------------------------------------------

    private ProcessInstanceAssert assertInstance(long instance) {
        return assertThat(new InspectedProcessInstance(instance));
    }

    private boolean elementTerminated(long instance, String elementId) {
        return StreamSupport.stream(records.processInstanceRecords().spliterator(), false)
                .anyMatch(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED
                        && r.getValue().getProcessInstanceKey() == instance
                        && r.getValue().getElementId().equals(elementId));
    }

    private List<Record<JobRecordValue>> jobRecords(JobIntent intent) {
        List<Record<JobRecordValue>> matching = new ArrayList<>();
        records.jobRecords().forEach(r -> {
            if (r.getIntent() == intent) {
                matching.add(r);
            }
        });
        return matching;
    }

    private List<Record<JobRecordValue>> jobsCreated(String jobType) {
        return jobRecords(JobIntent.CREATED).stream().filter(r -> r.getValue().getType().equals(jobType)).toList();
    }

    private void idle() {
        try {
            engine.waitForIdleState(IDLE);
        } catch (Exception e) {
            throw new AssertionError("engine did not become idle within " + IDLE, e);
        }
    }
}
