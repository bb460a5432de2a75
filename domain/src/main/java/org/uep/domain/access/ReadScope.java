package org.uep.domain.access;

import java.util.List;
import java.util.Set;

/**
 * The units whose dossiers a caller may read: each root and everything below it. Repository queries take it
 * as {@code unit_path = any(:roots) or unit_path like any(:patterns)} ({@link #roots()}, {@link #likePatterns()}).
 */
public record ReadScope(Set<String> roots) {

    public static final ReadScope NOTHING = new ReadScope(Set.of());

    public ReadScope {
        roots = Set.copyOf(roots);
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

    /** SQL LIKE patterns for the units below the roots ({@code \} is the escape character). */
    public String[] likePatterns() {
        List<String> patterns = roots.stream()
                .map(root -> root.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%")
                .toList();
        return patterns.toArray(String[]::new);
    }
}
