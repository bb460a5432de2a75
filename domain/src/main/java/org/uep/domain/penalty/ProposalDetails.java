package org.uep.domain.penalty;

import java.util.List;
import org.uep.domain.DomainException;

/**
 * The proposal form's content: the penalty and what the notice and decision will state about it. Trigger codes the
 * officer asserts (e.g. MAJOR_PUBLIC_INTEREST) add review and discussion, never remove them.
 */
public record ProposalDetails(Penalty penalty, String facts, String evidence, String violatedProvision, String reasons,
                              List<String> assertedTriggers) {

    static final int MAX_TEXT = 10_000;

    public ProposalDetails {
        if (penalty == null) {
            throw DomainException.invalid("须写明拟作出的处罚。The proposed penalty is required.");
        }
        facts = required(facts, "facts", "违法事实");
        evidence = required(evidence, "evidence", "证据");
        violatedProvision = required(violatedProvision, "violatedProvision", "违反的规定");
        reasons = required(reasons, "reasons", "处罚理由");
        assertedTriggers = assertedTriggers == null ? List.of() : List.copyOf(assertedTriggers);
    }

    private static String required(String value, String field, String chinese) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("须写明" + chinese + "。" + field + " is required.");
        }
        if (value.length() > MAX_TEXT) {
            throw DomainException.invalid(field + " is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }
}
