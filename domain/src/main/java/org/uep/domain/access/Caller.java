package org.uep.domain.access;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The authenticated person acting on the domain: identity supplies it from the token, the domain decides
 * with it. Candidate groups follow {@code <role>@<unit path>}: a role held in a unit the person belongs to.
 */
public record Caller(
        String username,
        String displayName,
        List<String> units,
        Set<String> roles,
        Credentials credentials) {

    public Caller {
        units = List.copyOf(units);
        roles = Set.copyOf(roles);
        credentials = credentials == null ? Credentials.NONE : credentials;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public Set<String> candidateGroups() {
        Set<String> groups = new LinkedHashSet<>();
        for (String role : roles) {
            for (String unit : units) {
                groups.add(role + "@" + unit);
            }
        }
        return groups;
    }

    public boolean isMemberOf(String unitPath) {
        return units.contains(unitPath);
    }

    /** The first of {@code groups} this caller belongs to (the group through which they hold a task), or null. */
    public String actingGroup(Iterable<String> groups) {
        Set<String> mine = candidateGroups();
        for (String group : groups) {
            if (mine.contains(group)) {
                return group;
            }
        }
        return null;
    }

    /** The unit of {@link #actingGroup}, or null. */
    public String actingUnit(Iterable<String> groups) {
        String group = actingGroup(groups);
        return group == null ? null : group.substring(group.indexOf('@') + 1);
    }
}
