package org.uep.domain.penalty;

/**
 * Who is penalised, as the thresholds of Art. 51 and 63 distinguish: 公民 (a natural person, including an individual
 * business) or 法人或者其他组织 (an organisation). Kept here until the party register has its own kind to share.
 */
public enum PartyKind { NATURAL_PERSON, ORGANISATION }
