package org.uep.domain.penalty;

/** The money thresholds the penalty rules compare with; their amounts are data per jurisdiction (table penalty_threshold). */
public enum Threshold {
    /** 简易程序 fine limit for a natural person, Art. 51 */
    SUMMARY_FINE_NATURAL_PERSON,
    /** 简易程序 fine limit for an organisation, Art. 51 */
    SUMMARY_FINE_ORGANISATION,
    /** 当场收缴 cash limit, Art. 68 */
    CASH_ON_THE_SPOT,
    /** 较大数额罚款 for a natural person (hearing, Art. 63; legal review lists) */
    LARGE_FINE_NATURAL_PERSON,
    LARGE_FINE_ORGANISATION,
    /** 较大数额/价值 confiscation (gains plus property) for a natural person */
    LARGE_CONFISCATION_NATURAL_PERSON,
    LARGE_CONFISCATION_ORGANISATION
}
