package org.uep.domain.tasks;

import java.time.Instant;
import java.util.List;

/** A user task the engine handed out, as the user-task bridge read it from the job. */
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
        Long caseId) {}
