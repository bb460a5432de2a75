package org.uep.domain.access;

import java.util.List;
import java.util.Set;

/**
 * What a caller may read: the dossiers of each root unit and everything below it, plus dossiers explicitly
 * shared with one of {@code shareUnits} (table dossier_share). Repository queries take it as
 * {@code unit_path = any(:roots) or unit_path like any(:patterns) or <shared with any(:shareUnits)>}.
 */
public record ReadScope(Set<String> roots, Set<String> shareUnits) {

    public ReadScope {
        roots = Set.copyOf(roots);
        shareUnits = Set.copyOf(shareUnits);
    }

    public boolean covers(String unitPath) {
        for (String root : roots) {
            if (unitPath.equals(root) || unitPath.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }

    public String[] rootArray() {
        return roots.toArray(String[]::new);
    }

    public String[] shareUnitArray() {
        return shareUnits.toArray(String[]::new);
    }

    /** SQL LIKE patterns for the units below the roots ({@code \} is the escape character). */
    public String[] likePatterns() {
        List<String> patterns = roots.stream()
                .map(root -> root.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%")
                .toList();
        return patterns.toArray(String[]::new);
    }
}
