package org.uep.domain.lead;

/**
 * What an officer reports when a lead arrives. {@code matterCode} (事项代码, 12 digits) is optional: without it an
 * empowered township's lead goes to the county department.
 */
public record NewLead(String unitPath, String source, String summary, String place, String partyName, String matterCode) {}
