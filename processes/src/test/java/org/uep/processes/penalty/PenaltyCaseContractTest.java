package org.uep.processes.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.TerminateEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeAssignmentDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskSchedule;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uep.processes.clock.StatutoryClockProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Roles;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/**
 * Checks {@code bpmn/penalty-case.bpmn} against its contract class {@link PenaltyCaseProcess} and the conventions
 * of BPMN-STYLE.md, without running the engine.
 */
class PenaltyCaseContractTest {

    /** {@code =["<role>@" + unitPath]}: one candidate group, role in this unit (ARCHITECTURE.md, inbox). */
    private static final Pattern CANDIDATE_GROUPS =
            Pattern.compile("^=\\[\"([a-z-]+)@\" \\+ " + Variables.UNIT_PATH + "]$");
    /** The due dates a user task may have: its step's clock. */
    private static final Set<String> DUE_DATES = Set.of(
            "=" + Variables.LEAD_VERIFY_DUE,
            "=" + Variables.DECISION_CLOCK + "." + StatutoryClockProcess.Variables.DUE_AT,
            "=" + Variables.LEGAL_REVIEW_DUE_AT,
            "=" + Variables.PARTY_WINDOWS + "." + Variables.REPLY_DUE_AT,
            "=" + Variables.PARTY_WINDOWS + "." + Variables.HEARING_REQUEST_DUE_AT,
            "=" + Variables.HEARING_AT,
            "=" + Variables.DECISION_SERVE_DUE_AT,
            "=" + Variables.PAYMENT_DUE_AT,
            "=" + Variables.ENFORCEMENT_DUE_AT,
            "=" + Variables.PUBLICATION_DUE_AT);
    /** User tasks of a step without a statutory clock, so without a due date. */
    private static final Set<String> WITHOUT_CLOCK = Set.of(Elements.REVIEW_CASE_FILE);
    /** FEEL contexts and their fields: decisionClock holds the start variables of the statutory clock watcher. */
    private static final Map<String, Set<String>> CONTEXT_FIELDS = Map.of(
            Variables.DECISION_CLOCK, Set.of(StatutoryClockProcess.Variables.CLOCK_ID,
                    StatutoryClockProcess.Variables.REMINDER_AT, StatutoryClockProcess.Variables.DUE_AT),
            Variables.PARTY_WINDOWS, Set.of(Variables.REPLY_DUE_AT, Variables.HEARING_REQUEST_DUE_AT));
    /** Variables whose values are an outcome enum of the contract: conditions compare them with its constants. */
    private static final Map<String, Class<? extends Enum<?>>> OUTCOMES = Map.of(
            Variables.LEAD_FINDING, PenaltyCaseProcess.LeadFinding.class,
            Variables.INVESTIGATION_OUTCOME, PenaltyCaseProcess.InvestigationOutcome.class,
            Variables.LEGAL_REVIEW_OUTCOME, PenaltyCaseProcess.LegalReviewOutcome.class,
            Variables.DISCUSSION_OUTCOME, PenaltyCaseProcess.DiscussionOutcome.class,
            Variables.TRANSFER_OUTCOME, PenaltyCaseProcess.TransferOutcome.class);
    /** {@code name = "VALUE"} in a condition. */
    private static final Pattern OUTCOME_COMPARISON = Pattern.compile("([A-Za-z]+) = \"([A-Z_]+)\"");
    private static final Pattern CAMEL_CASE_ID = Pattern.compile("^[a-z][A-Za-z0-9]*$");
    /** A string literal, or a name; group 1 is the dot of a path ({@code decisionClock.dueAt}), group 2 the name. */
    private static final Pattern FEEL_NAME = Pattern.compile("\"[^\"]*\"|(\\.)?([A-Za-z_][A-Za-z0-9_]*)");
    private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "and", "or", "not");

    private static BpmnModelInstance model;
    private static Process process;

    @BeforeAll
    static void readModel() throws Exception {
        try (InputStream in = PenaltyCaseContractTest.class.getClassLoader()
                .getResourceAsStream(PenaltyCaseProcess.RESOURCE)) {
            assertThat(in).as("classpath resource %s", PenaltyCaseProcess.RESOURCE).isNotNull();
            model = Bpmn.readModelFromStream(in);
        }
        Bpmn.validateModel(model);
        process = model.getModelElementById(PenaltyCaseProcess.PROCESS_ID);
    }

    @Test
    void processHasTheContractIdAndIsExecutable() {
        assertThat(process).as("process %s", PenaltyCaseProcess.PROCESS_ID).isNotNull();
        assertThat(process.isExecutable()).isTrue();
        assertThat(process.getName()).isEqualTo("行政处罚案件 Penalty case");
        assertThat(model.getModelElementsByType(Process.class)).as("one process per file").hasSize(1);
    }

    @Test
    void everyElementConstantExistsInTheModel() {
        for (String id : constants(Elements.class)) {
            BaseElement element = model.getModelElementById(id);
            assertThat(element).as("element %s of PenaltyCaseProcess.Elements", id).isNotNull();
            assertThat(element).as(id).isInstanceOf(FlowNode.class);
        }
    }

    @Test
    void elementsHaveTheKindTheContractDescribes() {
        BaseElement caseHandling = element(Elements.CASE_HANDLING);
        BaseElement fileCaseGateway = element(Elements.FILE_CASE_GATEWAY);
        BaseElement decisionGateway = element(Elements.DECISION_GATEWAY);
        assertThat(caseHandling).isInstanceOf(SubProcess.class);
        assertThat(fileCaseGateway).isInstanceOf(ExclusiveGateway.class);
        assertThat(decisionGateway).isInstanceOf(ExclusiveGateway.class);
        BaseElement decisionOverdueGateway = element(Elements.DECISION_OVERDUE_GATEWAY);
        BaseElement watchDecisionClock = element(Elements.WATCH_DECISION_CLOCK);
        assertThat(decisionOverdueGateway).isInstanceOf(ExclusiveGateway.class);
        assertThat(watchDecisionClock).isInstanceOf(CallActivity.class);
        for (String id : List.of(Elements.CASE_HANDLING_STARTED, Elements.CASE_HANDLING_FORK,
                Elements.INVESTIGATION_MERGE, Elements.INVESTIGATE, Elements.DECISION_APPROVAL,
                Elements.DECISION_GATEWAY, Elements.CASE_HANDLED, Elements.WATCH_DECISION_CLOCK,
                Elements.DECISION_OVERDUE_GATEWAY, Elements.DECISION_CLOCK_MET, Elements.ESCALATE_OVERDUE_DECISION,
                Elements.ESCALATION_HANDLED)) {
            assertThat(element(id).getParentElement()).as("%s inside caseHandling", id).isSameAs(caseHandling);
        }

        // caseHandling forks into the case work and the watcher of the case.decide clock.
        FlowNode fork = element(Elements.CASE_HANDLING_FORK);
        assertThat(fork).isInstanceOf(ParallelGateway.class);
        assertThat(fork.getIncoming()).singleElement()
                .satisfies(flow -> assertThat(flow.getSource().getId()).isEqualTo(Elements.CASE_HANDLING_STARTED));
        assertThat(fork.getOutgoing()).extracting(flow -> flow.getTarget().getId())
                .containsExactlyInAnyOrder(Elements.INVESTIGATION_MERGE, Elements.WATCH_DECISION_CLOCK);
        FlowNode watch = element(Elements.WATCH_DECISION_CLOCK);
        assertThat(watch.getOutgoing()).singleElement()
                .satisfies(flow -> assertThat(flow.getTarget().getId()).isEqualTo(Elements.DECISION_OVERDUE_GATEWAY));
        FlowNode overdue = element(Elements.DECISION_OVERDUE_GATEWAY);
        assertThat(overdue.getOutgoing()).extracting(flow -> flow.getTarget().getId())
                .containsExactlyInAnyOrder(Elements.ESCALATE_OVERDUE_DECISION, Elements.DECISION_CLOCK_MET);

        // Approving the decision ends caseHandling, watcher and escalation included.
        EndEvent caseHandled = element(Elements.CASE_HANDLED);
        assertThat(caseHandled.getEventDefinitions()).singleElement().isInstanceOf(TerminateEventDefinition.class);
        for (String id : List.of(Elements.CONCLUDED_WITHOUT_PENALTY, Elements.TRANSFERRED_TO_POLICE)) {
            EndEvent end = element(id);
            assertThat(end.getEventDefinitions()).as(id).singleElement().isInstanceOf(TerminateEventDefinition.class);
            assertThat(end.getParentElement()).as("%s ends caseHandling only", id).isSameAs(caseHandling);
        }
        // The case ends normally (publication may still wait for the decision to become final) unless revoked.
        EndEvent caseClosed = element(Elements.CASE_CLOSED);
        assertThat(caseClosed.getEventDefinitions()).isEmpty();
        EndEvent withdrawn = element(Elements.PUBLICATION_WITHDRAWN);
        assertThat(withdrawn.getEventDefinitions()).singleElement().isInstanceOf(TerminateEventDefinition.class);

        // The case.decide clock is the watcher's: no timer reads decisionClock; the party windows interrupt only
        // their own tasks, a revocation only the publication's review.
        model.getModelElementsByType(TimerEventDefinition.class).forEach(timer -> assertThat(
                timer.getTimeDate().getTextContent()).doesNotContain(Variables.DECISION_CLOCK));
        assertThat(model.getModelElementsByType(BoundaryEvent.class)).extracting(b -> b.getAttachedTo().getId())
                .containsExactlyInAnyOrder(Elements.HEAR_STATEMENT, Elements.RECORD_HEARING_REQUEST,
                        Elements.REVIEW_PUBLICATION);
    }

    @Test
    void decisionClockIsWatchedByTheStatutoryClockProcess() throws Exception {
        CallActivity watch = element(Elements.WATCH_DECISION_CLOCK);
        ZeebeCalledElement called = watch.getSingleExtensionElement(ZeebeCalledElement.class);
        assertThat(called).as("zeebe:calledElement of %s", watch.getId()).isNotNull();
        assertThat(called.getProcessId()).isEqualTo(StatutoryClockProcess.PROCESS_ID);
        assertThat(called.isPropagateAllParentVariablesEnabled()).as("only the clock goes down").isFalse();
        assertThat(called.isPropagateAllChildVariablesEnabled()).as("only escalatedFor comes back").isFalse();

        ZeebeIoMapping mapping = watch.getSingleExtensionElement(ZeebeIoMapping.class);
        assertThat(mapping).as("zeebe:ioMapping of %s", watch.getId()).isNotNull();
        String clock = "=" + Variables.DECISION_CLOCK + ".";
        assertThat(targetToSource(mapping.getInputs())).containsExactlyInAnyOrderEntriesOf(Map.of(
                StatutoryClockProcess.Variables.CLOCK_ID, clock + StatutoryClockProcess.Variables.CLOCK_ID,
                StatutoryClockProcess.Variables.REMINDER_AT, clock + StatutoryClockProcess.Variables.REMINDER_AT,
                StatutoryClockProcess.Variables.DUE_AT, clock + StatutoryClockProcess.Variables.DUE_AT));
        assertThat(targetToSource(mapping.getOutputs())).containsExactlyInAnyOrderEntriesOf(Map.of(
                Variables.DECISION_ESCALATED_FOR, "=" + StatutoryClockProcess.Variables.ESCALATED_FOR));

        // The called process is one of ours, in the same module.
        try (InputStream in = PenaltyCaseContractTest.class.getClassLoader()
                .getResourceAsStream(StatutoryClockProcess.RESOURCE)) {
            assertThat(in).as("classpath resource %s", StatutoryClockProcess.RESOURCE).isNotNull();
            BpmnModelInstance clockModel = Bpmn.readModelFromStream(in);
            assertThat(clockModel.<BaseElement>getModelElementById(StatutoryClockProcess.PROCESS_ID))
                    .isInstanceOf(Process.class);
        }
    }

    @Test
    void serviceTaskJobTypesAreExactlyTheContractJobTypes() {
        Set<String> inModel = new HashSet<>();
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
            assertThat(definition).as("task definition of %s", task.getId()).isNotNull();
            assertThat(definition.getType()).as("job type of %s", task.getId()).matches("uep\\.[a-z-]+\\.[a-z-]+");
            inModel.add(definition.getType());
        }
        Set<String> inContract = new HashSet<>(constants(JobTypes.class));
        inContract.remove(JobTypes.USER_TASK);
        assertThat(inModel).containsExactlyInAnyOrderElementsOf(inContract);

        assertThat(jobType(Elements.REGISTER_LEAD)).isEqualTo(JobTypes.REGISTER_LEAD);
        assertThat(jobType(Elements.DECLINE_TO_FILE)).isEqualTo(JobTypes.DECLINE_TO_FILE);
        assertThat(jobType(Elements.FILE_CASE)).isEqualTo(JobTypes.FILE_CASE);
        assertThat(jobType(Elements.CLOSE_CASE)).isEqualTo(JobTypes.CLOSE_CASE);
        assertThat(jobType(Elements.REFER_LEAD)).isEqualTo(JobTypes.REFER_LEAD);
        assertThat(jobType(Elements.CLOSE_TIME_BARRED_LEAD)).isEqualTo(JobTypes.CLOSE_TIME_BARRED_LEAD);
        assertThat(jobType(Elements.REPORT_SUSPECTED_CRIME)).isEqualTo(JobTypes.REPORT_SUSPECTED_CRIME);
        assertThat(jobType(Elements.RESUME_AFTER_TRANSFER)).isEqualTo(JobTypes.RESUME_AFTER_TRANSFER);
        assertThat(jobType(Elements.ASSESS_PROPOSAL)).isEqualTo(JobTypes.ASSESS_PROPOSAL);
        assertThat(jobType(Elements.ISSUE_NOTICE)).isEqualTo(JobTypes.ISSUE_NOTICE);
        assertThat(jobType(Elements.ISSUE_DECISION)).isEqualTo(JobTypes.ISSUE_DECISION);
        assertThat(jobType(Elements.PUBLISH_DECISION)).isEqualTo(JobTypes.PUBLISH_DECISION);
        assertThat(jobType(Elements.WITHDRAW_PUBLICATION)).isEqualTo(JobTypes.WITHDRAW_PUBLICATION);
    }

    @Test
    void userTasksAreJobWorkerTasksWithFormKeyCandidateGroupsAndDueDate() {
        Set<String> forms = new HashSet<>(constants(Forms.class));
        Set<String> roles = new HashSet<>(constants(Roles.class));
        Set<String> formsUsed = new HashSet<>();
        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
        assertThat(userTasks).isNotEmpty();

        for (UserTask task : userTasks) {
            String id = task.getId();
            assertThat(task.getSingleExtensionElement(ZeebeUserTask.class))
                    .as("%s must use the job-worker implementation (no <zeebe:userTask/>)", id).isNull();

            ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
            assertThat(form).as("form of %s", id).isNotNull();
            assertThat(form.getFormKey()).as("form key of %s", id).isIn(forms);
            formsUsed.add(form.getFormKey());

            ZeebeAssignmentDefinition assignment = task.getSingleExtensionElement(ZeebeAssignmentDefinition.class);
            assertThat(assignment).as("assignment of %s", id).isNotNull();
            assertThat(assignment.getCandidateUsers()).as("candidate users of %s", id).isNull();
            assertThat(assignment.getAssignee()).as("assignee of %s", id).isNull();
            Matcher groups = CANDIDATE_GROUPS.matcher(String.valueOf(assignment.getCandidateGroups()));
            assertThat(groups.matches())
                    .as("candidate groups of %s must be =[\"<role>@\" + unitPath] but are %s", id,
                            assignment.getCandidateGroups())
                    .isTrue();
            assertThat(groups.group(1)).as("role of %s", id).isIn(roles);

            ZeebeTaskSchedule schedule = task.getSingleExtensionElement(ZeebeTaskSchedule.class);
            if (WITHOUT_CLOCK.contains(id)) {
                assertThat(schedule).as("%s has no clock, so no due date", id).isNull();
                continue;
            }
            assertThat(schedule).as("task schedule of %s", id).isNotNull();
            assertThat(schedule.getDueDate()).as("due date of %s: the clock of its step", id).isIn(DUE_DATES);
        }
        assertThat(formsUsed).as("every Forms constant is used by a user task").containsExactlyInAnyOrderElementsOf(forms);
    }

    @Test
    void expressionsReadOnlyContractVariables() {
        Set<String> variables = new HashSet<>(constants(Variables.class));
        List<String> expressions = new ArrayList<>();
        model.getModelElementsByType(ConditionExpression.class).forEach(c -> expressions.add(c.getTextContent()));
        model.getModelElementsByType(TimerEventDefinition.class).forEach(t -> expressions.add(t.getTimeDate().getTextContent()));
        model.getModelElementsByType(ZeebeTaskSchedule.class).forEach(s -> expressions.add(s.getDueDate()));
        model.getModelElementsByType(ZeebeAssignmentDefinition.class).forEach(a -> expressions.add(a.getCandidateGroups()));
        // Input mappings read this process's variables (output mappings read the called process's: see
        // decisionClockIsWatchedByTheStatutoryClockProcess).
        model.getModelElementsByType(ZeebeInput.class).forEach(i -> expressions.add(i.getSource()));

        for (String expression : expressions) {
            assertThat(expression).as("FEEL expression").startsWith("=");
            Matcher names = FEEL_NAME.matcher(expression.substring(1));
            String previous = null;
            while (names.find()) {
                String name = names.group(2);
                if (name == null || FEEL_WORDS.contains(name)) {
                    previous = null;
                } else if (names.group(1) != null) {
                    assertThat(previous).as("context variable before .%s in %s", name, expression)
                            .isIn(CONTEXT_FIELDS.keySet());
                    assertThat(name).as("field of %s in %s", previous, expression).isIn(CONTEXT_FIELDS.get(previous));
                } else {
                    assertThat(name).as("variable in %s", expression).isIn(variables);
                    previous = name;
                }
            }
        }
        model.getModelElementsByType(ZeebeIoMapping.class).forEach(m -> m.getOutputs().forEach(
                o -> assertThat(o.getTarget()).as("output mapping target").isIn(variables)));
    }

    @Test
    void outcomeConditionsCompareWithTheContractsOutcomeValues() {
        int comparisons = 0;
        for (ConditionExpression condition : model.getModelElementsByType(ConditionExpression.class)) {
            Matcher comparison = OUTCOME_COMPARISON.matcher(condition.getTextContent());
            while (comparison.find()) {
                Class<? extends Enum<?>> outcome = OUTCOMES.get(comparison.group(1));
                assertThat(outcome).as("outcome enum of %s", comparison.group(1)).isNotNull();
                assertThat(Arrays.stream(outcome.getEnumConstants()).map(Enum::name))
                        .as("values of %s", outcome.getSimpleName()).contains(comparison.group(2));
                comparisons++;
            }
        }
        assertThat(comparisons).as("outcome comparisons in the model").isGreaterThanOrEqualTo(10);
    }

    @Test
    void messagesAreTheContractsAndCorrelatedByCaseNumber() {
        Set<String> names = new HashSet<>();
        for (io.camunda.zeebe.model.bpmn.instance.Message message
                : model.getModelElementsByType(io.camunda.zeebe.model.bpmn.instance.Message.class)) {
            names.add(message.getName());
            var subscription = message.getSingleExtensionElement(
                    io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription.class);
            assertThat(subscription.getCorrelationKey()).as("correlation key of %s", message.getName())
                    .isEqualTo("=" + Variables.CASE_NUMBER);
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(constants(PenaltyCaseProcess.Messages.class));
    }

    @Test
    void gatewaysAreQuestionsAndTheirFlowsAnswers() {
        for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
            if (gateway instanceof ParallelGateway) {
                for (SequenceFlow flow : gateway.getOutgoing()) {
                    assertThat(flow.getConditionExpression()).as("no condition on %s (parallel)", flow.getId()).isNull();
                    assertThat(flow.getName()).as("no answer on %s (parallel)", flow.getId()).isNull();
                }
                continue; // a fork asks no question
            }
            if (gateway.getOutgoing().size() < 2) {
                continue; // a joining gateway needs no name
            }
            if (gateway instanceof io.camunda.zeebe.model.bpmn.instance.EventBasedGateway) {
                continue; // waits for the first of its events; the events carry the names
            }
            assertThat(gateway.getName()).as("name of %s", gateway.getId()).contains("？").endsWith("?");
            SequenceFlow defaultFlow = gateway instanceof ExclusiveGateway exclusive ? exclusive.getDefault() : null;
            for (SequenceFlow flow : gateway.getOutgoing()) {
                assertThat(flow.getName()).as("answer on %s", flow.getId()).isNotBlank();
                if (flow != defaultFlow) {
                    assertThat(flow.getConditionExpression()).as("condition on %s", flow.getId()).isNotNull();
                }
            }
        }
    }

    @Test
    void idsAreCamelCaseAndNamesChineseThenEnglish() {
        for (FlowElement element : flowElements()) {
            assertThat(element.getId()).as("id").matches(CAMEL_CASE_ID);
            if (element instanceof FlowNode node && !unnamedGateway(node)) {
                assertThat(node.getName()).as("name of %s", node.getId())
                        .matches("(?s)^\\P{IsLatin}*\\p{IsHan}.*\\n[A-Z][^\\n]*$");
            }
        }
    }

    /** Joining, parallel and event-based gateways carry no name (bpmnlint's label-required agrees). */
    private static boolean unnamedGateway(FlowNode node) {
        return node instanceof ParallelGateway || node instanceof io.camunda.zeebe.model.bpmn.instance.EventBasedGateway
                || node instanceof Gateway gateway && gateway.getOutgoing().size() < 2;
    }

    @Test
    void everyElementHasDiagramLayout() {
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
        for (FlowElement element : flowElements()) {
            if (element instanceof SequenceFlow) {
                assertThat(edges).as("BPMNEdge for sequence flow %s", element.getId()).contains(element.getId());
            } else {
                assertThat(shapes).as("BPMNShape for %s", element.getId()).contains(element.getId());
            }
        }
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            if (shape.getBpmnElement() instanceof SubProcess) {
                assertThat(shape.isExpanded()).as("%s drawn expanded", shape.getBpmnElement().getId()).isTrue();
            }
        }
    }

    @Test
    void shapesDoNotOverlap() {
        List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = i + 1; j < shapes.size(); j++) {
                BpmnShape a = shapes.get(i);
                BpmnShape b = shapes.get(j);
                if (mayOverlap(a.getBpmnElement(), b.getBpmnElement())) {
                    continue;
                }
                if (intersect(a.getBounds(), b.getBounds())) {
                    fail("shapes of %s and %s overlap", a.getBpmnElement().getId(), b.getBpmnElement().getId());
                }
            }
        }
    }

    /** A sub-process contains its children; a boundary event sits on the edge of its host. */
    private static boolean mayOverlap(BaseElement a, BaseElement b) {
        return contains(a, b) || contains(b, a) || attached(a, b) || attached(b, a);
    }

    private static boolean contains(BaseElement container, BaseElement element) {
        return container instanceof SubProcess && element.getParentElement() == container;
    }

    private static boolean attached(BaseElement event, BaseElement host) {
        return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host;
    }

    private static boolean intersect(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static List<FlowElement> flowElements() {
        List<FlowElement> all = new ArrayList<>();
        collect(process.getFlowElements(), all);
        return all;
    }

    private static void collect(Collection<FlowElement> elements, List<FlowElement> into) {
        for (FlowElement element : elements) {
            into.add(element);
            if (element instanceof SubProcess subProcess) {
                collect(subProcess.getFlowElements(), into);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends BaseElement> T element(String id) {
        BaseElement element = model.getModelElementById(id);
        assertThat(element).as(id).isNotNull();
        return (T) element;
    }

    private static Map<String, String> targetToSource(Collection<? extends ZeebeMapping> mappings) {
        return mappings.stream().collect(Collectors.toMap(ZeebeMapping::getTarget, ZeebeMapping::getSource));
    }

    private static String jobType(String serviceTaskId) {
        ServiceTask task = element(serviceTaskId);
        return task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType();
    }

    /** The values of the public static final String constants of a contract class. */
    static List<String> constants(Class<?> type) {
        List<String> values = Arrays.stream(type.getDeclaredFields())
                .filter(f -> Modifier.isPublic(f.getModifiers()) && Modifier.isStatic(f.getModifiers())
                        && Modifier.isFinal(f.getModifiers()) && f.getType() == String.class)
                .map(PenaltyCaseContractTest::value)
                .toList();
        assertThat(values).as("constants of %s", type.getSimpleName()).isNotEmpty();
        return values;
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
