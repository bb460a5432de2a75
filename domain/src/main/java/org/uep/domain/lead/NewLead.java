package org.uep.domain.lead;

/** What an officer reports when a lead arrives. */
public record NewLead(String unitPath, String source, String summary, String place, String partyName) {}
