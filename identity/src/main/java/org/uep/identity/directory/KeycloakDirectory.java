package org.uep.identity.directory;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.uep.identity.OfficerClaims;

/**
 * Reads the organisation tree (groups with their attributes) and the people (attributes, group memberships,
 * realm roles) from Keycloak's admin API with the {@code uep-directory} service account. Calls scale with the
 * number of groups and roles, not of users: memberships are read per group and per role.
 */
@Component
public class KeycloakDirectory {

    static final int PAGE = 1000;

    /** A unit as Keycloak describes it: the group path and its attributes. */
    public record DirectoryUnit(String path, Map<String, List<String>> attributes) {
        public String attribute(String name) {
            List<String> values = attributes.get(name);
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        public List<String> attributeValues(String name) {
            return attributes.getOrDefault(name, List.of());
        }
    }

    /** A person as Keycloak describes them. */
    public record DirectoryPerson(String username, String displayName, String homeUnit, List<String> units,
                                  Set<String> roles, String certificateNumber, LocalDate certificateExpiry,
                                  String legalQualification, LocalDate reviewStarted) {}

    public record Snapshot(List<DirectoryUnit> units, List<DirectoryPerson> people) {}

    private final String serverUrl;
    private final String realm;
    private final String clientId;
    private final String clientSecret;

    public KeycloakDirectory(@Value("${uep.keycloak.directory.url}") String serverUrl,
                             @Value("${uep.keycloak.realm}") String realm,
                             @Value("${uep.keycloak.directory.client-id}") String clientId,
                             @Value("${uep.keycloak.directory.client-secret}") String clientSecret) {
        this.serverUrl = serverUrl;
        this.realm = realm;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    public Snapshot read() {
        try (Keycloak keycloak = KeycloakBuilder.builder().serverUrl(serverUrl).realm(realm)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId).clientSecret(clientSecret).build()) {
            RealmResource api = keycloak.realm(realm);
            List<DirectoryUnit> units = new ArrayList<>();
            Map<String, List<String>> unitsOfUser = new HashMap<>();
            for (GroupRepresentation top : api.groups().groups(null, 0, PAGE, false)) {
                collect(api, top, units, unitsOfUser);
            }
            Map<String, Set<String>> rolesOfUser = new HashMap<>();
            for (RoleRepresentation role : api.roles().list(false)) {
                if (OfficerClaims.isTechnicalRole(role.getName())) {
                    continue;
                }
                for (UserRepresentation member : api.roles().get(role.getName()).getUserMembers(0, Integer.MAX_VALUE)) {
                    rolesOfUser.computeIfAbsent(member.getId(), id -> new LinkedHashSet<>()).add(role.getName());
                }
            }
            List<DirectoryPerson> people = new ArrayList<>();
            for (UserRepresentation user : api.users().search(null, 0, Integer.MAX_VALUE, false)) {
                if (Boolean.TRUE.equals(user.isEnabled())) {
                    people.add(person(user, unitsOfUser.getOrDefault(user.getId(), List.of()),
                            rolesOfUser.getOrDefault(user.getId(), Set.of())));
                }
            }
            return new Snapshot(units, people);
        }
    }

    private static void collect(RealmResource api, GroupRepresentation group, List<DirectoryUnit> units,
                                Map<String, List<String>> unitsOfUser) {
        units.add(new DirectoryUnit(group.getPath(), group.getAttributes() == null ? Map.of() : group.getAttributes()));
        for (UserRepresentation member : api.groups().group(group.getId()).members(0, Integer.MAX_VALUE, true)) {
            unitsOfUser.computeIfAbsent(member.getId(), id -> new ArrayList<>()).add(group.getPath());
        }
        for (GroupRepresentation child : api.groups().group(group.getId()).getSubGroups(0, PAGE, false)) {
            collect(api, child, units, unitsOfUser);
        }
    }

    private static DirectoryPerson person(UserRepresentation user, List<String> units, Set<String> roles) {
        Map<String, List<String>> attributes = user.getAttributes() == null ? Map.of() : user.getAttributes();
        String first = user.getFirstName();
        String last = user.getLastName();
        String name = first == null && last == null ? user.getUsername()
                : OfficerClaims.displayName(Map.of(
                        OfficerClaims.GIVEN_NAME, first == null ? "" : first,
                        OfficerClaims.FAMILY_NAME, last == null ? "" : last), user.getUsername());
        return new DirectoryPerson(user.getUsername(), name, first(attributes, OfficerClaims.HOME_UNIT), units, roles,
                first(attributes, OfficerClaims.CERTIFICATE_NUMBER), date(first(attributes, OfficerClaims.CERTIFICATE_EXPIRY)),
                first(attributes, OfficerClaims.LEGAL_QUALIFICATION), date(first(attributes, OfficerClaims.REVIEW_STARTED)));
    }

    private static String first(Map<String, List<String>> attributes, String name) {
        List<String> values = attributes.get(name);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    /** Unreadable dates count as absent: fail closed, like the token mapping. */
    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
