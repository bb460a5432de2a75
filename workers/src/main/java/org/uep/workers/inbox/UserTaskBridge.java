package org.uep.workers.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.api.response.ActivatedJob;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.TaskOpening;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/**
 * The user-task bridge: every job-worker user task becomes an inbox row (upsert by job key, so a
 * redelivered job changes nothing). The job stays open — it is completed when a person completes the
 * task in UEP — so the worker holds it with a long timeout; if it ever times out it is simply redelivered.
 */
@Component
public class UserTaskBridge {

    /** Zeebe's task headers for job-worker user tasks. */
    static final String FORM_KEY = "io.camunda.zeebe:formKey";
    static final String CANDIDATE_GROUPS = "io.camunda.zeebe:candidateGroups";
    static final String CANDIDATE_USERS = "io.camunda.zeebe:candidateUsers";
    static final String DUE_DATE = "io.camunda.zeebe:dueDate";
    /** 优先级 0–100: a process variable of this name, else a custom header of the user task; 50 without either. */
    static final String PRIORITY = "priority";

    static final long HOLD_MILLIS = 30L * 24 * 3600 * 1000;

    private static final Logger LOG = LoggerFactory.getLogger(UserTaskBridge.class);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private final InboxService inbox;
    private final ProcessModelNames names;
    private final ObjectMapper json;

    UserTaskBridge(InboxService inbox, ProcessModelNames names, ObjectMapper json) {
        this.inbox = inbox;
        this.names = names;
        this.json = json;
    }

    @JobWorker(type = JobTypes.USER_TASK, autoComplete = false, timeout = HOLD_MILLIS,
            fetchVariables = {Variables.LEAD_ID, Variables.CASE_ID, PRIORITY})
    public void openTask(ActivatedJob job) {
        Map<String, String> headers = job.getCustomHeaders();
        Map<String, Object> variables = job.getVariablesAsMap();
        inbox.open(new TaskOpening(
                job.getKey(),
                job.getProcessInstanceKey(),
                job.getBpmnProcessId(),
                job.getElementId(),
                names.nameOf(job.getBpmnProcessId(), job.getElementId()),
                headers.get(FORM_KEY),
                list(headers.get(CANDIDATE_GROUPS)),
                list(headers.get(CANDIDATE_USERS)),
                instant(headers.get(DUE_DATE)),
                number(variables.get(Variables.LEAD_ID)),
                number(variables.get(Variables.CASE_ID)),
                priority(job, variables, headers)));
    }

    /**
     * The instance's priority variable (it may differ per case), else the task's header (the model's default for the
     * step), else 50. A value that is not a whole number from 0 to 100 is a modelling error: the task still opens, at
     * 50, and the log says so (failing the job would keep the task from everyone).
     */
    private static int priority(ActivatedJob job, Map<String, Object> variables, Map<String, String> headers) {
        Object given = variables.get(PRIORITY) != null ? variables.get(PRIORITY) : headers.get(PRIORITY);
        if (given == null || given.toString().isBlank()) {
            return TaskOpening.DEFAULT_PRIORITY;
        }
        Integer priority = priority(given);
        if (priority == null) {
            LOG.warn("Job {} ({} {}): priority '{}' is not a whole number from 0 to 100; the task opens at {}",
                    job.getKey(), job.getBpmnProcessId(), job.getElementId(), given, TaskOpening.DEFAULT_PRIORITY);
            return TaskOpening.DEFAULT_PRIORITY;
        }
        return priority;
    }

    /** A whole number from 0 to 100 (80, 80.0, "80"), else null. */
    static Integer priority(Object given) {
        try {
            BigDecimal value = new BigDecimal(given.toString().strip());
            boolean inRange = value.compareTo(BigDecimal.valueOf(TaskOpening.MIN_PRIORITY)) >= 0
                    && value.compareTo(BigDecimal.valueOf(TaskOpening.MAX_PRIORITY)) <= 0;
            return inRange && value.stripTrailingZeros().scale() <= 0 ? value.intValue() : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<String> list(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return json.readValue(header, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("task header is not a JSON list of strings: " + header, e);
        }
    }

    private static Instant instant(String header) {
        return header == null || header.isBlank() ? null : ZonedDateTime.parse(header).toInstant();
    }

    private static Long number(Object value) {
        return value instanceof Number n ? n.longValue() : null;
    }
}
