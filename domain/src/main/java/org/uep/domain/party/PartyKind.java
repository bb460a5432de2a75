package org.uep.domain.party;

/**
 * Who a party is, as the law distinguishes them (the thresholds of Art. 51 and 63 among others): 公民 a natural
 * person, or 法人或者其他组织 an organisation.
 */
public enum PartyKind {
    /** 自然人. */
    NATURAL_PERSON,
    /** 法人或者其他组织. */
    ORGANISATION
}
