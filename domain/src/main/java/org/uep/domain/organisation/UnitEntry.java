package org.uep.domain.organisation;

import java.util.Set;

/** A unit as the identity provider describes it (input of a directory sync). */
public record UnitEntry(String path, String nameZh, String kind, String level, Unit.TownshipMode townshipMode,
                        String countyUnit, Set<String> empoweredMatters) {

    public UnitEntry {
        empoweredMatters = empoweredMatters == null ? Set.of() : Set.copyOf(empoweredMatters);
    }

    public String parentPath() {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? null : path.substring(0, slash);
    }
}
