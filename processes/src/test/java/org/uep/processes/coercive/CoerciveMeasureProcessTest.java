package org.uep.processes.coercive;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.assertions.ProcessInstanceAssert;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.time.Instant;
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
import org.uep.processes.coercive.CoerciveMeasureProcess.Conclusion;
import org.uep.processes.coercive.CoerciveMeasureProcess.Elements;
import org.uep.processes.coercive.CoerciveMeasureProcess.Forms;
import org.uep.processes.coercive.CoerciveMeasureProcess.JobTypes;
import org.uep.processes.coercive.CoerciveMeasureProcess.Roles;
import org.uep.processes.coercive.CoerciveMeasureProcess.Variables;
import org.uep.processes.testing.ModelEngine;

/**
 * Zeebe Process Test of {@code bpmn/coercive-measure.bpmn}: refused, not taken, concluded, extended then concluded, and
 * released by law when the clock runs out (before a conclusion, and while the head weighs an extension). The test plays
 * the workers and the inbox; each user task's candidate group, due date and form are checked.
 */
@Timeout(60)
class CoerciveMeasureProcessTest {

    private static final String UNIT_PATH = "/zhoushan/dinghai/market";
    private static final Duration INBOX_JOB_TIMEOUT = Duration.ofDays(3650);

    private ModelEngine model;
    private ZeebeClient client;

    @BeforeEach
    void startEngine() {
        model = ModelEngine.deploying(CoerciveMeasureProcess.RESOURCE, CoerciveMeasureProcess.PROCESS_ID);
        client = model.client();
    }

    @AfterEach
    void stopEngine() {
        model.close();
    }

    @Test
    void theHeadRefusesTheMeasure() {
        long instance = start();
        completeUserTask(Elements.APPROVE_MEASURE, Roles.HEAD, Forms.APPROVAL, in(1), Map.of(Variables.MEASURE_APPROVED, false));

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.MEASURE_REQUESTED, Elements.APPROVE_MEASURE, Elements.APPROVAL_GATEWAY,
                        Elements.MEASURE_REFUSED)
                .hasNotPassedElement(Elements.TAKE_MEASURE)
                .isCompleted();
    }

    @Test
    void anApprovedMeasureTheOfficersCouldNotTakeEnds() {
        long instance = start();
        approve();
        completeUserTask(Elements.TAKE_MEASURE, Roles.OFFICER, Forms.RECORD, in(2), Map.of(Variables.MEASURE_TAKEN, false));

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.TAKE_MEASURE, Elements.TAKEN_GATEWAY, Elements.MEASURE_NOT_TAKEN)
                .hasNotPassedElement(Elements.CONCLUDE_MEASURE)
                .isCompleted();
    }

    @Test
    void theMeasureIsConcludedWithinItsClock() {
        long instance = start();
        approve();
        take(in(7));
        assertThat(model.armedTimers(instance)).containsEntry(Elements.MEASURE_EXPIRED, instant(in(7)));
        completeUserTask(Elements.CONCLUDE_MEASURE, Roles.OFFICER, Forms.CONCLUSION, in(7),
                Map.of(Variables.MEASURE_CONCLUSION, Conclusion.RELEASE.name()));

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.TAKEN_GATEWAY, Elements.IN_FORCE_MERGE, Elements.CONCLUDE_MEASURE,
                        Elements.CONCLUSION_GATEWAY, Elements.MEASURE_CONCLUDED)
                .hasNotPassedElement(Elements.RELEASE_EXPIRED_MEASURE)
                .isCompleted();
        assertThat(model.armedTimers(instance)).isEmpty();
    }

    @Test
    void anExtendedSeizureIsConcludedWithinItsNewTerm() {
        long instance = start();
        approve();
        take(in(30));
        completeUserTask(Elements.CONCLUDE_MEASURE, Roles.OFFICER, Forms.CONCLUSION, in(30),
                Map.of(Variables.MEASURE_CONCLUSION, Conclusion.EXTEND.name()));
        assertThat(model.armedTimers(instance)).containsEntry(Elements.EXTENSION_EXPIRED, instant(in(30)));
        completeUserTask(Elements.APPROVE_EXTENSION, Roles.HEAD, Forms.EXTENSION, in(30),
                Map.of(Variables.MEASURE_DUE_AT, in(60)));
        assertThat(model.armedTimers(instance)).containsEntry(Elements.MEASURE_EXPIRED, instant(in(60)));
        completeUserTask(Elements.CONCLUDE_MEASURE, Roles.OFFICER, Forms.CONCLUSION, in(60),
                Map.of(Variables.MEASURE_CONCLUSION, Conclusion.HAND_OVER.name()));

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.IN_FORCE_MERGE, Elements.CONCLUDE_MEASURE, Elements.CONCLUSION_GATEWAY,
                        Elements.APPROVE_EXTENSION, Elements.IN_FORCE_MERGE, Elements.CONCLUDE_MEASURE,
                        Elements.CONCLUSION_GATEWAY, Elements.MEASURE_CONCLUDED)
                .hasVariableWithValue(Variables.MEASURE_CONCLUSION, Conclusion.HAND_OVER.name())
                .isCompleted();
    }

    @Test
    void aMeasureNobodyConcludesIsReleasedWhenItsClockRunsOut() {
        long instance = start();
        approve();
        take(in(7));
        model.advanceTo(instant(in(7)).plusSeconds(1));
        model.awaitTimerTriggered(Elements.MEASURE_EXPIRED, 1);
        completeServiceTask(JobTypes.RELEASE_EXPIRED);

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.MEASURE_EXPIRED, Elements.EXPIRY_MERGE, Elements.RELEASE_EXPIRED_MEASURE,
                        Elements.MEASURE_LAPSED)
                .hasNotPassedElement(Elements.CONCLUSION_GATEWAY)
                .isCompleted();
    }

    @Test
    void aSeizureIsReleasedWhenItsClockRunsOutWhileTheHeadWeighsTheExtension() {
        long instance = start();
        approve();
        take(in(30));
        completeUserTask(Elements.CONCLUDE_MEASURE, Roles.OFFICER, Forms.CONCLUSION, in(30),
                Map.of(Variables.MEASURE_CONCLUSION, Conclusion.EXTEND.name()));
        model.advanceTo(instant(in(30)).plusSeconds(1));
        model.awaitTimerTriggered(Elements.EXTENSION_EXPIRED, 1);
        completeServiceTask(JobTypes.RELEASE_EXPIRED);

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.CONCLUSION_GATEWAY, Elements.EXTENSION_EXPIRED, Elements.EXPIRY_MERGE,
                        Elements.RELEASE_EXPIRED_MEASURE, Elements.MEASURE_LAPSED)
                .hasNotPassedElement(Elements.APPROVE_EXTENSION)
                .isCompleted();
    }

    private long start() {
        var event = client.newCreateInstanceCommand().bpmnProcessId(CoerciveMeasureProcess.PROCESS_ID).latestVersion()
                .variables(Map.of(Variables.MEASURE_ID, 31L, Variables.LEAD_ID, 7001L, Variables.UNIT_PATH, UNIT_PATH,
                        Variables.APPROVAL_DUE_AT, in(1)))
                .send().join();
        model.idle();
        return event.getProcessInstanceKey();
    }

    private void approve() {
        completeUserTask(Elements.APPROVE_MEASURE, Roles.HEAD, Forms.APPROVAL, in(1),
                Map.of(Variables.MEASURE_APPROVED, true, Variables.TAKE_DUE_AT, in(2)));
    }

    private void take(String dueAt) {
        completeUserTask(Elements.TAKE_MEASURE, Roles.OFFICER, Forms.RECORD, in(2),
                Map.of(Variables.MEASURE_TAKEN, true, Variables.MEASURE_DUE_AT, dueAt));
    }

    /** {@code days} after the engine's start, as the workers write instants. */
    private String in(int days) {
        return OffsetDateTime.ofInstant(start.plus(Duration.ofDays(days)), ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    private static Instant instant(String dateTime) {
        return OffsetDateTime.parse(dateTime).toInstant();
    }

    private void completeServiceTask(String jobType) {
        model.idle();
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(jobType).maxJobsToActivate(10).send().join()
                .getJobs();
        assertThat(jobs).hasSize(1);
        client.newCompleteCommand(jobs.get(0)).send().join();
        model.idle();
    }

    private void completeUserTask(String elementId, String role, String form, String dueAt, Map<String, Object> result) {
        model.idle();
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType("io.camunda.zeebe:userTask")
                .maxJobsToActivate(10).timeout(INBOX_JOB_TIMEOUT).send().join().getJobs();
        assertThat(jobs).extracting(ActivatedJob::getElementId).containsExactly(elementId);
        ActivatedJob job = jobs.get(0);
        assertThat(job.getCustomHeaders())
                .containsEntry("io.camunda.zeebe:candidateGroups", "[\"" + role + "@" + UNIT_PATH + "\"]")
                .containsEntry("io.camunda.zeebe:formKey", form);
        assertThat(OffsetDateTime.parse(job.getCustomHeaders().get("io.camunda.zeebe:dueDate")).toInstant())
                .isEqualTo(instant(dueAt));
        client.newCompleteCommand(job).variables(result).send().join();
        model.idle();
    }

    private static ProcessInstanceAssert assertInstance(long instance) {
        return assertThat(new InspectedProcessInstance(instance));
    }
}
