package org.uep.processes.clock;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.uep.processes.clock.StatutoryClockProcess.Elements;
import org.uep.processes.clock.StatutoryClockProcess.JobTypes;
import org.uep.processes.clock.StatutoryClockProcess.Messages;
import org.uep.processes.clock.StatutoryClockProcess.Variables;
import org.uep.processes.testing.ModelEngine;

/**
 * Zeebe Process Test of {@code bpmn/statutory-clock.bpmn}: one test per path, with engine time travel. The test
 * plays the domain (it starts the watcher and publishes the clock's moves and stop) and the two workers.
 *
 * <p>Engine time: the in-JVM engine's clock is the wall clock plus every {@code increaseTime} so far; the test keeps
 * that sum ({@link ModelEngine#engineNow}) and puts every clock instant relative to the engine's time at the start.
 */
@Timeout(120)
class StatutoryClockProcessTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String UNIT_PATH = "/zhoushan/dinghai/comprehensive";
    /** The domain publishes moves with a time to live, so a move is not lost while no subscription is open. */
    private static final Duration MESSAGE_TTL = Duration.ofDays(1);
    /** A message variable that is not part of the clock: it must not reach the process scope. */
    private static final String REASON = "reason";
    /** What a worker may return (e.g. how many people it notified): it must not reach the process scope. */
    private static final String WORKER_RESULT = "notifiedUsers";

    private ModelEngine model;
    private ZeebeTestEngine engine;
    private ZeebeClient client;
    private RecordStream records;
    /** Engine time when the test started, whole seconds. */
    private Instant start;

    @BeforeEach
    void startEngineAndDeploy() {
        model = ModelEngine.deploying(StatutoryClockProcess.RESOURCE, StatutoryClockProcess.PROCESS_ID);
        engine = model.engine();
        client = model.client();
        records = model.records();
        start = model.engineNow().truncatedTo(ChronoUnit.SECONDS);
    }

    @AfterEach
    void stopEngine() {
        model.close();
    }

    @Test
    void reminderFiresOnceThenEscalationFiresAtTheDueInstant() {
        String reminderAt = at(Duration.ofDays(7));
        String dueAt = at(Duration.ofDays(10));
        long watcher = startClock("clock-1", reminderAt, dueAt);
        assertWatcher(watcher).isWaitingExactlyAtElements(Elements.AWAIT_REMINDER_OR_DUE);
        assertThat(model.armedTimers(watcher)).containsOnly(
                Map.entry(Elements.REMINDER_TIMER, instant(reminderAt)), Map.entry(Elements.DUE_TIMER, instant(dueAt)));

        model.advanceTo(instant(reminderAt).minus(Duration.ofHours(1)));
        assertThat(jobsCreated(JobTypes.REMIND)).as("no reminder before reminderAt").isEmpty();

        model.advanceTo(instant(reminderAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.REMINDER_TIMER, 1);
        ActivatedJob reminder = completeJob(JobTypes.REMIND);
        assertThat(reminder.getVariablesAsMap())
                .containsEntry(Variables.CLOCK_ID, "clock-1")
                .containsEntry(Variables.REMINDER_AT, reminderAt)
                .containsEntry(Variables.DUE_AT, dueAt);
        assertWatcher(watcher).isWaitingExactlyAtElements(Elements.AWAIT_DUE);
        assertThat(model.processVariable(watcher, Variables.REMINDED_FOR)).isEqualTo(reminderAt);
        assertThat(model.processVariable(watcher, WORKER_RESULT)).as("the worker's result stays on the task").isNull();

        // A recomputation that leaves the clock where it was re-arms the watcher; the reminder, now in the past,
        // is not sent again (it would fire at once if its timer were armed).
        publishMoved("clock-1", reminderAt, dueAt, "holiday calendar loaded");
        assertWatcher(watcher)
                .hasPassedElement(Elements.CLOCK_MOVED_WITHOUT_REMINDER, 1)
                .hasPassedElement(Elements.AWAIT_DUE, 1) // left once ("passed" = completed) and entered again
                .isWaitingExactlyAtElements(Elements.AWAIT_DUE);
        model.advanceTo(instant(dueAt).minus(Duration.ofMinutes(1)));
        assertThat(jobsCreated(JobTypes.REMIND)).as("reminder sent once").hasSize(1);
        assertThat(jobsCreated(JobTypes.ESCALATE)).as("no escalation before dueAt").isEmpty();

        model.advanceTo(instant(dueAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.DUE_TIMER_WITHOUT_REMINDER, 1);
        ActivatedJob escalation = completeJob(JobTypes.ESCALATE);
        assertThat(escalation.getVariablesAsMap()).containsEntry(Variables.DUE_AT, dueAt);

        assertWatcher(watcher)
                .hasPassedElementsInOrder(
                        Elements.CLOCK_STARTED, Elements.AWAIT_REMINDER_OR_DUE, Elements.REMINDER_TIMER,
                        Elements.SEND_REMINDER, Elements.AWAIT_DUE, Elements.CLOCK_MOVED_WITHOUT_REMINDER,
                        Elements.AWAIT_DUE, Elements.DUE_TIMER_WITHOUT_REMINDER, Elements.ESCALATE_OVERDUE,
                        Elements.CLOCK_EXPIRED)
                .hasPassedElement(Elements.REMINDER_TIMER, 1)
                .hasPassedElement(Elements.SEND_REMINDER, 1)
                .hasNotPassedElement(Elements.DUE_TIMER)
                .hasNotPassedElement(Elements.CLOCK_MET)
                .hasNoIncidents()
                .isCompleted();
        assertRemindedThenEscalated(1, watcher, dueAt);
    }

    @Test
    void anExtensionMovesTheEscalation() {
        String reminderAt = at(Duration.ofDays(7));
        String dueAt = at(Duration.ofDays(10));
        long watcher = startClock("clock-2", reminderAt, dueAt);

        model.advanceTo(instant(reminderAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.REMINDER_TIMER, 1);
        ActivatedJob reminder = activateOneJob(JobTypes.REMIND);

        // The extension (30 days) is approved while the reminder is still being sent: the watcher has no open
        // subscription, so the message waits (time to live) until the next gateway opens one.
        String extendedReminderAt = at(Duration.ofDays(37));
        String extendedDueAt = at(Duration.ofDays(40));
        publishMoved("clock-2", extendedReminderAt, extendedDueAt, "extension approved");
        assertWatcher(watcher)
                .isWaitingExactlyAtElements(Elements.SEND_REMINDER)
                .hasNotPassedElement(Elements.CLOCK_MOVED_WITHOUT_REMINDER);
        complete(reminder);

        assertWatcher(watcher)
                .hasPassedElementsInOrder(
                        Elements.REMINDER_TIMER, Elements.SEND_REMINDER, Elements.AWAIT_DUE,
                        Elements.CLOCK_MOVED_WITHOUT_REMINDER)
                .hasPassedElement(Elements.CLOCK_MOVED_WITHOUT_REMINDER, 1)
                .isWaitingExactlyAtElements(Elements.AWAIT_REMINDER_OR_DUE);
        // The message's variables are now the process's clock, and the timers were armed from them.
        assertThat(model.processVariable(watcher, Variables.REMINDER_AT)).isEqualTo(extendedReminderAt);
        assertThat(model.processVariable(watcher, Variables.DUE_AT)).isEqualTo(extendedDueAt);
        assertThat(model.processVariable(watcher, REASON)).as("only the clock instants are taken from the message").isNull();
        assertThat(model.armedTimers(watcher)).containsOnly(
                Map.entry(Elements.REMINDER_TIMER, instant(extendedReminderAt)),
                Map.entry(Elements.DUE_TIMER, instant(extendedDueAt)));

        // Past the original due instant: no escalation.
        model.advanceTo(instant(dueAt).plus(Duration.ofDays(1)));
        assertThat(jobsCreated(JobTypes.ESCALATE)).as("no escalation at the original due instant").isEmpty();
        assertWatcher(watcher)
                .isWaitingExactlyAtElements(Elements.AWAIT_REMINDER_OR_DUE)
                .hasNotPassedElement(Elements.DUE_TIMER)
                .hasNotPassedElement(Elements.DUE_TIMER_WITHOUT_REMINDER);
        assertThat(model.cancelledTimers(watcher)).as("the timer armed at the original due instant was cancelled")
                .contains(instant(dueAt));

        // The extended clock is due soon again: a second reminder, for the new reminderAt.
        model.advanceTo(instant(extendedReminderAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.REMINDER_TIMER, 2);
        assertThat(completeJob(JobTypes.REMIND).getVariablesAsMap())
                .containsEntry(Variables.REMINDER_AT, extendedReminderAt);

        model.advanceTo(instant(extendedDueAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.DUE_TIMER_WITHOUT_REMINDER, 1);
        assertThat(completeJob(JobTypes.ESCALATE).getVariablesAsMap())
                .containsEntry(Variables.DUE_AT, extendedDueAt);

        assertWatcher(watcher)
                .hasPassedElement(Elements.SEND_REMINDER, 2)
                .hasPassedElement(Elements.ESCALATE_OVERDUE, 1)
                .hasPassedElement(Elements.CLOCK_EXPIRED)
                .hasNoIncidents()
                .isCompleted();
        assertRemindedThenEscalated(2, watcher, extendedDueAt);
    }

    @Test
    void aPauseDisarmsBothTimersAndTheResumeArmsThemAtTheMovedInstants() {
        String reminderAt = at(Duration.ofDays(7));
        String dueAt = at(Duration.ofDays(10));
        long watcher = startClock("clock-3", reminderAt, dueAt);

        // Day 2: the clock is paused (e.g. expert appraisal, for a time nobody knows yet): the domain reports a move
        // to no instants, and no timer runs while the clock is paused.
        model.advanceTo(start.plus(Duration.ofDays(2)));
        publishMoved("clock-3", null, null, "paused for appraisal");
        assertWatcher(watcher)
                .hasPassedElement(Elements.CLOCK_MOVED, 1)
                .isWaitingExactlyAtElements(Elements.AWAIT_RESUME);
        assertThat(model.armedTimers(watcher)).isEmpty();
        assertThat(model.cancelledTimers(watcher)).containsExactlyInAnyOrder(instant(reminderAt), instant(dueAt));

        // Past both original instants: neither reminder nor escalation.
        model.advanceTo(instant(dueAt).plus(Duration.ofDays(1)));
        assertThat(jobsCreated(JobTypes.REMIND)).as("no reminder at the original reminderAt").isEmpty();
        assertThat(jobsCreated(JobTypes.ESCALATE)).as("no escalation at the original dueAt").isEmpty();
        assertWatcher(watcher).isWaitingExactlyAtElements(Elements.AWAIT_RESUME);

        // Day 22: resumed after 20 days; the domain moved both instants by the paused time.
        model.advanceTo(start.plus(Duration.ofDays(22)));
        String resumedReminderAt = at(Duration.ofDays(27));
        String resumedDueAt = at(Duration.ofDays(30));
        publishMoved("clock-3", resumedReminderAt, resumedDueAt, "appraisal received");
        assertWatcher(watcher)
                .hasPassedElement(Elements.CLOCK_MOVED_WHILE_PAUSED, 1)
                .isWaitingExactlyAtElements(Elements.AWAIT_REMINDER_OR_DUE);
        assertThat(model.armedTimers(watcher)).containsOnly(
                Map.entry(Elements.REMINDER_TIMER, instant(resumedReminderAt)),
                Map.entry(Elements.DUE_TIMER, instant(resumedDueAt)));

        model.advanceTo(instant(resumedReminderAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.REMINDER_TIMER, 1);
        assertThat(completeJob(JobTypes.REMIND).getVariablesAsMap())
                .containsEntry(Variables.REMINDER_AT, resumedReminderAt);

        model.advanceTo(instant(resumedDueAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.DUE_TIMER_WITHOUT_REMINDER, 1);
        assertThat(completeJob(JobTypes.ESCALATE).getVariablesAsMap()).containsEntry(Variables.DUE_AT, resumedDueAt);

        assertWatcher(watcher)
                .hasPassedElementsInOrder(
                        Elements.AWAIT_REMINDER_OR_DUE, Elements.CLOCK_MOVED, Elements.AWAIT_RESUME,
                        Elements.CLOCK_MOVED_WHILE_PAUSED, Elements.AWAIT_REMINDER_OR_DUE,
                        Elements.REMINDER_TIMER, Elements.SEND_REMINDER, Elements.AWAIT_DUE,
                        Elements.DUE_TIMER_WITHOUT_REMINDER, Elements.ESCALATE_OVERDUE, Elements.CLOCK_EXPIRED)
                .hasPassedElement(Elements.REMINDER_TIMER, 1)
                .hasNoIncidents()
                .isCompleted();
        assertThat(jobsCreated(JobTypes.REMIND)).hasSize(1);
        assertThat(jobsCreated(JobTypes.ESCALATE)).hasSize(1);
    }

    @Test
    void aClockStoppedWhilePausedEndsTheWatcher() {
        long watcher = startClock("clock-3b", at(Duration.ofDays(7)), at(Duration.ofDays(10)));
        publishMoved("clock-3b", null, null, "paused: party's hearing");
        assertWatcher(watcher).isWaitingExactlyAtElements(Elements.AWAIT_RESUME);

        publishStopped("clock-3b");
        assertWatcher(watcher)
                .hasPassedElementsInOrder(Elements.AWAIT_RESUME, Elements.CLOCK_STOPPED_WHILE_PAUSED, Elements.CLOCK_MET)
                .hasNoIncidents()
                .isCompleted();
        model.advanceTo(start.plus(Duration.ofDays(11)));
        assertThat(jobsCreated(JobTypes.ESCALATE)).isEmpty();
    }

    @Test
    void stoppingTheClockEndsTheWatcherWithoutEscalation() {
        String reminderAt = at(Duration.ofDays(7));
        String dueAt = at(Duration.ofDays(10));
        long watcher = startClock("clock-4", reminderAt, dueAt);
        // Another clock's stop does not touch this one.
        long otherWatcher = startClock("clock-4b", reminderAt, dueAt);

        model.advanceTo(start.plus(Duration.ofDays(3)));
        publishStopped("clock-4");

        assertWatcher(watcher)
                .hasPassedElementsInOrder(
                        Elements.CLOCK_STARTED, Elements.AWAIT_REMINDER_OR_DUE, Elements.CLOCK_STOPPED,
                        Elements.STOPPED_JOIN, Elements.CLOCK_MET)
                .hasNotPassedElement(Elements.REMINDER_TIMER)
                .hasNotPassedElement(Elements.DUE_TIMER)
                .hasNoIncidents()
                .isCompleted();
        assertWatcher(otherWatcher).isWaitingExactlyAtElements(Elements.AWAIT_REMINDER_OR_DUE).isActive();
        assertThat(model.cancelledTimers(watcher)).containsExactlyInAnyOrder(instant(reminderAt), instant(dueAt));

        // The stopped clock's instants pass: only the other clock reminds and escalates.
        model.advanceTo(instant(dueAt).plus(Duration.ofDays(1)));
        model.awaitTimerTriggered(Elements.REMINDER_TIMER, 1);
        assertThat(jobsCreated(JobTypes.REMIND)).singleElement()
                .satisfies(job -> assertThat(job.getValue().getProcessInstanceKey()).isEqualTo(otherWatcher));
        assertThat(jobsCreated(JobTypes.ESCALATE)).isEmpty();
        assertWatcher(watcher)
                .hasNotPassedElement(Elements.SEND_REMINDER)
                .hasNotPassedElement(Elements.ESCALATE_OVERDUE);
    }

    @Test
    void aClockWithoutReminderOnlyEscalates() {
        String dueAt = at(Duration.ofDays(10));
        long watcher = startClock("clock-5", null, dueAt);
        assertWatcher(watcher)
                .hasPassedElement(Elements.CLOCK_STATE_GATEWAY)
                .isWaitingExactlyAtElements(Elements.AWAIT_DUE);
        assertThat(model.armedTimers(watcher)).containsOnly(Map.entry(Elements.DUE_TIMER_WITHOUT_REMINDER, instant(dueAt)));

        model.advanceTo(instant(dueAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.DUE_TIMER_WITHOUT_REMINDER, 1);
        completeJob(JobTypes.ESCALATE);

        assertWatcher(watcher)
                .hasPassedElementsInOrder(
                        Elements.CLOCK_STARTED, Elements.CLOCK_STATE_GATEWAY, Elements.AWAIT_DUE,
                        Elements.DUE_TIMER_WITHOUT_REMINDER, Elements.ESCALATE_OVERDUE, Elements.CLOCK_EXPIRED)
                .hasNotPassedElement(Elements.AWAIT_REMINDER_OR_DUE)
                .hasNoIncidents()
                .isCompleted();
        assertThat(jobsCreated(JobTypes.REMIND)).isEmpty();
        assertThat(jobsCreated(JobTypes.ESCALATE)).hasSize(1);
    }

    @Test
    void aWatcherStartedForAUnitGivesItsHeadAFollowUpWhenTheClockExpires() {
        String dueAt = at(Duration.ofDays(10));
        long watcher = startClockFor("clock-6", dueAt, UNIT_PATH);
        model.advanceTo(instant(dueAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.DUE_TIMER_WITHOUT_REMINDER, 1);
        completeJob(JobTypes.ESCALATE);

        ActivatedJob followUp = activateOneJob("io.camunda.zeebe:userTask");
        assertThat(followUp.getElementId()).isEqualTo(Elements.FOLLOW_UP_OVERDUE_CLOCK);
        assertThat(followUp.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"head@" + UNIT_PATH + "\"]")
                .containsEntry("io.camunda.zeebe:formKey", StatutoryClockProcess.Forms.FOLLOW_UP);
        assertThat(OffsetDateTime.parse(followUp.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant())
                .isEqualTo(instant(dueAt));
        assertThat(followUp.getVariablesAsMap()).containsEntry(Variables.LEAD_ID, 77);
        complete(followUp);

        assertWatcher(watcher)
                .hasPassedElementsInOrder(Elements.ESCALATE_OVERDUE, Elements.FOLLOW_UP_GATEWAY,
                        Elements.FOLLOW_UP_OVERDUE_CLOCK, Elements.OVERDUE_FOLLOWED_UP)
                .hasNotPassedElement(Elements.CLOCK_EXPIRED)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void theFollowUpIsWithdrawnWhenTheClockStopsLate() {
        String dueAt = at(Duration.ofDays(10));
        long watcher = startClockFor("clock-7", dueAt, UNIT_PATH);
        model.advanceTo(instant(dueAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.DUE_TIMER_WITHOUT_REMINDER, 1);
        completeJob(JobTypes.ESCALATE);
        assertWatcher(watcher).isWaitingExactlyAtElements(Elements.FOLLOW_UP_OVERDUE_CLOCK);

        publishStopped("clock-7");

        assertWatcher(watcher)
                .hasPassedElementsInOrder(Elements.FOLLOW_UP_GATEWAY, Elements.CLOCK_STOPPED_DURING_FOLLOW_UP,
                        Elements.FOLLOW_UP_WITHDRAWN)
                .hasNotPassedElement(Elements.OVERDUE_FOLLOWED_UP)
                .hasNoIncidents()
                .isCompleted();
    }

    /** {@code reminders} reminder jobs, one escalation, and the escalation recorded for {@code dueAt}. */
    private void assertRemindedThenEscalated(int reminders, long watcher, String dueAt) {
        assertThat(jobsCreated(JobTypes.REMIND)).hasSize(reminders);
        assertThat(jobsCreated(JobTypes.ESCALATE)).hasSize(1);
        assertThat(model.processVariable(watcher, Variables.ESCALATED_FOR)).isEqualTo(dueAt);
    }

    // --- the domain's side -----------------------------------------------------------------------------------------

    /** Starts a watcher as the domain (or a calling process) does: clock id and instants (reminderAt null: none). */
    private long startClock(String clockId, String reminderAt, String dueAt) {
        Map<String, Object> variables = clockVariables(reminderAt, dueAt, Variables.CLOCK_ID, clockId);
        var event = client.newCreateInstanceCommand()
                .bpmnProcessId(StatutoryClockProcess.PROCESS_ID).latestVersion()
                .variables(variables).send().join();
        assertThat(event).isStarted();
        model.idle();
        return event.getProcessInstanceKey();
    }

    /** Starts a watcher as the platform does for a watched clock of a dossier of {@code unitPath}. */
    private long startClockFor(String clockId, String dueAt, String unitPath) {
        Map<String, Object> variables = clockVariables(null, dueAt, Variables.CLOCK_ID, clockId);
        variables.put(Variables.ESCALATE_TO, unitPath);
        variables.put(Variables.LEAD_ID, 77);
        var event = client.newCreateInstanceCommand()
                .bpmnProcessId(StatutoryClockProcess.PROCESS_ID).latestVersion()
                .variables(variables).send().join();
        model.idle();
        return event.getProcessInstanceKey();
    }

    /** The clock's new instants, plus what else the domain may put in the message (here: the reason). */
    private void publishMoved(String clockId, String reminderAt, String dueAt, String reason) {
        client.newPublishMessageCommand().messageName(Messages.CLOCK_MOVED).correlationKey(clockId)
                .timeToLive(MESSAGE_TTL)
                .variables(clockVariables(reminderAt, dueAt, REASON, reason))
                .send().join();
        model.idle();
    }

    /** The clock instants (null allowed: no reminder, or paused) and one more variable. */
    private static Map<String, Object> clockVariables(String reminderAt, String dueAt, String name, String value) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.REMINDER_AT, reminderAt);
        variables.put(Variables.DUE_AT, dueAt);
        variables.put(name, value);
        return variables;
    }

    private void publishStopped(String clockId) {
        client.newPublishMessageCommand().messageName(Messages.CLOCK_STOPPED).correlationKey(clockId)
                .timeToLive(MESSAGE_TTL).send().join();
        model.idle();
    }

    /** A clock instant {@code offset} after the test's start, as the domain formats it (China offset). */
    private String at(Duration offset) {
        return OffsetDateTime.ofInstant(start.plus(offset), CHINA).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static Instant instant(String isoDateTime) {
        return OffsetDateTime.parse(isoDateTime).toInstant();
    }

    // --- the workers' side -----------------------------------------------------------------------------------------

    /** Plays the worker: exactly one job of that type is waiting; completes it with the worker's own result. */
    private ActivatedJob completeJob(String jobType) {
        ActivatedJob job = activateOneJob(jobType);
        complete(job);
        return job;
    }

    private ActivatedJob activateOneJob(String jobType) {
        model.idle();
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10)
                .send().join().getJobs();
        assertThat(jobs).as("waiting jobs of type %s", jobType).hasSize(1);
        return jobs.get(0);
    }

    /** The worker's result variables are its own: the model's output mapping keeps them out of the clock. */
    private void complete(ActivatedJob job) {
        client.newCompleteCommand(job).variables(Map.of(WORKER_RESULT, 2)).send().join();
        model.idle();
    }


    // --- records ---------------------------------------------------------------------------------------------------

    private ProcessInstanceAssert assertWatcher(long instance) {
        return assertThat(new InspectedProcessInstance(instance));
    }


    private List<Record<JobRecordValue>> jobsCreated(String jobType) {
        List<Record<JobRecordValue>> matching = new ArrayList<>();
        records.jobRecords().forEach(r -> {
            if (r.getIntent() == JobIntent.CREATED && r.getValue().getType().equals(jobType)) {
                matching.add(r);
            }
        });
        return matching;
    }


}
