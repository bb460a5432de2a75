package org.uep.domain.penalty;

/**
 * A listed reason why a case needs legal review (法制审核, Art. 58) or collective discussion (集体讨论, Art. 57): a row of
 * table penalty_trigger, with the label the UI shows when it says why.
 */
public record Trigger(String code, String label, String basis) {}
