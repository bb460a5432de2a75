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
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uep.processes.clock.StatutoryClockProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.DiscussionOutcome;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.InvestigationOutcome;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.LeadFinding;
import org.uep.processes.penalty.PenaltyCaseProcess.LegalReviewOutcome;
import org.uep.processes.penalty.PenaltyCaseProcess.Messages;
import org.uep.processes.penalty.PenaltyCaseProcess.Roles;
import org.uep.processes.penalty.PenaltyCaseProcess.TransferOutcome;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.processes.testing.ModelEngine;

/**
 * Zeebe Process Test of {@code bpmn/penalty-case.bpmn}, deployed with {@code bpmn/statutory-clock.bpmn}, which watches
 * the case.decide clock as a call activity: one test per path, every branch, loop, message and timer. Every user
 * task the tests complete is checked against {@link #tasks} (candidate group, due date from its clock, form key). There are no workers: the test completes each
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
    private String legalReviewDueAt;
    /** Set when the notice is served. */
    private String replyDueAt;
    private String hearingRequestDueAt;
    private String hearingAt;
    private String decisionServeDueAt;
    private String paymentDueAt;
    private String publicationDueAt;
    private String decisionFinalAt;
    private String enforcementOpensAt;
    private String enforcementDueAt;

    /** What each user task must carry: role of its candidate group, due date (null: none) and form key. */
    private record TaskSpec(String role, Supplier<String> due, String form) {}

    private final Map<String, TaskSpec> tasks = new HashMap<>();

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
        legalReviewDueAt = at(Duration.ofDays(30));
        hearingAt = at(Duration.ofDays(55));
        reminderAt = at(Duration.ofDays(80));
        dueAt = at(Duration.ofDays(90));
        decisionServeDueAt = at(Duration.ofDays(95));
        publicationDueAt = at(Duration.ofDays(100));
        paymentDueAt = at(Duration.ofDays(110));
        enforcementOpensAt = at(Duration.ofDays(200));
        enforcementDueAt = at(Duration.ofDays(290));
        decisionFinalAt = at(Duration.ofDays(300));

        task(Elements.VERIFY_LEAD, Roles.OFFICER, () -> leadVerifyDue, Forms.LEAD_VERIFICATION);
        task(Elements.FILE_CASE_APPROVAL, Roles.HEAD, () -> leadVerifyDue, Forms.FILE_CASE_APPROVAL);
        task(Elements.INVESTIGATE, Roles.OFFICER, () -> dueAt, Forms.INVESTIGATION);
        task(Elements.INVESTIGATION_REVIEW, Roles.HEAD, () -> dueAt, Forms.INVESTIGATION_REVIEW);
        task(Elements.PROPOSE_PENALTY, Roles.OFFICER, () -> dueAt, Forms.PENALTY_PROPOSAL);
        task(Elements.LEGAL_REVIEW, Roles.LEGAL_REVIEWER, () -> legalReviewDueAt, Forms.LEGAL_REVIEW);
        task(Elements.COLLECTIVE_DISCUSSION, Roles.HEAD, () -> dueAt, Forms.COLLECTIVE_DISCUSSION);
        task(Elements.SERVE_NOTICE, Roles.OFFICER, () -> dueAt, Forms.NOTICE_SERVICE);
        task(Elements.HEAR_STATEMENT, Roles.OFFICER, () -> replyDueAt, Forms.STATEMENT_DEFENCE);
        task(Elements.RECORD_HEARING_REQUEST, Roles.OFFICER, () -> hearingRequestDueAt, Forms.HEARING_REQUEST);
        task(Elements.SCHEDULE_HEARING, Roles.OFFICER, () -> dueAt, Forms.HEARING_SCHEDULE);
        task(Elements.HOLD_HEARING, Roles.LEGAL_REVIEWER, () -> hearingAt, Forms.HEARING_RECORD);
        task(Elements.DECISION_APPROVAL, Roles.HEAD, () -> dueAt, Forms.DECISION_APPROVAL);
        task(Elements.ESCALATE_OVERDUE_DECISION, Roles.HEAD, () -> dueAt, Forms.OVERDUE_ESCALATION);
        task(Elements.SERVE_DECISION, Roles.OFFICER, () -> decisionServeDueAt, Forms.DECISION_SERVICE);
        task(Elements.APPROVE_DEFERRAL, Roles.HEAD, () -> paymentDueAt, Forms.DEFERRAL_APPROVAL);
        task(Elements.REMIND_PAYMENT, Roles.OFFICER, () -> paymentDueAt, Forms.PAYMENT_REMINDER);
        task(Elements.APPLY_FOR_COURT_ENFORCEMENT, Roles.OFFICER, () -> enforcementDueAt, Forms.COURT_ENFORCEMENT);
        task(Elements.REVIEW_CASE_FILE, Roles.LEGAL_REVIEWER, () -> null, Forms.CASE_FILE_REVIEW);
        task(Elements.REVIEW_PUBLICATION, Roles.OFFICER, () -> publicationDueAt, Forms.PUBLICATION_REVIEW);
    }

    private void task(String elementId, String role, Supplier<String> due, String form) {
        tasks.put(elementId, new TaskSpec(role, due, form));
    }

    @AfterEach
    void stopEngine() {
        model.close();
    }

    // --- main path and the lead's branches -------------------------------------------------------------------------

    @Test
    void routineFineWithoutHearingIsNotifiedDecidedServedPaidPublishedAndClosed() {
        long instance = startCase(1001L);
        fileCase(decisionClock(reminderAt, dueAt));
        assertInstance(instance)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK);

        toDecisionApproval();
        approveDecision(true);
        issueAndServeDecision(true, true);
        assertInstance(instance).isWaitingExactlyAtElements(Elements.AWAIT_PAYMENT, Elements.REVIEW_PUBLICATION);

        publishMessage(Messages.PAYMENT_SETTLED, Map.of());
        closeAndReviewCaseFile();
        publishDecision();
        assertInstance(instance).isWaitingExactlyAtElements(Elements.AWAIT_REVOCATION).isActive();

        // The decision becomes final: nothing can withdraw the publication any more.
        model.advanceTo(instant(decisionFinalAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.DECISION_FINAL, 1);

        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.LEAD_RECEIVED, Elements.REGISTER_LEAD, Elements.VERIFY_LEAD,
                        Elements.LEAD_FINDING_GATEWAY, Elements.FILE_CASE_APPROVAL, Elements.FILE_CASE_GATEWAY,
                        Elements.FILE_CASE, Elements.CASE_HANDLING_STARTED, Elements.CASE_HANDLING_FORK,
                        Elements.INVESTIGATION_MERGE, Elements.INVESTIGATE, Elements.INVESTIGATION_REVIEW,
                        Elements.INVESTIGATION_OUTCOME_GATEWAY, Elements.PROPOSE_PENALTY, Elements.REVIEW_MERGE,
                        Elements.ASSESS_PROPOSAL, Elements.LEGAL_REVIEW_GATEWAY, Elements.DISCUSSION_MERGE,
                        Elements.COLLECTIVE_DISCUSSION_GATEWAY, Elements.NOTICE_MERGE, Elements.NOTICE_GATEWAY,
                        Elements.ISSUE_NOTICE, Elements.SERVE_NOTICE, Elements.PARTY_WINDOWS_FORK,
                        Elements.HEAR_STATEMENT, Elements.STATEMENT_MERGE, Elements.PARTY_WINDOWS_JOIN,
                        Elements.HEARING_GATEWAY, Elements.DECISION_MERGE, Elements.DECISION_APPROVAL,
                        Elements.DECISION_GATEWAY, Elements.CASE_HANDLED, Elements.CASE_HANDLING,
                        Elements.CASE_OUTCOME_GATEWAY, Elements.ISSUE_DECISION, Elements.SERVE_DECISION,
                        Elements.DECISION_SERVED_FORK, Elements.PAYMENT_GATEWAY, Elements.PAYMENT_MERGE,
                        Elements.AWAIT_PAYMENT, Elements.PAYMENT_SETTLED, Elements.EXECUTION_MERGE,
                        Elements.CLOSING_MERGE, Elements.CLOSE_CASE, Elements.REVIEW_CASE_FILE, Elements.CASE_CLOSED,
                        Elements.PUBLICATION_MERGE, Elements.DECISION_FINAL, Elements.FINAL_MERGE,
                        Elements.PUBLICATION_ENDED)
                .hasPassedElementsInOrder(Elements.HEARING_RIGHT_GATEWAY, Elements.HEARING_MERGE,
                        Elements.PARTY_WINDOWS_JOIN)
                .hasPassedElementsInOrder(Elements.PUBLICATION_GATEWAY, Elements.REVIEW_PUBLICATION,
                        Elements.PUBLISH_DECISION, Elements.PUBLICATION_MERGE, Elements.REVOCABLE_GATEWAY,
                        Elements.AWAIT_REVOCATION, Elements.DECISION_FINAL)
                .hasNotPassedElement(Elements.LEGAL_REVIEW)
                .hasNotPassedElement(Elements.COLLECTIVE_DISCUSSION)
                .hasNotPassedElement(Elements.RECORD_HEARING_REQUEST)
                .hasNotPassedElement(Elements.SCHEDULE_HEARING)
                .hasNotPassedElement(Elements.STATEMENT_WINDOW_CLOSED)
                .hasNotPassedElement(Elements.PAYMENT_OVERDUE)
                .hasNotPassedElement(Elements.WITHDRAW_PUBLICATION)
                .hasPassedElement(Elements.INVESTIGATE, 1)
                .hasPassedElement(Elements.ASSESS_PROPOSAL, 1)
                .hasVariableWithValue(Variables.CASE_NUMBER, CASE_NUMBER)
                .hasNoIncidents()
                .isCompleted();
        assertThat(inboxTasks(instance)).isEmpty();
        assertThat(model.armedTimers(instance)).isEmpty();
    }

    @Test
    void leadOutsideTheUnitsCompetenceIsReferred() {
        long instance = startCase(1002L);
        registerLead();
        verifyLead(LeadFinding.NOT_COMPETENT);
        completeServiceTask(JobTypes.REFER_LEAD, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.REGISTER_LEAD, Elements.VERIFY_LEAD, Elements.LEAD_FINDING_GATEWAY,
                        Elements.REFER_LEAD, Elements.LEAD_REFERRED)
                .hasNotPassedElement(Elements.FILE_CASE_APPROVAL)
                .hasNotPassedElement(Elements.CASE_HANDLING)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void timeBarredLeadIsClosedWithoutACase() {
        long instance = startCase(1003L);
        registerLead();
        verifyLead(LeadFinding.OUT_OF_LIMITATION);
        completeServiceTask(JobTypes.CLOSE_TIME_BARRED_LEAD, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.REGISTER_LEAD, Elements.VERIFY_LEAD, Elements.LEAD_FINDING_GATEWAY,
                        Elements.CLOSE_TIME_BARRED_LEAD, Elements.LEAD_TIME_BARRED)
                .hasNotPassedElement(Elements.FILE_CASE_APPROVAL)
                .hasNotPassedElement(Elements.REFER_LEAD)
                .hasNoIncidents()
                .isCompleted();
        assertThat(jobsCreated(JobTypes.FILE_CASE)).isEmpty();
    }

    @Test
    void headDeclinesToFileTheLead() {
        long instance = startCase(1004L);
        registerLead();
        verifyLead(LeadFinding.FILE);
        completeUserTask(Elements.FILE_CASE_APPROVAL, Map.of(Variables.FILING_APPROVED, false));
        completeServiceTask(JobTypes.DECLINE_TO_FILE, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(
                        Elements.LEAD_RECEIVED, Elements.REGISTER_LEAD, Elements.VERIFY_LEAD,
                        Elements.LEAD_FINDING_GATEWAY, Elements.FILE_CASE_APPROVAL, Elements.FILE_CASE_GATEWAY,
                        Elements.DECLINE_TO_FILE, Elements.LEAD_DECLINED)
                .hasNotPassedElement(Elements.FILE_CASE)
                .hasNotPassedElement(Elements.CASE_HANDLING)
                .hasNotCalledProcess()
                .hasNoIncidents()
                .isCompleted();
        assertThat(jobsCreated(JobTypes.FILE_CASE)).as("no case is filed").isEmpty();
    }

    // --- end of investigation ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = InvestigationOutcome.class, names = {"NO_PENALTY", "NOT_ESTABLISHED"})
    void caseWithoutPenaltyGetsAServedDecisionButNoNoticeCollectionOrPublication(InvestigationOutcome outcome) {
        long instance = startCase(1005L);
        fileCase(decisionClock(reminderAt, dueAt));
        long watcher = watcher(instance);
        completeUserTask(Elements.INVESTIGATE, Map.of());
        reviewInvestigation(outcome);

        assertInstance(instance).isWaitingExactlyAtElements(Elements.ISSUE_DECISION);
        assertWatcher(watcher).isTerminated();
        issueAndServeDecision(false, false);
        closeAndReviewCaseFile();

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.INVESTIGATION_REVIEW, Elements.INVESTIGATION_OUTCOME_GATEWAY,
                        Elements.CONCLUDED_WITHOUT_PENALTY, Elements.CASE_HANDLING, Elements.CASE_OUTCOME_GATEWAY,
                        Elements.ISSUE_DECISION, Elements.SERVE_DECISION, Elements.DECISION_SERVED_FORK,
                        Elements.PAYMENT_GATEWAY, Elements.EXECUTION_MERGE, Elements.CLOSING_MERGE,
                        Elements.CLOSE_CASE, Elements.REVIEW_CASE_FILE, Elements.CASE_CLOSED)
                .hasPassedElementsInOrder(Elements.PUBLICATION_GATEWAY, Elements.PUBLICATION_MERGE,
                        Elements.REVOCABLE_GATEWAY, Elements.FINAL_MERGE, Elements.PUBLICATION_ENDED)
                .hasNotPassedElement(Elements.AWAIT_REVOCATION)
                .hasNotPassedElement(Elements.PROPOSE_PENALTY)
                .hasNotPassedElement(Elements.ISSUE_NOTICE)
                .hasNotPassedElement(Elements.AWAIT_PAYMENT)
                .hasNotPassedElement(Elements.REVIEW_PUBLICATION)
                .hasVariableWithValue(Variables.INVESTIGATION_OUTCOME, outcome.name())
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void endOfInvestigationReviewSendsTheCaseBackForSupplementaryInvestigation() {
        long instance = startCase(1006L);
        fileCase(decisionClock(reminderAt, dueAt));
        completeUserTask(Elements.INVESTIGATE, Map.of());
        reviewInvestigation(InvestigationOutcome.SUPPLEMENT);

        assertInstance(instance)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK);
        toDecisionApproval();
        approveDecision(true);

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.INVESTIGATION_MERGE, Elements.INVESTIGATE,
                        Elements.INVESTIGATION_REVIEW, Elements.INVESTIGATION_OUTCOME_GATEWAY,
                        Elements.INVESTIGATION_MERGE, Elements.INVESTIGATE,
                        Elements.INVESTIGATION_REVIEW, Elements.INVESTIGATION_OUTCOME_GATEWAY, Elements.PROPOSE_PENALTY)
                .hasPassedElement(Elements.INVESTIGATE, 2)
                .isWaitingExactlyAtElements(Elements.ISSUE_DECISION);
    }

    @Test
    void suspectedCrimeWaitsForThePoliceAndTheCaseClosesWhenTheyAccept() {
        long instance = startCase(1007L);
        fileCase(decisionClock(reminderAt, dueAt));
        completeUserTask(Elements.INVESTIGATE, Map.of());
        reviewInvestigation(InvestigationOutcome.SUSPECTED_CRIME);
        completeServiceTask(JobTypes.REPORT_SUSPECTED_CRIME, Map.of());

        // The case waits at the hand-off point, its clock still watched, with nothing in the inbox.
        assertInstance(instance).isWaitingExactlyAtElements(
                Elements.CASE_HANDLING, Elements.AWAIT_TRANSFER_OUTCOME, Elements.WATCH_DECISION_CLOCK);
        assertThat(inboxTasks(instance)).isEmpty();

        publishMessage(Messages.TRANSFER_CONCLUDED, Map.of(Variables.TRANSFER_OUTCOME, TransferOutcome.ACCEPTED.name()));
        assertInstance(instance).isWaitingExactlyAtElements(Elements.CLOSE_CASE);
        closeAndReviewCaseFile();

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.INVESTIGATION_OUTCOME_GATEWAY, Elements.TRANSFER_MERGE,
                        Elements.REPORT_SUSPECTED_CRIME, Elements.AWAIT_TRANSFER_OUTCOME,
                        Elements.TRANSFER_OUTCOME_GATEWAY, Elements.TRANSFERRED_TO_POLICE, Elements.CASE_HANDLING,
                        Elements.CASE_OUTCOME_GATEWAY, Elements.CLOSING_MERGE, Elements.CLOSE_CASE,
                        Elements.REVIEW_CASE_FILE, Elements.CASE_CLOSED)
                .hasNotPassedElement(Elements.ISSUE_DECISION)
                .hasNotPassedElement(Elements.PUBLICATION_GATEWAY)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void legalReviewTransfersTheCaseAndThePoliceSendItBackSoTheInvestigationResumes() {
        long instance = startCase(1008L);
        fileCase(decisionClock(reminderAt, dueAt));
        completeUserTask(Elements.INVESTIGATE, Map.of());
        reviewInvestigation(InvestigationOutcome.PENALTY);
        proposePenalty(true, false, true, false);
        completeUserTask(Elements.LEGAL_REVIEW, Map.of(Variables.LEGAL_REVIEW_OUTCOME, LegalReviewOutcome.TRANSFER.name()));
        completeServiceTask(JobTypes.REPORT_SUSPECTED_CRIME, Map.of());
        publishMessage(Messages.TRANSFER_CONCLUDED, Map.of(Variables.TRANSFER_OUTCOME, TransferOutcome.RETURNED.name()));
        completeServiceTask(JobTypes.RESUME_AFTER_TRANSFER, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.INVESTIGATION_MERGE, Elements.LEGAL_REVIEW,
                        Elements.LEGAL_REVIEW_OUTCOME_GATEWAY, Elements.TRANSFER_MERGE, Elements.REPORT_SUSPECTED_CRIME,
                        Elements.AWAIT_TRANSFER_OUTCOME, Elements.TRANSFER_OUTCOME_GATEWAY,
                        Elements.RESUME_AFTER_TRANSFER, Elements.INVESTIGATION_MERGE)
                .hasNotPassedElement(Elements.TRANSFERRED_TO_POLICE)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK)
                .hasNoIncidents();
    }

    // --- review gate, notice, hearing -------------------------------------------------------------------------------

    @Test
    void majorCaseIsReturnedByLegalReviewDiscussedHeardAndReviewedAgainBeforeTheDecision() {
        long instance = startCase(1009L);
        fileCase(decisionClock(reminderAt, dueAt));
        completeUserTask(Elements.INVESTIGATE, Map.of());
        reviewInvestigation(InvestigationOutcome.PENALTY);

        // Legal review required (a large fine): returned once for supplementary investigation.
        proposePenalty(true, true, true, true);
        completeUserTask(Elements.LEGAL_REVIEW, Map.of(Variables.LEGAL_REVIEW_OUTCOME, LegalReviewOutcome.RETURN.name()));
        assertInstance(instance)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK);
        completeUserTask(Elements.INVESTIGATE, Map.of());
        reviewInvestigation(InvestigationOutcome.PENALTY);
        proposePenalty(true, true, true, true);
        completeUserTask(Elements.LEGAL_REVIEW, Map.of(Variables.LEGAL_REVIEW_OUTCOME, LegalReviewOutcome.AGREE.name()));
        completeUserTask(Elements.COLLECTIVE_DISCUSSION,
                Map.of(Variables.DISCUSSION_OUTCOME, DiscussionOutcome.PROCEED.name()));

        // Notice with the hearing right: the party requests a hearing, after stating their defence.
        serveNotice(true);
        completeUserTask(Elements.RECORD_HEARING_REQUEST, Map.of(Variables.HEARING_REQUESTED, true));
        assertInstance(instance).isWaitingExactlyAtElements(
                Elements.CASE_HANDLING, Elements.HEAR_STATEMENT, Elements.PARTY_WINDOWS_JOIN,
                Elements.WATCH_DECISION_CLOCK);
        completeUserTask(Elements.HEAR_STATEMENT, Map.of());
        completeUserTask(Elements.SCHEDULE_HEARING, Map.of(Variables.HEARING_AT, hearingAt));
        completeUserTask(Elements.HOLD_HEARING, Map.of());

        // After the hearing the review gate again: legal review is mandatory now, no new notice (not heavier).
        assessProposal(true, false, false, true);
        completeUserTask(Elements.LEGAL_REVIEW, Map.of(Variables.LEGAL_REVIEW_OUTCOME, LegalReviewOutcome.AGREE.name()));
        assertInstance(instance).isWaitingExactlyAtElements(
                Elements.CASE_HANDLING, Elements.DECISION_APPROVAL, Elements.WATCH_DECISION_CLOCK);
        approveDecision(true);

        assertInstance(instance)
                // Every pass of each listed element, in order: the return loop, the gate again after the hearing.
                .hasPassedElementsInOrder(
                        Elements.INVESTIGATION_MERGE, Elements.INVESTIGATE, Elements.INVESTIGATION_REVIEW,
                        Elements.PROPOSE_PENALTY, Elements.REVIEW_MERGE, Elements.ASSESS_PROPOSAL,
                        Elements.LEGAL_REVIEW, Elements.LEGAL_REVIEW_OUTCOME_GATEWAY,
                        Elements.INVESTIGATION_MERGE, Elements.INVESTIGATE, Elements.INVESTIGATION_REVIEW,
                        Elements.PROPOSE_PENALTY, Elements.REVIEW_MERGE, Elements.ASSESS_PROPOSAL,
                        Elements.LEGAL_REVIEW, Elements.LEGAL_REVIEW_OUTCOME_GATEWAY, Elements.DISCUSSION_MERGE,
                        Elements.COLLECTIVE_DISCUSSION_GATEWAY, Elements.COLLECTIVE_DISCUSSION, Elements.NOTICE_MERGE,
                        Elements.NOTICE_GATEWAY, Elements.ISSUE_NOTICE, Elements.SERVE_NOTICE,
                        Elements.PARTY_WINDOWS_JOIN, Elements.HEARING_GATEWAY, Elements.SCHEDULE_HEARING,
                        Elements.HOLD_HEARING, Elements.REVIEW_MERGE, Elements.ASSESS_PROPOSAL, Elements.LEGAL_REVIEW,
                        Elements.LEGAL_REVIEW_OUTCOME_GATEWAY, Elements.DISCUSSION_MERGE,
                        Elements.COLLECTIVE_DISCUSSION_GATEWAY, Elements.NOTICE_MERGE, Elements.NOTICE_GATEWAY,
                        Elements.DECISION_MERGE, Elements.DECISION_APPROVAL, Elements.CASE_HANDLED)
                .hasPassedElementsInOrder(Elements.HEARING_RIGHT_GATEWAY, Elements.RECORD_HEARING_REQUEST,
                        Elements.HEARING_MERGE)
                .hasPassedElement(Elements.LEGAL_REVIEW, 3)
                .hasPassedElement(Elements.COLLECTIVE_DISCUSSION, 1)
                .hasPassedElement(Elements.ISSUE_NOTICE, 1)
                .hasPassedElement(Elements.ASSESS_PROPOSAL, 3)
                .isWaitingExactlyAtElements(Elements.ISSUE_DECISION)
                .hasNoIncidents();
    }

    @Test
    void collectiveDiscussionReturnsTheCaseForFurtherInvestigation() {
        long instance = startCase(1010L);
        fileCase(decisionClock(reminderAt, dueAt));
        completeUserTask(Elements.INVESTIGATE, Map.of());
        reviewInvestigation(InvestigationOutcome.PENALTY);
        proposePenalty(false, true, true, false);
        completeUserTask(Elements.COLLECTIVE_DISCUSSION,
                Map.of(Variables.DISCUSSION_OUTCOME, DiscussionOutcome.RETURN.name()));

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.INVESTIGATION_MERGE, Elements.LEGAL_REVIEW_GATEWAY,
                        Elements.DISCUSSION_MERGE,
                        Elements.COLLECTIVE_DISCUSSION_GATEWAY, Elements.COLLECTIVE_DISCUSSION,
                        Elements.DISCUSSION_OUTCOME_GATEWAY, Elements.INVESTIGATION_MERGE)
                .hasNotPassedElement(Elements.LEGAL_REVIEW)
                .hasNotPassedElement(Elements.ISSUE_NOTICE)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK);
    }

    @Test
    void partyWindowsRunOutWithoutStatementOrHearingRequestAndTheCaseProceeds() {
        long instance = startCase(1011L);
        fileCase(decisionClock(reminderAt, dueAt));
        completeUserTask(Elements.INVESTIGATE, Map.of());
        reviewInvestigation(InvestigationOutcome.PENALTY);
        proposePenalty(false, false, true, true);
        serveNotice(true);
        assertThat(model.armedTimers(instance)).containsOnly(
                Map.entry(Elements.STATEMENT_WINDOW_CLOSED, instant(replyDueAt)),
                Map.entry(Elements.HEARING_WINDOW_CLOSED, instant(hearingRequestDueAt)));

        model.advanceTo(instant(replyDueAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.STATEMENT_WINDOW_CLOSED, 1);
        assertInstance(instance).isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.RECORD_HEARING_REQUEST,
                Elements.PARTY_WINDOWS_JOIN, Elements.WATCH_DECISION_CLOCK);
        model.advanceTo(instant(hearingRequestDueAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.HEARING_WINDOW_CLOSED, 1);

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.STATEMENT_WINDOW_CLOSED, Elements.STATEMENT_MERGE)
                .hasPassedElementsInOrder(Elements.HEARING_WINDOW_CLOSED, Elements.HEARING_MERGE,
                        Elements.PARTY_WINDOWS_JOIN, Elements.HEARING_GATEWAY, Elements.DECISION_MERGE)
                .hasNotPassedElement(Elements.SCHEDULE_HEARING)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.DECISION_APPROVAL, Elements.WATCH_DECISION_CLOCK)
                .hasNoIncidents();
        assertThat(inboxTasks(instance)).containsExactly(Elements.DECISION_APPROVAL);
        assertThat(variableNames(instance)).doesNotContain(Variables.HEARING_REQUESTED);
    }

    @Test
    void decisionApprovalReturnsCaseForFurtherInvestigation() {
        long instance = startCase(1012L);
        // A clock without a due-soon reminder (reminderAt null): the watcher only escalates.
        fileCase(decisionClock(null, dueAt));
        long watcher = watcher(instance);
        assertThat(model.processVariable(watcher, StatutoryClockProcess.Variables.REMINDER_AT)).isNull();
        assertWatcher(watcher).hasNoIncidents().isWaitingExactlyAtElements(StatutoryClockProcess.Elements.AWAIT_DUE);

        toDecisionApproval();
        approveDecision(false);
        assertInstance(instance)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK)
                .hasNotPassedElement(Elements.CASE_HANDLED);
        assertThat(inboxTasks(instance)).containsExactly(Elements.INVESTIGATE);

        // The second proposal is already covered by the served notice: straight to the decision.
        completeUserTask(Elements.INVESTIGATE, Map.of());
        reviewInvestigation(InvestigationOutcome.PENALTY);
        proposePenalty(false, false, false, false);
        approveDecision(true);
        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.INVESTIGATION_MERGE, Elements.ISSUE_NOTICE,
                        Elements.DECISION_APPROVAL, Elements.DECISION_GATEWAY, Elements.INVESTIGATION_MERGE,
                        Elements.DECISION_APPROVAL, Elements.DECISION_GATEWAY, Elements.CASE_HANDLED)
                .hasPassedElement(Elements.ASSESS_PROPOSAL, 2)
                .hasPassedElement(Elements.NOTICE_GATEWAY, 2)
                .hasPassedElement(Elements.ISSUE_NOTICE, 1)
                .hasPassedElement(Elements.CASE_HANDLING_FORK, 1)
                .isWaitingExactlyAtElements(Elements.ISSUE_DECISION);
        // One watcher for the whole case handling: returning the case does not start another one.
        assertThat(watcher(instance)).isEqualTo(watcher);
        assertWatcher(watcher).isTerminated();
    }

    // --- execution and publication ----------------------------------------------------------------------------------

    @Test
    void approvedDeferralMovesThePaymentDeadlineThenLatePaymentIsRemindedAndGoesToCourt() {
        long instance = startCase(1013L);
        fileCase(decisionClock(reminderAt, dueAt));
        toDecisionApproval();
        approveDecision(true);
        issueAndServeDecision(true, false);
        assertThat(executionTimers(instance)).containsOnly(Map.entry(Elements.PAYMENT_OVERDUE, instant(paymentDueAt)));

        // The party applies for a deferral; the head approves a new deadline and the timer follows it.
        publishMessage(Messages.DEFERRAL_REQUESTED, Map.of());
        assertThat(executionTimers(instance)).isEmpty();
        String deferredTo = at(Duration.ofDays(140));
        completeUserTask(Elements.APPROVE_DEFERRAL, Map.of(Variables.PAYMENT_DUE_AT, deferredTo));
        paymentDueAt = deferredTo;
        assertThat(executionTimers(instance)).containsOnly(Map.entry(Elements.PAYMENT_OVERDUE, instant(deferredTo)));

        model.advanceTo(instant(deferredTo).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.PAYMENT_OVERDUE, 1);
        completeUserTask(Elements.REMIND_PAYMENT, Map.of(
                Variables.ENFORCEMENT_OPENS_AT, enforcementOpensAt, Variables.ENFORCEMENT_DUE_AT, enforcementDueAt));
        assertThat(executionTimers(instance))
                .containsOnly(Map.entry(Elements.ENFORCEMENT_WINDOW_OPENED, instant(enforcementOpensAt)));

        model.advanceTo(instant(enforcementOpensAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.ENFORCEMENT_WINDOW_OPENED, 1);
        completeUserTask(Elements.APPLY_FOR_COURT_ENFORCEMENT, Map.of());
        closeAndReviewCaseFile();
        decisionBecomesFinal(instance);

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.PAYMENT_GATEWAY, Elements.PAYMENT_MERGE, Elements.AWAIT_PAYMENT,
                        Elements.DEFERRAL_REQUESTED, Elements.APPROVE_DEFERRAL, Elements.PAYMENT_MERGE,
                        Elements.AWAIT_PAYMENT, Elements.PAYMENT_OVERDUE, Elements.REMIND_PAYMENT,
                        Elements.AWAIT_PAYMENT_AFTER_REMINDER, Elements.ENFORCEMENT_WINDOW_OPENED,
                        Elements.APPLY_FOR_COURT_ENFORCEMENT, Elements.EXECUTION_MERGE, Elements.CLOSE_CASE,
                        Elements.REVIEW_CASE_FILE, Elements.CASE_CLOSED)
                .hasPassedElement(Elements.PAYMENT_OVERDUE, 1)
                .hasNotPassedElement(Elements.PAYMENT_SETTLED)
                .hasNotPassedElement(Elements.REVIEW_PUBLICATION)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void paymentAfterTheReminderClosesTheCaseWithoutCourtEnforcement() {
        long instance = startCase(1014L);
        fileCase(decisionClock(reminderAt, dueAt));
        toDecisionApproval();
        approveDecision(true);
        issueAndServeDecision(true, false);
        model.advanceTo(instant(paymentDueAt).plus(Duration.ofMinutes(1)));
        model.awaitTimerTriggered(Elements.PAYMENT_OVERDUE, 1);
        completeUserTask(Elements.REMIND_PAYMENT, Map.of(
                Variables.ENFORCEMENT_OPENS_AT, enforcementOpensAt, Variables.ENFORCEMENT_DUE_AT, enforcementDueAt));

        publishMessage(Messages.PAYMENT_SETTLED, Map.of());
        assertThat(executionTimers(instance)).isEmpty();
        closeAndReviewCaseFile();
        decisionBecomesFinal(instance);

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.REMIND_PAYMENT, Elements.AWAIT_PAYMENT_AFTER_REMINDER,
                        Elements.PAYMENT_SETTLED_AFTER_REMINDER, Elements.EXECUTION_MERGE, Elements.CLOSE_CASE)
                .hasNotPassedElement(Elements.APPLY_FOR_COURT_ENFORCEMENT)
                .hasNoIncidents()
                .isCompleted();
    }

    @Test
    void revokedDecisionWithdrawsThePublicationAndEndsTheCase() {
        long instance = startCase(1015L);
        fileCase(decisionClock(reminderAt, dueAt));
        toDecisionApproval();
        approveDecision(true);
        issueAndServeDecision(true, true);
        publishDecision();
        assertInstance(instance).isWaitingExactlyAtElements(Elements.AWAIT_PAYMENT, Elements.AWAIT_REVOCATION);

        publishMessage(Messages.DECISION_REVOKED, Map.of());
        completeServiceTask(JobTypes.WITHDRAW_PUBLICATION, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.PUBLISH_DECISION, Elements.AWAIT_REVOCATION,
                        Elements.DECISION_REVOKED, Elements.WITHDRAW_PUBLICATION, Elements.PUBLICATION_WITHDRAWN)
                .hasNotPassedElement(Elements.PAYMENT_SETTLED)
                .hasNotPassedElement(Elements.CLOSE_CASE)
                .hasNoIncidents()
                .isCompleted();
        assertThat(elementTerminated(instance, Elements.AWAIT_PAYMENT)).as("execution ends with the revocation").isTrue();
        assertThat(model.armedTimers(instance)).isEmpty();
    }

    @Test
    void aDecisionRevokedWhileItsPublicationIsReviewedIsNeverPublished() {
        long instance = startCase(1016L);
        fileCase(decisionClock(reminderAt, dueAt));
        toDecisionApproval();
        approveDecision(true);
        issueAndServeDecision(true, true);
        assertInstance(instance).isWaitingExactlyAtElements(Elements.AWAIT_PAYMENT, Elements.REVIEW_PUBLICATION);

        publishMessage(Messages.DECISION_REVOKED, Map.of());
        completeServiceTask(JobTypes.WITHDRAW_PUBLICATION, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.REVOKED_DURING_PUBLICATION_REVIEW, Elements.REVOCATION_MERGE,
                        Elements.WITHDRAW_PUBLICATION, Elements.PUBLICATION_WITHDRAWN)
                .hasNotPassedElement(Elements.REVIEW_PUBLICATION)
                .hasNotPassedElement(Elements.PUBLISH_DECISION)
                .hasNoIncidents()
                .isCompleted();
        assertThat(inboxTasks(instance)).isEmpty();
    }

    @Test
    void aPenaltyNotToBePublishedMayStillBeRevokedUntilFinal() {
        long instance = startCase(1017L);
        fileCase(decisionClock(reminderAt, dueAt));
        toDecisionApproval();
        approveDecision(true);
        issueAndServeDecision(true, false);
        assertInstance(instance).isWaitingExactlyAtElements(Elements.AWAIT_PAYMENT, Elements.AWAIT_REVOCATION);

        publishMessage(Messages.DECISION_REVOKED, Map.of());
        completeServiceTask(JobTypes.WITHDRAW_PUBLICATION, Map.of());

        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.PUBLICATION_GATEWAY, Elements.PUBLICATION_MERGE,
                        Elements.REVOCABLE_GATEWAY, Elements.AWAIT_REVOCATION, Elements.DECISION_REVOKED,
                        Elements.REVOCATION_MERGE, Elements.WITHDRAW_PUBLICATION, Elements.PUBLICATION_WITHDRAWN)
                .hasNotPassedElement(Elements.REVIEW_PUBLICATION)
                .hasNoIncidents()
                .isCompleted();
        assertThat(elementTerminated(instance, Elements.AWAIT_PAYMENT)).as("execution ends with the revocation").isTrue();
    }

    // --- the case.decide watcher ------------------------------------------------------------------------------------

    @Test
    void decisionApprovedInTimeEndsTheClockWatcher() {
        long instance = startCase(1016L);
        fileCase(decisionClock(reminderAt, dueAt));

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
        assertThat(model.armedTimers(watcher)).containsOnly(
                Map.entry(StatutoryClockProcess.Elements.REMINDER_TIMER, instant(reminderAt)),
                Map.entry(StatutoryClockProcess.Elements.DUE_TIMER, instant(dueAt)));

        toDecisionApproval();
        approveDecision(true);

        assertInstance(instance).isWaitingExactlyAtElements(Elements.ISSUE_DECISION);
        assertThat(elementTerminated(instance, Elements.WATCH_DECISION_CLOCK)).as("watchDecisionClock terminated")
                .isTrue();
        assertWatcher(watcher)
                .hasNotPassedElement(StatutoryClockProcess.Elements.SEND_REMINDER)
                .hasNotPassedElement(StatutoryClockProcess.Elements.ESCALATE_OVERDUE)
                .hasNoIncidents()
                .isTerminated();
        assertThat(model.cancelledTimers(watcher)).containsExactlyInAnyOrder(instant(reminderAt), instant(dueAt));
        assertThat(model.processVariable(instance, Variables.DECISION_CLOCK)).isEqualTo(decisionClock(reminderAt, dueAt));
        assertThat(variableNames(instance)).doesNotContain(Variables.DECISION_ESCALATED_FOR);

        // The clock's instants pass: the terminated watcher neither reminds nor escalates.
        model.advanceTo(instant(dueAt).plus(Duration.ofDays(1)));
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.REMIND)).isEmpty();
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.ESCALATE)).isEmpty();
    }

    @Test
    void overdueDecisionIsRemindedThenEscalatedAndTheApprovalWithdrawsTheEscalation() {
        long instance = startCase(1017L);
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
        assertThat(inboxTasks(instance)).containsExactly(Elements.INVESTIGATE);

        // Due: the watcher escalates and ends; the head of the unit gets the escalation while the case goes on.
        model.advanceTo(instant(dueAt).minus(Duration.ofMinutes(1)));
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.ESCALATE)).as("no escalation before dueAt").isEmpty();
        escalate(dueAt);
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
                .hasNoIncidents();
        assertThat(model.processVariable(instance, Variables.DECISION_ESCALATED_FOR)).isEqualTo(dueAt);
        assertThat(variableNames(instance)).as("only escalatedFor comes back, renamed").doesNotContain(
                StatutoryClockProcess.Variables.ESCALATED_FOR, StatutoryClockProcess.Variables.REMINDED_FOR,
                StatutoryClockProcess.Variables.CLOCK_ID, StatutoryClockProcess.Variables.DUE_AT);
        assertThat(inboxTasks(instance))
                .containsExactlyInAnyOrder(Elements.INVESTIGATE, Elements.ESCALATE_OVERDUE_DECISION);
        ActivatedJob escalationTask = inboxTask(Elements.ESCALATE_OVERDUE_DECISION);

        // The case goes on; approving the decision ends the case handling and withdraws the open escalation.
        toDecisionApproval();
        approveDecision(true);
        assertInstance(instance).isWaitingExactlyAtElements(Elements.ISSUE_DECISION);
        assertThat(elementTerminated(instance, Elements.ESCALATE_OVERDUE_DECISION))
                .as("escalation terminated by the terminate end caseHandled").isTrue();
        assertThat(jobRecords(JobIntent.CANCELED).stream().map(r -> r.getValue().getElementId()))
                .as("escalation job cancelled").contains(Elements.ESCALATE_OVERDUE_DECISION);
        assertThat(inboxTasks(instance)).isEmpty();
        // What the inbox sees when it completes the withdrawn task: "job not found" = withdrawn.
        assertThatThrownBy(() -> client.newCompleteCommand(escalationTask).send().join())
                .isInstanceOfSatisfying(ClientStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(Status.Code.NOT_FOUND));
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.REMIND)).hasSize(1);
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.ESCALATE)).hasSize(1);
    }

    @Test
    void escalationHandledBeforeTheDecision() {
        long instance = startCase(1018L);
        fileCase(decisionClock(null, dueAt));
        escalate(dueAt);

        completeUserTask(Elements.ESCALATE_OVERDUE_DECISION, Map.of());
        assertInstance(instance)
                .hasPassedElementsInOrder(Elements.WATCH_DECISION_CLOCK, Elements.DECISION_OVERDUE_GATEWAY,
                        Elements.ESCALATE_OVERDUE_DECISION, Elements.ESCALATION_HANDLED)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE)
                .hasNoIncidents();
        toDecisionApproval();
        approveDecision(true);
        assertInstance(instance).isWaitingExactlyAtElements(Elements.ISSUE_DECISION).hasNoIncidents();
    }

    @Test
    void decisionClockStoppedWhileTheCaseIsHandledEndsTheWatcherWithoutEscalation() {
        long instance = startCase(1019L);
        fileCase(decisionClock(reminderAt, dueAt));
        long watcher = watcher(instance);
        completeUserTask(Elements.INVESTIGATE, Map.of());

        // Day 30: the domain stops the case.decide clock (here: while the case waits for the police).
        reviewInvestigation(InvestigationOutcome.SUSPECTED_CRIME);
        completeServiceTask(JobTypes.REPORT_SUSPECTED_CRIME, Map.of());
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
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.AWAIT_TRANSFER_OUTCOME)
                .hasNoIncidents();
        // The watcher never set escalatedFor: the output mapping yields null (no incident), so "not overdue".
        assertThat(variableNames(instance)).contains(Variables.DECISION_ESCALATED_FOR);
        assertThat(model.processVariable(instance, Variables.DECISION_ESCALATED_FOR)).isNull();

        model.advanceTo(instant(dueAt).plus(Duration.ofDays(1)));
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.REMIND)).isEmpty();
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.ESCALATE)).isEmpty();
    }

    @Test
    void movedDecisionClockReArmsTheWatcherSoOnlyTheNewDueInstantEscalates() {
        long instance = startCase(1020L);
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

        // The original instants pass: no reminder, no escalation.
        model.advanceTo(instant(dueAt).plus(Duration.ofDays(1)));
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.REMIND)).as("no reminder at the old reminderAt").isEmpty();
        assertThat(jobsCreated(StatutoryClockProcess.JobTypes.ESCALATE)).as("no escalation at the old dueAt").isEmpty();
        assertInstance(instance)
                .isWaitingExactlyAtElements(Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.WATCH_DECISION_CLOCK);

        // The moved instants remind and escalate.
        assertThat(sendReminder(movedReminderAt).getVariablesAsMap())
                .containsEntry(StatutoryClockProcess.Variables.REMINDER_AT, movedReminderAt);
        assertThat(escalate(movedDueAt).getVariablesAsMap())
                .containsEntry(StatutoryClockProcess.Variables.DUE_AT, movedDueAt);
        assertThat(model.processVariable(instance, Variables.DECISION_ESCALATED_FOR)).isEqualTo(movedDueAt);
        assertInstance(instance)
                .isWaitingExactlyAtElements(
                        Elements.CASE_HANDLING, Elements.INVESTIGATE, Elements.ESCALATE_OVERDUE_DECISION)
                .hasNoIncidents();
    }

    @Test
    void userTaskHeadersAreWhatTheInboxBridgeReads() {
        long instance = startCase(1021L);
        registerLead();
        ActivatedJob verification = inboxTask(Elements.VERIFY_LEAD);
        assertThat(verification.getCustomHeaders())
                .containsEntry(HEADER_CANDIDATE_GROUPS, "[\"" + Roles.OFFICER + "@" + UNIT_PATH + "\"]")
                .containsEntry(HEADER_FORM_KEY, Forms.LEAD_VERIFICATION);
        assertThat(verification.getType()).isEqualTo(JobTypes.USER_TASK);
        assertThat(verification.getProcessInstanceKey()).isEqualTo(instance);
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

    private void registerLead() {
        completeServiceTask(JobTypes.REGISTER_LEAD, Map.of(Variables.LEAD_VERIFY_DUE, leadVerifyDue));
    }

    private void verifyLead(LeadFinding finding) {
        completeUserTask(Elements.VERIFY_LEAD, Map.of(Variables.LEAD_FINDING, finding.name()));
    }

    /** Registers and verifies the lead, the head approves filing, and fileCase returns the case and its clock. */
    private void fileCase(Map<String, Object> decisionClock) {
        registerLead();
        verifyLead(LeadFinding.FILE);
        completeUserTask(Elements.FILE_CASE_APPROVAL, Map.of(Variables.FILING_APPROVED, true));
        completeServiceTask(JobTypes.FILE_CASE, Map.of(
                Variables.CASE_ID, 501L,
                Variables.CASE_NUMBER, CASE_NUMBER,
                Variables.DECISION_CLOCK, decisionClock));
    }

    private void reviewInvestigation(InvestigationOutcome outcome) {
        completeUserTask(Elements.INVESTIGATION_REVIEW, Map.of(Variables.INVESTIGATION_OUTCOME, outcome.name()));
    }

    /** The officer proposes; assessProposal returns what the rules require. */
    private void proposePenalty(boolean legalReview, boolean discussion, boolean notice, boolean hearingRight) {
        completeUserTask(Elements.PROPOSE_PENALTY, Map.of());
        assessProposal(legalReview, discussion, notice, hearingRight);
    }

    private void assessProposal(boolean legalReview, boolean discussion, boolean notice, boolean hearingRight) {
        Map<String, Object> assessment = new HashMap<>();
        assessment.put(Variables.LEGAL_REVIEW_REQUIRED, legalReview);
        assessment.put(Variables.LEGAL_REVIEW_DUE_AT, legalReview ? legalReviewDueAt : null);
        assessment.put(Variables.COLLECTIVE_DISCUSSION_REQUIRED, discussion);
        assessment.put(Variables.NOTICE_REQUIRED, notice);
        assessment.put(Variables.HEARING_QUALIFIES, hearingRight);
        completeServiceTask(JobTypes.ASSESS_PROPOSAL, assessment);
    }

    /** issueNotice renders the notice; the officer records its service and the party's windows start (now). */
    private void serveNotice(boolean hearingRight) {
        completeServiceTask(JobTypes.ISSUE_NOTICE, Map.of());
        replyDueAt = fromNow(Duration.ofDays(7));
        hearingRequestDueAt = fromNow(Duration.ofDays(8));
        Map<String, Object> windows = new HashMap<>();
        windows.put(Variables.REPLY_DUE_AT, replyDueAt);
        windows.put(Variables.HEARING_REQUEST_DUE_AT, hearingRight ? hearingRequestDueAt : null);
        completeUserTask(Elements.SERVE_NOTICE, Map.of(Variables.PARTY_WINDOWS, windows));
    }

    /** A routine case from the investigation to the decision approval: no review, notice without hearing right. */
    private void toDecisionApproval() {
        completeUserTask(Elements.INVESTIGATE, Map.of());
        reviewInvestigation(InvestigationOutcome.PENALTY);
        proposePenalty(false, false, true, false);
        serveNotice(false);
        completeUserTask(Elements.HEAR_STATEMENT, Map.of());
    }

    private void approveDecision(boolean approved) {
        completeUserTask(Elements.DECISION_APPROVAL, Map.of(Variables.DECISION_APPROVED, approved));
    }

    private void issueAndServeDecision(boolean payment, boolean publication) {
        completeServiceTask(JobTypes.ISSUE_DECISION, Map.of(Variables.DECISION_SERVE_DUE_AT, decisionServeDueAt));
        Map<String, Object> served = new HashMap<>();
        served.put(Variables.PAYMENT_REQUIRED, payment);
        served.put(Variables.PAYMENT_DUE_AT, payment ? paymentDueAt : null);
        served.put(Variables.PUBLICATION_REQUIRED, publication);
        served.put(Variables.PUBLICATION_DUE_AT, publication ? publicationDueAt : null);
        served.put(Variables.DECISION_FINAL_AT, decisionFinalAt);
        completeUserTask(Elements.SERVE_DECISION, served);
    }

    /** The armed timers but the decision's finality, which a penalty decision awaits whether published or not. */
    private Map<String, Instant> executionTimers(long instance) {
        Map<String, Instant> armed = new HashMap<>(model.armedTimers(instance));
        armed.remove(Elements.DECISION_FINAL);
        return armed;
    }

    /** The review and lawsuit windows pass: nothing can revoke the decision any more. */
    private void decisionBecomesFinal(long instance) {
        if (model.armedTimers(instance).containsKey(Elements.DECISION_FINAL)) {
            model.advanceTo(instant(decisionFinalAt).plus(Duration.ofMinutes(1)));
            model.awaitTimerTriggered(Elements.DECISION_FINAL, 1);
        }
    }

    private void publishDecision() {
        completeUserTask(Elements.REVIEW_PUBLICATION, Map.of());
        completeServiceTask(JobTypes.PUBLISH_DECISION, Map.of());
    }

    private void closeAndReviewCaseFile() {
        completeServiceTask(JobTypes.CLOSE_CASE, Map.of());
        completeUserTask(Elements.REVIEW_CASE_FILE, Map.of());
    }

    /** A message of the case, correlated by its case number. */
    private void publishMessage(String name, Map<String, Object> variables) {
        client.newPublishMessageCommand().messageName(name).correlationKey(CASE_NUMBER).variables(variables)
                .send().join();
        model.idle();
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
        assertUserTaskHeaders(job);
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

    /** Candidate group, due date and form key as {@link #tasks} expects for the task's element. */
    private void assertUserTaskHeaders(ActivatedJob job) {
        TaskSpec spec = tasks.get(job.getElementId());
        assertThat(spec).as("expected headers of %s", job.getElementId()).isNotNull();
        assertThat(job.getType()).isEqualTo(JobTypes.USER_TASK);
        Map<String, String> headers = job.getCustomHeaders();
        List<String> groups;
        try {
            groups = json.readValue(headers.get(HEADER_CANDIDATE_GROUPS), new TypeReference<>() {});
        } catch (Exception e) {
            throw new AssertionError("candidate groups of " + job.getElementId(), e);
        }
        assertThat(groups).as("candidate groups of %s", job.getElementId()).containsExactly(spec.role() + "@" + UNIT_PATH);
        String due = spec.due().get();
        if (due == null) {
            assertThat(headers).as("no due date on %s", job.getElementId()).doesNotContainKey(HEADER_DUE_DATE);
        } else {
            assertThat(OffsetDateTime.parse(headers.get(HEADER_DUE_DATE)).toInstant())
                    .as("due date of %s (%s)", job.getElementId(), headers.get(HEADER_DUE_DATE))
                    .isEqualTo(instant(due));
        }
        assertThat(headers.get(HEADER_FORM_KEY)).as("form key of %s", job.getElementId()).isEqualTo(spec.form());
        assertThat(job).hasBpmnProcessId(PenaltyCaseProcess.PROCESS_ID);
    }

    /** A clock instant {@code offset} after the engine's current time, as the domain formats it. */
    private String fromNow(Duration offset) {
        return OffsetDateTime.ofInstant(model.engineNow().truncatedTo(ChronoUnit.SECONDS).plus(offset), CHINA)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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
