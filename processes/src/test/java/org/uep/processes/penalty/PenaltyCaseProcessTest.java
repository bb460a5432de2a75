package org.uep.processes.penalty;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.command.ClientStatusException;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.uep.processes.clock.StatutoryClockProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Roles;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.processes.testing.ModelEngine;

/**
 * Zeebe Process Test of {@code bpmn/penalty-case.bpmn}, deployed with {@code bpmn/statutory-clock.bpmn}, which watches
 * the case.decide clock as a call activity: one test per path. There are no workers: the test completes each
 * service-task job (penalty case and clock watcher) with the variables the real worker returns, plays the domain
 * (it publishes the clock's moves and stop), and plays the user-task bridge (ARCHITECTURE.md, "Human work: the
 * inbox") by activating the {@code io.camunda.zeebe:userTask} jobs with a long timeout, holding them, and completing
 * them with the form result.
 *
 * <p>Engine time: the in-JVM engine's clock is the wall clock plus every {@code increaseTime} so far; the test keeps
 * that sum ({@link ModelEngine#engineNow}) and puts every clock instant relative to the engine's time at the start.
 */
@Timeout(120)
class PenaltyCaseProcessTest {

    private static final String UNIT_PATH = "/zhoushan/dinghai/comprehensive";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The bridge leaves a user-task job open for a long time; longer than any clock in these tests. */
    private static final Duration INBOX_JOB_TIMEOUT = Duration.ofDays(3650);
    /** The domain publishes the clock messages with a time to live (StatutoryClockProcess). */
    private static final Duration MESSAGE_TTL = Duration.ofDays(1);
    /** The case.decide clock instance's id in PostgreSQL, as the domain returns it from fileCase. */
    private static final String CLOCK_ID = "41";
    private static final String CASE_NUMBER = "舟定综罚〔2026〕1001号";

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
    /** Engine time when the test started, whole seconds. */
    private Instant start;

    /** Clocks as the domain computes them: ISO-8601 date-times with the China offset, relative to {@link #start}. */
    private String leadVerifyDue;
    private String reminderAt;
    private String dueAt;

    @BeforeEach
    void startEngineAndDeploy() {
        model = ModelEngine.deploying(
                new ModelEngine.Model(PenaltyCaseProcess.RESOURCE, PenaltyCaseProcess.PROCESS_ID),
                new ModelEngine.Model(StatutoryClockProcess.RESOURCE, StatutoryClockProcess.PROCESS_ID));
        engine = model.engine();
        client = model.client();
        records = model.records();
        start = model.engineNow().truncatedTo(ChronoUnit.SECONDS);

        leadVerifyDue = at(Duration.ofDays(15));
        reminderAt = at(Duration.ofDays(80));
        dueAt = at(Duration.ofDays(90));
    }

    @AfterEach
    void stopEngine() {
        model.close();
    }

    @Test
    void decisionApprovedInTimeEndsTheClockWatcherAndTheCaseCloses() {
        long instance = startCase(1001L);
        fileCase(decisionClock(reminderAt, dueAt));

        // The case work and the watcher of its case.decide clock run side by side.
        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.CASE_HANDLING_STARTED, Elements.CASE_HANDLING_FORK)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK)
                .hasCalledProcess(StatutoryClockProcess.PROCESS_ID);
        long watcher = watcher(instance);
        assertWatcher(watcher).isWaitingExactlyAtElements(StatutoryClockProcess.Elements.AWAIT_REMINDER_OR_DUE);
        assertThat(variableNames(watcher)).as("only the clock goes down to the watcher").containsExactlyInAnyOrder(
                StatutoryClockProcess.Variables.CLOCK_ID, StatutoryClockProcess.Variables.REMINDER_AT,
                StatutoryClockProcess.Variables.DUE_AT);
        assertThat(model.processVariable(watcher, StatutoryClockProcess.Variables.CLOCK_ID)).isEqualTo(CLOCK_ID);
        assertThat(model.processVariable(watcher, StatutoryClockProcess.Variables.REMINDER_AT)).isEqualTo(reminderAt);
        assertThat(model.processVariable(watcher, StatutoryClockProcess.Variables.DUE_AT)).isEqualTo(dueAt);
        assertThat(model.armedTimers(watcher)).containsOnly(
                Map.entry(StatutoryClockProcess.Elements.REMINDER_TIMER, instant(reminderAt)),
                Map.entry(StatutoryClockProcess.Elements.DUE_TIMER, instant(dueAt)));

        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, true));

        // The approval ends the case handling: the watcher is terminated with its timers.
        assertInstance(instance).isWaitingExactlyAtElements(Elements.CLOSE_CASE);
        assertThat(elementTerminated(instance, Elements.WATCH_DECISION_CLOCK)).as("watchDecisionClock terminated")
                .isTrue();
        assertWatcher(watcher)
                .hasNotPassedElement(StatutoryClockProcess.Elements.SEND_REMINDER)
                .hasNotPassedElement(StatutoryClockProcess.Elements.ESCALATE_OVERDUE)
                .hasNoIncidents()
                .isTerminated();
        assertThat(model.armedTimers(watcher)).isEmpty();
        assertThat(model.cancelledTimers(watcher)).containsExactlyInAnyOrder(instant(reminderAt), instant(dueAt));

        completeServiceTask(JobTypes.CLOSE_CASE, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.LEAD_RECEIVED, Elements.REGISTER_LEAD, Elements.FILE_CASE_APPROVAL,
                        Elements.FILE_CASE_GATEWAY, Elements.FILE_CASE, Elements.CASE_HANDLING_STARTED,
                        Elements.CASE_HANDLING_FORK, Elements.INVESTIGATION_MERGE, Elements.INVESTIGATE,
                        Elements.DECISION_APPROVAL, Elements.DECISION_GATEWAY, Elements.CASE_HANDLED,
                        Elements.CASE_HANDLING, Elements.CLOSE_CASE, Elements.CASE_CLOSED)
                .hasPassedElement(Elements.INVESTIGATE, 1)
                .hasNotPassedElement(Elements.DECLINE_TO_FILE)
                .hasNotPassedElement(Elements.WATCH_DECISION_CLOCK)
                .hasNotPassedElement(Elements.DECISION_OVERDUE_GATEWAY)
                .hasNotPassedElement(Elements.DECISION_CLOCK_MET)
                .hasNotPassedElement(Elements.ESCALATE_OVERDUE_DECISION)
                .hasVariableWithValue(Variables.CASE_NUMBER, CASE_NUMBER)
                .hasVariableWithValue(Variables.DECISION_APPROVED, true)
                .hasNoIncidents()
                .isCompleted();
        assertThat(model.processVariable(instance, Variables.DECISION_CLOCK)).isEqualTo(decisionClock(reminderAt, dueAt));
        assertThat(variableNames(instance)).doesNotContain(Variables.DECISION_ESCALATED_FOR);
        assertThat(inboxTasks(instance)).isEmpty();

        // The clock's instants pass: the terminated watcher neither reminds nor escalates.
        model.advanceTo(instant(dueAt).plus(Duration.ofDays(1)));
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.REMIND)).isEmpty();
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.ESCALATE)).isEmpty();
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
                .hasNotCalledProcess()
                .hasNoIncidents()
                .isCompleted();
        assertThat(jobsCreated(JobTypes.FILE_CASE)).as("no case is filed").isEmpty();
    }

    @Test
    void decisionApprovalReturnsCaseForFurtherInvestigation() {
        long instance = startCase(1003L);
        // A clock without a due-soon reminder (reminderAt null): the watcher only escalates.
        fileCase(decisionClock(null, dueAt));
        long watcher = watcher(instance);
        assertThat(variableNames(watcher)).contains(StatutoryClockProcess.Variables.REMINDER_AT);
        assertThat(model.processVariable(watcher, StatutoryClockProcess.Variables.REMINDER_AT)).isNull();
        assertWatcher(watcher).hasNoIncidents().isWaitingExactlyAtElements(StatutoryClockProcess.Elements.AWAIT_DUE);

        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, false));

        assertInstance(instance)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK)
                .hasPassedElement(Elements.INVESTIGATE, 1)
                .hasNotPassedElement(Elements.CASE_HANDLED);
        assertThat(inboxTasks(instance)).containsExactly(Elements.INVESTIGATE);

        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, true));
        completeServiceTask(JobTypes.CLOSE_CASE, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.INVESTIGATION_MERGE, Elements.INVESTIGATE, Elements.DECISION_APPROVAL,
                        Elements.DECISION_GATEWAY, Elements.INVESTIGATION_MERGE, Elements.INVESTIGATE,
                        Elements.DECISION_APPROVAL, Elements.DECISION_GATEWAY, Elements.CASE_HANDLED,
                        Elements.CASE_HANDLING, Elements.CLOSE_CASE, Elements.CASE_CLOSED)
                .hasPassedElement(Elements.CASE_HANDLING_FORK, 1)
                .hasPassedElement(Elements.CASE_HANDLING, 1)
                .hasNoIncidents()
                .isCompleted();
        // One watcher for the whole case handling: returning the case does not start another one.
        assertThat(watcher(instance)).isEqualTo(watcher);
        assertWatcher(watcher).isTerminated();
    }

    @Test
    void overdueDecisionIsRemindedThenEscalatedAndTheApprovalWithdrawsTheEscalation() throws Exception {
        long instance = startCase(1004L);
        fileCase(decisionClock(reminderAt, dueAt));
        long watcher = watcher(instance);

        // Due soon: the watcher reminds; that is no escalation.
        model.advanceTo(instant(reminderAt).minus(Duration.ofHours(1)));
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.REMIND)).as("no reminder before reminderAt").isEmpty();
        ActivatedJob reminder = sendReminder(reminderAt);
        assertThat(reminder.getVariablesAsMap())
                .containsEntry(StatutoryClockProcess.Variables.CLOCK_ID, CLOCK_ID)
                .containsEntry(StatutoryClockProcess.Variables.REMINDER_AT, reminderAt)
                .containsEntry(StatutoryClockProcess.Variables.DUE_AT, dueAt)
                .doesNotContainKeys(Variables.CASE_ID, Variables.UNIT_PATH, Variables.DECISION_CLOCK);
        assertWatcher(watcher).isWaitingExactlyAtElements(StatutoryClockProcess.Elements.AWAIT_DUE);
        assertInstance(instance)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK);
        assertThat(inboxTasks(instance)).containsExactly(Elements.INVESTIGATE);

        // Due: the watcher escalates and ends; the head of the unit gets the escalation while the case goes on.
        model.advanceTo(instant(dueAt).minus(Duration.ofMinutes(1)));
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.ESCALATE)).as("no escalation before dueAt").isEmpty();
        ActivatedJob escalation = escalate(dueAt);
        assertThat(escalation.getVariablesAsMap())
                .containsEntry(StatutoryClockProcess.Variables.CLOCK_ID, CLOCK_ID)
                .containsEntry(StatutoryClockProcess.Variables.DUE_AT, dueAt);
        assertWatcher(watcher)
                .hasPassedElementsInOrder(
                        StatutoryClockProcess.Elements.CLOCK_STARTED,
                        StatutoryClockProcess.Elements.AWAIT_REMINDER_OR_DUE,
                        StatutoryClockProcess.Elements.REMINDER_TIMER, StatutoryClockProcess.Elements.SEND_REMINDER,
                        StatutoryClockProcess.Elements.AWAIT_DUE,
                        StatutoryClockProcess.Elements.DUE_TIMER_WITHOUT_REMINDER,
                        StatutoryClockProcess.Elements.ESCALATE_OVERDUE, StatutoryClockProcess.Elements.CLOCK_EXPIRED)
                .hasNoIncidents()
                .isCompleted();
        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.WATCH_DECISION_CLOCK, Elements.DECISION_OVERDUE_GATEWAY)
                .hasNotPassedElement(Elements.DECISION_CLOCK_MET)
                .isWaitingExactlyAtElements(
                        Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.ESCALATE_OVERDUE_DECISION)
                .hasNoIncidents()
                .isActive();
        assertThat(model.processVariable(instance, Variables.DECISION_ESCALATED_FOR)).isEqualTo(dueAt);
        assertThat(variableNames(instance)).as("only escalatedFor comes back, renamed").doesNotContain(
                StatutoryClockProcess.Variables.ESCALATED_FOR, StatutoryClockProcess.Variables.REMINDED_FOR,
                StatutoryClockProcess.Variables.CLOCK_ID, StatutoryClockProcess.Variables.DUE_AT);
        assertThat(inboxTasks(instance))
                .containsExactlyInAnyOrder(Elements.INVESTIGATE, Elements.ESCALATE_OVERDUE_DECISION);
        ActivatedJob escalationTask = inboxTask(Elements.ESCALATE_OVERDUE_DECISION);
        assertUserTaskHeaders(escalationTask, Roles.HEAD, dueAt, Forms.OVERDUE_ESCALATION);

        // The case goes on; approving the decision ends the case handling and withdraws the open escalation.
        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, true));
        assertInstance(instance).isWaitingExactlyAtElements(Elements.CLOSE_CASE);
        assertThat(elementTerminated(instance, Elements.ESCALATE_OVERDUE_DECISION))
                .as("escalation terminated by the terminate end caseHandled").isTrue();
        assertThat(jobRecords(JobIntent.CANCELED).stream().map(r -> r.getValue().getElementId()))
                .as("escalation job cancelled").containsExactly(Elements.ESCALATE_OVERDUE_DECISION);
        assertThat(inboxTasks(instance)).isEmpty();
        // What the inbox sees when it completes the withdrawn task: "job not found" = withdrawn.
        assertThatThrownBy(() -> client.newCompleteCommand(escalationTask).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.NOT_FOUND));

        completeServiceTask(JobTypes.CLOSE_CASE, Map.of());
        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.WATCH_DECISION_CLOCK, Elements.DECISION_OVERDUE_GATEWAY, Elements.INVESTIGATE,
                        Elements.DECISION_APPROVAL, Elements.DECISION_GATEWAY, Elements.CASE_HANDLED,
                        Elements.CASE_HANDLING, Elements.CLOSE_CASE, Elements.CASE_CLOSED)
                .hasNotPassedElement(Elements.ESCALATE_OVERDUE_DECISION)
                .hasNotPassedElement(Elements.ESCALATION_HANDLED)
                .hasNoIncidents()
                .isCompleted();
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.REMIND)).hasSize(1);
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.ESCALATE)).hasSize(1);
    }

    @Test
    void escalationHandledBeforeTheCaseIsClosed() {
        long instance = startCase(1005L);
        fileCase(decisionClock(null, dueAt));
        escalate(dueAt);

        completeUserTask(Elements.ESCALATE_OVERDUE_DECISION, Map.of());
        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.WATCH_DECISION_CLOCK, Elements.DECISION_OVERDUE_GATEWAY,
                        Elements.ESCALATE_OVERDUE_DECISION, Elements.ESCALATION_HANDLED)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE)
                .isActive();

        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, true));
        completeServiceTask(JobTypes.CLOSE_CASE, Map.of());
        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.ESCALATE_OVERDUE_DECISION, Elements.ESCALATION_HANDLED, Elements.INVESTIGATE,
                        Elements.DECISION_APPROVAL, Elements.CASE_HANDLED, Elements.CASE_HANDLING,
                        Elements.CLOSE_CASE, Elements.CASE_CLOSED)
                .hasNoIncidents()
                .isCompleted();
        assertThat(model.processVariable(instance, Variables.DECISION_ESCALATED_FOR)).isEqualTo(dueAt);
    }

    @Test
    void decisionClockStoppedWhileTheCaseIsHandledEndsTheWatcherWithoutEscalation() {
        long instance = startCase(1006L);
        fileCase(decisionClock(reminderAt, dueAt));
        long watcher = watcher(instance);
        completeUserTask(Elements.INVESTIGATE, Map.of());

        // Day 30: the domain stops the case.decide clock while the decision approval is still open.
        model.advanceTo(start.plus(Duration.ofDays(30)));
        publishClockStopped(CLOCK_ID);

        assertWatcher(watcher)
                .hasPassedElementsInOrder(
                        StatutoryClockProcess.Elements.CLOCK_STARTED,
                        StatutoryClockProcess.Elements.AWAIT_REMINDER_OR_DUE,
                        StatutoryClockProcess.Elements.CLOCK_STOPPED, StatutoryClockProcess.Elements.STOPPED_JOIN,
                        StatutoryClockProcess.Elements.CLOCK_MET)
                .hasNotPassedElement(StatutoryClockProcess.Elements.ESCALATE_OVERDUE)
                .hasNoIncidents()
                .isCompleted();
        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.WATCH_DECISION_CLOCK, Elements.DECISION_OVERDUE_GATEWAY, Elements.DECISION_CLOCK_MET)
                .hasNotPassedElement(Elements.ESCALATE_OVERDUE_DECISION)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.DECISION_APPROVAL)
                .hasNoIncidents()
                .isActive();
        // The watcher never set escalatedFor: the output mapping yields null (no incident), so "not overdue".
        assertThat(variableNames(instance)).contains(Variables.DECISION_ESCALATED_FOR);
        assertThat(model.processVariable(instance, Variables.DECISION_ESCALATED_FOR)).isNull();

        // The clock's instants pass: no reminder, no escalation.
        model.advanceTo(instant(dueAt).plus(Duration.ofDays(1)));
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.REMIND)).isEmpty();
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.ESCALATE)).isEmpty();
        assertThat(inboxTasks(instance)).containsExactly(Elements.DECISION_APPROVAL);

        // The case work goes on as before: returned once, then approved and closed.
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, false));
        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, true));
        completeServiceTask(JobTypes.CLOSE_CASE, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK, Elements.DECISION_OVERDUE_GATEWAY,
                        Elements.DECISION_CLOCK_MET, Elements.DECISION_APPROVAL, Elements.DECISION_GATEWAY,
                        Elements.INVESTIGATE, Elements.DECISION_APPROVAL, Elements.DECISION_GATEWAY,
                        Elements.CASE_HANDLED, Elements.CASE_HANDLING, Elements.CLOSE_CASE, Elements.CASE_CLOSED)
                .hasNotPassedElement(Elements.ESCALATE_OVERDUE_DECISION)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void movedDecisionClockReArmsTheWatcherSoOnlyTheNewDueInstantEscalates() {
        long instance = startCase(1007L);
        fileCase(decisionClock(reminderAt, dueAt));
        long watcher = watcher(instance);

        // Day 10: the decision period is extended by 30 days; the domain publishes the moved clock.
        model.advanceTo(start.plus(Duration.ofDays(10)));
        String movedReminderAt = at(Duration.ofDays(110));
        String movedDueAt = at(Duration.ofDays(120));
        publishClockMoved(CLOCK_ID, movedReminderAt, movedDueAt);

        assertWatcher(watcher)
                .hasPassedElement(StatutoryClockProcess.Elements.CLOCK_MOVED, 1)
                .isWaitingExactlyAtElements(StatutoryClockProcess.Elements.AWAIT_REMINDER_OR_DUE);
        assertThat(model.armedTimers(watcher)).containsOnly(
                Map.entry(StatutoryClockProcess.Elements.REMINDER_TIMER, instant(movedReminderAt)),
                Map.entry(StatutoryClockProcess.Elements.DUE_TIMER, instant(movedDueAt)));
        assertThat(model.cancelledTimers(watcher)).containsExactlyInAnyOrder(instant(reminderAt), instant(dueAt));

        // The original instants pass: no reminder, no escalation, the case is handled as before.
        model.advanceTo(instant(dueAt).plus(Duration.ofDays(1)));
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.REMIND)).as("no reminder at the old reminderAt").isEmpty();
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.ESCALATE)).as("no escalation at the old dueAt").isEmpty();
        assertInstance(instance)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK)
                .hasNotPassedElement(Elements.DECISION_OVERDUE_GATEWAY);
        assertThat(inboxTasks(instance)).containsExactly(Elements.INVESTIGATE);

        // The moved instants remind and escalate.
        assertThat(sendReminder(movedReminderAt).getVariablesAsMap())
                .containsEntry(StatutoryClockProcess.Variables.REMINDER_AT, movedReminderAt);
        assertThat(escalate(movedDueAt).getVariablesAsMap())
                .containsEntry(StatutoryClockProcess.Variables.DUE_AT, movedDueAt);
        assertWatcher(watcher)
                .hasPassedElementsInOrder(
                        StatutoryClockProcess.Elements.CLOCK_STARTED,
                        StatutoryClockProcess.Elements.AWAIT_REMINDER_OR_DUE,
                        StatutoryClockProcess.Elements.CLOCK_MOVED,
                        StatutoryClockProcess.Elements.AWAIT_REMINDER_OR_DUE,
                        StatutoryClockProcess.Elements.REMINDER_TIMER, StatutoryClockProcess.Elements.SEND_REMINDER,
                        StatutoryClockProcess.Elements.AWAIT_DUE,
                        StatutoryClockProcess.Elements.DUE_TIMER_WITHOUT_REMINDER,
                        StatutoryClockProcess.Elements.ESCALATE_OVERDUE, StatutoryClockProcess.Elements.CLOCK_EXPIRED)
                .hasNotPassedElement(StatutoryClockProcess.Elements.DUE_TIMER)
                .hasNoIncidents()
                .isCompleted();
        assertThat(model.processVariable(instance, Variables.DECISION_ESCALATED_FOR)).isEqualTo(movedDueAt);
        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.WATCH_DECISION_CLOCK, Elements.DECISION_OVERDUE_GATEWAY)
                .isWaitingExactlyAtElements(
                        Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.ESCALATE_OVERDUE_DECISION);

        completeUserTask(Elements.ESCALATE_OVERDUE_DECISION, Map.of());
        completeUserTask(Elements.INVESTIGATE, Map.of());
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, true));
        completeServiceTask(JobTypes.CLOSE_CASE, Map.of());
        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.WATCH_DECISION_CLOCK, Elements.DECISION_OVERDUE_GATEWAY,
                        Elements.ESCALATE_OVERDUE_DECISION, Elements.ESCALATION_HANDLED, Elements.CASE_HANDLED,
                        Elements.CASE_HANDLING, Elements.CLOSE_CASE, Elements.CASE_CLOSED)
                .hasNotPassedElement(Elements.DECISION_CLOCK_MET)
                .hasNoIncidents()
                .isCompleted();
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.REMIND)).hasSize(1);
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.ESCALATE)).hasSize(1);
    }

    @Test
    void userTaskJobsCarryCandidateGroupsDueDateAndFormKey() throws Exception {
        long instance = startCase(1008L);
        completeServiceTask(JobTypes.REGISTER_LEAD, Map.of(Variables.LEAD_VERIFY_DUE, leadVerifyDue));

        ActivatedJob fileCaseApproval = inboxTask(Elements.FILE_CASE_APPROVAL);
        assertUserTaskHeaders(fileCaseApproval, Roles.HEAD, leadVerifyDue, Forms.FILE_CASE_APPROVAL);
        completeUserTask(Elements.FILE_CASE_APPROVAL, Map.of(Variables.FILING_APPROVED, true));
        completeServiceTask(JobTypes.FILE_CASE, fileCaseResult(decisionClock(null, dueAt)));

        assertUserTaskHeaders(inboxTask(Elements.INVESTIGATE), Roles.OFFICER, dueAt, Forms.INVESTIGATION);
        escalate(dueAt);
        assertUserTaskHeaders(inboxTask(Elements.ESCALATE_OVERDUE_DECISION), Roles.HEAD, dueAt,
                Forms.OVERDUE_ESCALATION);
        completeUserTask(Elements.INVESTIGATE, Map.of());
        assertUserTaskHeaders(inboxTask(Elements.DECISION_APPROVAL), Roles.HEAD, dueAt, Forms.DECISION_APPROVAL);

        // The raw header as the user-task bridge reads it.
        assertThat(fileCaseApproval.getCustomHeaders())
                .containsEntry(HEADER_CANDIDATE_GROUPS, "[\"" + Roles.HEAD + "@" + UNIT_PATH + "\"]");
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
        model.idle();
        return event.getProcessInstanceKey();
    }

    /** Registers the lead, the head approves filing, and fileCase's worker returns the case and its decision clock. */
    private void fileCase(Map<String, Object> decisionClock) {
        completeServiceTask(JobTypes.REGISTER_LEAD, Map.of(Variables.LEAD_VERIFY_DUE, leadVerifyDue));
        completeUserTask(Elements.FILE_CASE_APPROVAL, Map.of(Variables.FILING_APPROVED, true));
        completeServiceTask(JobTypes.FILE_CASE, fileCaseResult(decisionClock));
    }

    /** What fileCase's worker returns: the case ids and the case.decide clock. */
    private Map<String, Object> fileCaseResult(Map<String, Object> decisionClock) {
        return Map.of(
                Variables.CASE_ID, 501L,
                Variables.CASE_NUMBER, CASE_NUMBER,
                Variables.DECISION_CLOCK, decisionClock);
    }

    /** The case.decide clock as the domain returns it ({@code reminderAt} null: no due-soon reminder). */
    private static Map<String, Object> decisionClock(String reminderAt, String dueAt) {
        Map<String, Object> clock = new LinkedHashMap<>();
        clock.put(StatutoryClockProcess.Variables.CLOCK_ID, CLOCK_ID);
        clock.put(StatutoryClockProcess.Variables.REMINDER_AT, reminderAt);
        clock.put(StatutoryClockProcess.Variables.DUE_AT, dueAt);
        return clock;
    }

    /** Time travel past reminderAt; the watcher's reminder timer fires and the reminder worker completes its job. */
    private ActivatedJob sendReminder(String reminderAt) {
        model.advanceTo(instant(reminderAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(StatutoryClockProcess.Elements.REMINDER_TIMER, 1);
        return completeServiceTask(StatutoryClockProcess.JobTypes.REMIND, Map.of());
    }

    /**
     * Time travel past dueAt (the reminder, if any, already sent); the watcher's due timer fires and the escalation
     * worker completes its job.
     */
    private ActivatedJob escalate(String dueAt) {
        model.advanceTo(instant(dueAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(StatutoryClockProcess.Elements.DUE_TIMER_WITHOUT_REMINDER, 1);
        return completeServiceTask(StatutoryClockProcess.JobTypes.ESCALATE, Map.of());
    }

    /** The domain moved the clock (pause, extension, recomputation). */
    private void publishClockMoved(String clockId, String reminderAt, String dueAt) {
        Map<String, Object> moved = new HashMap<>();
        moved.put(StatutoryClockProcess.Variables.REMINDER_AT, reminderAt);
        moved.put(StatutoryClockProcess.Variables.DUE_AT, dueAt);
        client.newPublishMessageCommand().messageName(StatutoryClockProcess.Messages.CLOCK_MOVED)
                .correlationKey(clockId).timeToLive(MESSAGE_TTL).variables(moved).send().join();
        model.idle();
    }

    /** The domain stopped the clock (met). */
    private void publishClockStopped(String clockId) {
        client.newPublishMessageCommand().messageName(StatutoryClockProcess.Messages.CLOCK_STOPPED)
                .correlationKey(clockId).timeToLive(MESSAGE_TTL).send().join();
        model.idle();
    }

    /** Plays the worker of a service task: exactly one job of that type is waiting. */
    private ActivatedJob completeServiceTask(String jobType, Map<String, Object> result) {
        model.idle();
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10)
                .send().join().getJobs();
        assertThat(jobs).as("waiting jobs of type %s", jobType).hasSize(1);
        client.newCompleteCommand(jobs.get(0)).variables(result).send().join();
        model.idle();
        return jobs.get(0);
    }

    /** Plays a person completing the task in the inbox. */
    private void completeUserTask(String elementId, Map<String, Object> result) {
        ActivatedJob job = inboxTask(elementId);
        client.newCompleteCommand(job).variables(result).send().join();
        inbox.remove(job.getKey());
        model.idle();
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
        model.idle();
        client.newActivateJobsCommand().jobType(JobTypes.USER_TASK).maxJobsToActivate(100)
                .timeout(INBOX_JOB_TIMEOUT).send().join().getJobs()
                .forEach(job -> inbox.put(job.getKey(), job));
        // jobs the engine cancelled (terminate end, interrupting event) leave the inbox
        jobRecords(JobIntent.CANCELED).forEach(r -> inbox.remove(r.getKey()));
    }

    private void assertUserTaskHeaders(ActivatedJob job, String role, String due, String formKey) throws Exception {
        assertThat(job.getType()).isEqualTo(JobTypes.USER_TASK);
        Map<String, String> headers = job.getCustomHeaders();
        assertThat(headers).as("headers of %s", job.getElementId())
                .containsKeys(HEADER_CANDIDATE_GROUPS, HEADER_DUE_DATE, HEADER_FORM_KEY);
        List<String> groups = json.readValue(headers.get(HEADER_CANDIDATE_GROUPS), new TypeReference<>() {});
        assertThat(groups).as("candidate groups of %s", job.getElementId()).containsExactly(role + "@" + UNIT_PATH);
        assertThat(OffsetDateTime.parse(headers.get(HEADER_DUE_DATE)).toInstant())
                .as("due date of %s (%s)", job.getElementId(), headers.get(HEADER_DUE_DATE))
                .isEqualTo(instant(due));
        assertThat(headers.get(HEADER_FORM_KEY)).as("form key of %s", job.getElementId()).isEqualTo(formKey);
        assertThat(job).hasBpmnProcessId(PenaltyCaseProcess.PROCESS_ID);
    }

    /** A clock instant {@code offset} after the test's start, as the domain formats it (China offset). */
    private String at(Duration offset) {
        return OffsetDateTime.ofInstant(start.plus(offset), CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Instant instant(String isoDateTime) {
        return OffsetDateTime.parse(isoDateTime).toInstant();
    }

    // --- records ---------------------------------------------------------------------------------------------------

    private ProcessInstanceAssert assertInstance(long instance) {
        return assertThat(new InspectedProcessInstance(instance));
    }

    private ProcessInstanceAssert assertWatcher(long watcher) {
        return assertThat(new InspectedProcessInstance(watcher));
    }

    /** The statutory-clock instance the case's call activity started (exactly one). */
    private long watcher(long instance) {
        List<Long> called = StreamSupport.stream(records.processInstanceRecords().spliterator(), false)
                .filter(r -> r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                        && r.getValue().getBpmnElementType() == BpmnElementType.PROCESS
                        && r.getValue().getParentProcessInstanceKey() == instance)
                .peek(r -> assertThat(r.getValue().getBpmnProcessId()).isEqualTo(StatutoryClockProcess.PROCESS_ID))
                .map(r -> r.getValue().getProcessInstanceKey())
                .toList();
        assertThat(called).as("watchers started by %s", instance).hasSize(1);
        return called.get(0);
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

    /** Names of the variables in a process instance's own scope (not local variables of its elements). */
    private Set<String> variableNames(long instance) {
        Set<String> names = new LinkedHashSet<>();
        for (Record<VariableRecordValue> variable : records.variableRecords()) {
            if (variable.getValue().getScopeKey() == instance) {
                names.add(variable.getValue().getName());
            }
        }
        return names;
    }


}
