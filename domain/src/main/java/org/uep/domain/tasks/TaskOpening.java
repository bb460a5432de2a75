package org.uep.domain.tasks;

import java.time.Instant;
import java.util.List;

/**
 * A user task the engine handed out, as the user-task bridge read it from the job; {@code priority} 0–100 (higher
 * first), {@link #DEFAULT_PRIORITY} when the process model gives none.
 */
public record TaskOpening(
        long jobKey,
        long processInstanceKey,
        String processId,
        String elementId,
        String name,
        String formKey,
        List<String> candidateGroups,
        List<String> candidateUsers,
        Instant dueAt,
        Long leadId,
        Long caseId,
        int priority) {

    public static final int DEFAULT_PRIORITY = 50;
    public static final int MIN_PRIORITY = 0;
    public static final int MAX_PRIORITY = 100;

    public TaskOpening {
        if (!isPriority(priority)) {
            throw new IllegalArgumentException("priority must be between 0 and 100: " + priority);
        }
    }

    /** A task of the default priority. */
    public TaskOpening(long jobKey, long processInstanceKey, String processId, String elementId, String name,
                       String formKey, List<String> candidateGroups, List<String> candidateUsers, Instant dueAt,
                       Long leadId, Long caseId) {
        this(jobKey, processInstanceKey, processId, elementId, name, formKey, candidateGroups, candidateUsers, dueAt,
                leadId, caseId, DEFAULT_PRIORITY);
    }

    public static boolean isPriority(long value) {
        return value >= MIN_PRIORITY && value <= MAX_PRIORITY;
    }
}
