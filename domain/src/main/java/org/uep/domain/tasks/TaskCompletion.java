package org.uep.domain.tasks;

import java.util.List;
import org.uep.domain.DomainException;

/**
 * What a person submits to complete a task. Which fields a form needs is the form's business
 * ({@link TaskForm}); fields it does not use are ignored.
 */
public record TaskCompletion(String outcome, String opinion, String findings, List<String> officers) {

    static final int MAX_OPINION_LENGTH = 2000;

    public TaskCompletion {
        officers = officers == null ? List.of() : List.copyOf(officers);
    }

    /** The written opinion, required by approvals and instructions; {@code purpose} tells the person what to write. */
    public String requiredOpinion(String purpose) {
        if (opinion == null || opinion.isBlank()) {
            throw DomainException.invalid("opinion is required: " + purpose);
        }
        if (opinion.length() > MAX_OPINION_LENGTH) {
            throw DomainException.invalid("opinion is longer than " + MAX_OPINION_LENGTH + " characters");
        }
        return opinion.strip();
    }
}
