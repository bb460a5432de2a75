package org.uep.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks identity/keycloak/uep-realm.json (on the classpath as keycloak/uep-realm.json) without a Keycloak. */
class RealmFileTest {

    private static final Set<String> ADMIN_ROLES = Set.of("system-admin", "security-admin", "audit-admin");
    private static final Set<String> ENFORCEMENT_ROLES = Set.of("officer", "squad-leader", "head");

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        try (InputStream in = RealmFileTest.class.getResourceAsStream("/keycloak/uep-realm.json")) {
            assertThat(in).as("keycloak/uep-realm.json on the classpath").isNotNull();
            realm = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void realmBasics() {
        assertThat(realm.path("realm").asText()).isEqualTo("uep");
        assertThat(realm.path("displayName").asText()).isEqualTo("统一执法平台 UEP");
        assertThat(realm.path("accessTokenLifespan").asInt()).isEqualTo(300);
        assertThat(realm.path("ssoSessionIdleTimeout").asInt()).isEqualTo(1800);
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(texts(realm.path("roles").path("realm"), "name")).containsExactlyInAnyOrder(
                "officer", "squad-leader", "legal-reviewer", "head", "manager", "supervisor",
                "system-admin", "security-admin", "audit-admin");
        realm.path("roles").path("realm").forEach(role ->
                assertThat(role.path("description").asText()).as(role.path("name").asText()).contains("/"));
    }

    @Test
    void everyDemoUserIsFullySetUp() {
        assertThat(realm.path("users")).hasSizeGreaterThanOrEqualTo(13);
        for (JsonNode user : realm.path("users")) {
            String name = user.path("username").asText();
            assertThat(user.path("email").asText()).as(name + " email").contains("@");
            assertThat(user.path("firstName").asText()).as(name + " firstName").isNotBlank();
            assertThat(user.path("lastName").asText()).as(name + " lastName").isNotBlank();
            assertThat(user.path("enabled").asBoolean()).as(name + " enabled").isTrue();
            assertThat(user.path("emailVerified").asBoolean()).as(name + " emailVerified").isTrue();
            assertThat(user.path("requiredActions")).as(name + " required actions").isEmpty();
            assertThat(user.path("attributes").path("demo").path(0).asText()).as(name + " demo").isEqualTo("true");
            assertThat(user.path("credentials").path(0).path("temporary").asBoolean()).as(name).isFalse();
        }
    }

    @Test
    void enforcementStaffHaveACertificateWithAnIsoExpiry() {
        for (JsonNode user : realm.path("users")) {
            Set<String> roles = new HashSet<>(texts(user.path("realmRoles")));
            roles.retainAll(ENFORCEMENT_ROLES);
            if (roles.isEmpty()) {
                continue;
            }
            JsonNode attributes = user.path("attributes");
            String name = user.path("username").asText();
            assertThat(attributes.path("certificate_number").path(0).asText()).as(name).isNotBlank();
            assertThat(LocalDate.parse(attributes.path("certificate_expiry").path(0).asText())).as(name).isNotNull();
        }
    }

    @Test
    void noUserHoldsTwoAdministratorRoles() {
        for (JsonNode user : realm.path("users")) {
            Set<String> roles = new HashSet<>(texts(user.path("realmRoles")));
            roles.retainAll(ADMIN_ROLES);
            assertThat(roles).as(user.path("username").asText() + " (等保: separation of the three admin roles)")
                    .hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void usersOnlyUseGroupsAndRolesThatExist() {
        Set<String> paths = new HashSet<>();
        collectPaths(realm.path("groups"), "", paths);
        assertThat(paths).contains("/zhoushan", "/zhoushan/comprehensive", "/zhoushan/justice-bureau",
                "/zhoushan/dinghai", "/zhoushan/dinghai/comprehensive", "/zhoushan/dinghai/huannan");
        Set<String> roles = new HashSet<>(texts(realm.path("roles").path("realm"), "name"));
        roles.add("default-roles-uep");
        for (JsonNode user : realm.path("users")) {
            String name = user.path("username").asText();
            assertThat(texts(user.path("groups"))).as(name + " groups").isNotEmpty().allMatch(paths::contains);
            assertThat(texts(user.path("realmRoles"))).as(name + " roles").allMatch(roles::contains);
        }
    }

    @Test
    void everyGroupHasAChineseName() {
        List<JsonNode> groups = new ArrayList<>();
        collectGroups(realm.path("groups"), groups);
        assertThat(groups).hasSize(6);
        groups.forEach(group -> assertThat(group.path("attributes").path("name_zh").path(0).asText())
                .as(group.path("name").asText()).isNotBlank());
    }

    @Test
    void clientsIssueTokensForTheApi() {
        JsonNode api = client("uep-api");
        assertThat(api.path("bearerOnly").asBoolean()).isTrue();
        assertThat(api.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(api.path("directAccessGrantsEnabled").asBoolean()).isFalse();

        JsonNode console = client("uep-console");
        assertThat(console.path("publicClient").asBoolean()).isTrue();
        assertThat(console.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(console.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(console.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");

        JsonNode devTools = client("uep-dev-tools");
        assertThat(devTools.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(devTools.path("description").asText()).contains("DEMO/TEST ONLY");

        for (JsonNode client : List.of(console, devTools)) {
            String id = client.path("clientId").asText();
            JsonNode audience = mapper(client, "oidc-audience-mapper");
            assertThat(audience).as(id + " audience mapper").isNotNull();
            assertThat(audience.path("config").path("included.client.audience").asText()).isEqualTo("uep-api");
            assertThat(audience.path("config").path("access.token.claim").asText()).isEqualTo("true");

            JsonNode groups = mapper(client, "oidc-group-membership-mapper");
            assertThat(groups).as(id + " groups mapper").isNotNull();
            assertThat(groups.path("config").path("full.path").asText()).isEqualTo("true");
            assertThat(groups.path("config").path("claim.name").asText()).isEqualTo(OfficerClaims.GROUPS);

            List<String> attributeClaims = StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                    .filter(m -> m.path("protocolMapper").asText().equals("oidc-usermodel-attribute-mapper"))
                    .map(m -> m.path("config").path("claim.name").asText()).toList();
            assertThat(attributeClaims).as(id).contains(OfficerClaims.CERTIFICATE_NUMBER,
                    OfficerClaims.CERTIFICATE_EXPIRY);
            assertThat(texts(client.path("defaultClientScopes"))).as(id + ": name/username and realm roles")
                    .contains("profile", "roles");
            assertThat(texts(client.path("optionalClientScopes"))).as(id + ": microprofile-jwt would overwrite groups")
                    .doesNotContain("microprofile-jwt");
        }
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode mapper(JsonNode client, String type) {
        for (JsonNode mapper : client.path("protocolMappers")) {
            if (mapper.path("protocolMapper").asText().equals(type)) {
                return mapper;
            }
        }
        return null;
    }

    private static void collectPaths(JsonNode groups, String parent, Set<String> paths) {
        for (JsonNode group : groups) {
            String path = parent + "/" + group.path("name").asText();
            paths.add(path);
            collectPaths(group.path("subGroups"), path, paths);
        }
    }

    private static void collectGroups(JsonNode groups, List<JsonNode> all) {
        for (JsonNode group : groups) {
            all.add(group);
            collectGroups(group.path("subGroups"), all);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }
}
