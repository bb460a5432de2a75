package org.uep.identity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link CurrentOfficer} from the claims Keycloak puts into a UEP access token (realm {@code uep},
 * mappers in {@code identity/keycloak/uep-realm.json}). Pure: no Spring, no network.
 */
public final class OfficerClaims {

    /** Keycloak username. */
    public static final String USERNAME = "preferred_username";
    /** Full name ("given family", Keycloak's full-name mapper). */
    public static final String NAME = "name";
    public static final String GIVEN_NAME = "given_name";
    public static final String FAMILY_NAME = "family_name";
    /** Object holding {@code roles}: the realm roles. */
    public static final String REALM_ACCESS = "realm_access";
    public static final String ROLES = "roles";
    /** Full group paths (group-membership mapper, full.path=true). */
    public static final String GROUPS = "groups";
    public static final String CERTIFICATE_NUMBER = "certificate_number";
    /** ISO date, e.g. {@code 2028-12-31}. */
    public static final String CERTIFICATE_EXPIRY = "certificate_expiry";
    /** The group path of the person's home unit. */
    public static final String HOME_UNIT = "home_unit";
    public static final String LEGAL_QUALIFICATION = "legal_qualification";
    /** ISO date the person started legal review work. */
    public static final String REVIEW_STARTED = "review_started";

    private static final Logger log = LoggerFactory.getLogger(OfficerClaims.class);

    private OfficerClaims() {
    }

    public static CurrentOfficer toOfficer(Map<String, Object> claims) {
        String username = string(claims.get(USERNAME));
        if (username == null) {
            username = string(claims.get("sub"));
        }
        if (username == null) {
            throw new IllegalArgumentException("The token names no user (neither preferred_username nor sub)");
        }
        return new CurrentOfficer(
                username,
                displayName(claims, username),
                string(claims.get(HOME_UNIT)),
                units(claims),
                realmRoles(claims),
                string(claims.get(CERTIFICATE_NUMBER)),
                date(claims.get(CERTIFICATE_EXPIRY), CERTIFICATE_EXPIRY, username),
                string(claims.get(LEGAL_QUALIFICATION)),
                date(claims.get(REVIEW_STARTED), REVIEW_STARTED, username));
    }

    /**
     * Realm roles from {@code realm_access.roles}, without Keycloak's technical roles
     * ({@code offline_access}, {@code uma_authorization}, {@code default-roles-<realm>}).
     */
    public static Set<String> realmRoles(Map<String, Object> claims) {
        Set<String> roles = new LinkedHashSet<>();
        if (claims.get(REALM_ACCESS) instanceof Map<?, ?> realmAccess) {
            for (String role : strings(realmAccess.get(ROLES))) {
                if (!isTechnicalRole(role)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    public static boolean isTechnicalRole(String role) {
        return role.equals("offline_access") || role.equals("uma_authorization") || role.startsWith("default-roles-");
    }

    /** Unit paths from {@code groups}; entries that are not full paths (no leading '/') are ignored. */
    public static List<String> units(Map<String, Object> claims) {
        List<String> units = new ArrayList<>();
        for (String group : strings(claims.get(GROUPS))) {
            if (group.startsWith("/") && !units.contains(group)) {
                units.add(group);
            }
        }
        return units;
    }

    /**
     * Chinese names read family name first without a space (王建国), which Keycloak's {@code name} claim
     * ("建国 王") does not do; other names use {@code name}.
     */
    public static String displayName(Map<String, Object> claims, String username) {
        String given = string(claims.get(GIVEN_NAME));
        String family = string(claims.get(FAMILY_NAME));
        if (given != null && family != null && (isCjk(given) || isCjk(family))) {
            return family + given;
        }
        String name = string(claims.get(NAME));
        if (name != null) {
            return name;
        }
        if (given != null || family != null) {
            return ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        }
        return username;
    }

    private static boolean isCjk(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static LocalDate date(Object claim, String name, String username) {
        String text = string(claim);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            // Fail closed: an unreadable expiry means "no valid certificate", never "valid forever".
            log.warn("Ignoring unreadable {} '{}' of user {}", name, text, username);
            return null;
        }
    }

    /** A string claim; a one-element list (multivalued attribute mapper) counts as its element. */
    private static String string(Object claim) {
        if (claim instanceof Collection<?> values) {
            claim = values.isEmpty() ? null : values.iterator().next();
        }
        if (claim == null) {
            return null;
        }
        String text = claim.toString().strip();
        return text.isEmpty() ? null : text;
    }

    private static List<String> strings(Object claim) {
        List<String> result = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                if (value != null && !value.toString().isBlank()) {
                    result.add(value.toString().strip());
                }
            }
        } else if (claim instanceof String value && !value.isBlank()) {
            result.add(value.strip());
        }
        return result;
    }
}
