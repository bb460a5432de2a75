package org.uep.app.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uep.api.web.Callers;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.identity.CurrentOfficer;
import org.uep.identity.OfficerClaims;

/** The realm file as the real Keycloak 26.7.3 imports it: logins and the claims UEP relies on. */
class KeycloakRealmTest {

    /** Demo secret of the directory-sync client (production: UEP_KEYCLOAK_DIRECTORY_SECRET). */
    private static final String DIRECTORY_CLIENT = "uep-directory";
    private static final String DIRECTORY_SECRET = "uep-directory-demo-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private static KeycloakServer keycloak;
    private static KeycloakTokens tokens;

    @BeforeAll
    static void startKeycloak() {
        keycloak = KeycloakServer.shared(KeycloakServer.TEST_PORT);
        tokens = keycloak.tokens();
    }

    @Test
    void headOfDinghaiComprehensiveTeam() {
        JsonNode claims = KeycloakTokens.claims(tokens.accessToken("head.dinghai", "demo"));

        assertThat(claims.path("iss").asText()).isEqualTo(keycloak.issuerUri());
        assertThat(texts(claims.path("aud"))).contains("uep-api");
        assertThat(claims.path("azp").asText()).isEqualTo("uep-dev-tools");
        assertThat(texts(claims.path("groups"))).containsExactly("/zhoushan/dinghai/comprehensive");
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("head").doesNotContain("officer");
        assertThat(claims.path("preferred_username").asText()).isEqualTo("head.dinghai");
        assertThat(claims.path("name").asText()).isEqualTo("建国 王");
        assertThat(claims.path("certificate_number").asText()).isEqualTo("ZJ-DH-2019-0001");
        assertThat(LocalDate.parse(claims.path("certificate_expiry").asText())).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).as("access token lifespan").isEqualTo(300);

        CurrentOfficer officer = OfficerClaims.toOfficer(asMap(claims));
        assertThat(officer.displayName()).isEqualTo("王建国");
        assertThat(officer.roles()).containsExactly("head");
        assertThat(Callers.of(officer).candidateGroups()).containsExactly("head@/zhoushan/dinghai/comprehensive");
    }

    @Test
    void officerOfHuannanTownship() {
        JsonNode claims = KeycloakTokens.claims(tokens.accessToken("officer.huannan", "demo"));

        assertThat(texts(claims.path("aud"))).contains("uep-api");
        assertThat(texts(claims.path("groups"))).containsExactly("/zhoushan/dinghai/huannan");
        assertThat(texts(claims.path("realm_access").path("roles"))).contains("officer").doesNotContain("head");
        assertThat(claims.path("certificate_number").asText()).isNotBlank();
        assertThat(LocalDate.parse(claims.path("certificate_expiry").asText())).isAfter(LocalDate.of(2026, 1, 1));
        assertThat(Callers.of(OfficerClaims.toOfficer(asMap(claims))).candidateGroups())
                .containsExactly("officer@/zhoushan/dinghai/huannan");
    }

    @Test
    void squadLeaderHoldsTwoRoles() {
        CurrentOfficer squad = OfficerClaims.toOfficer(asMap(KeycloakTokens.claims(tokens.accessToken("squad.dinghai"))));
        assertThat(squad.roles()).containsExactlyInAnyOrder("squad-leader", "officer");
        assertThat(Callers.of(squad).candidateGroups()).containsExactlyInAnyOrder(
                "squad-leader@/zhoushan/dinghai/comprehensive", "officer@/zhoushan/dinghai/comprehensive");
    }

    @Test
    void administratorsCarryNoCertificate() {
        JsonNode claims = KeycloakTokens.claims(tokens.accessToken("auditadmin"));
        assertThat(texts(claims.path("realm_access").path("roles")))
                .contains("audit-admin").doesNotContain("system-admin", "security-admin");
        assertThat(claims.has("certificate_number")).isFalse();
    }

    @Test
    void everyDemoUserCanLogIn() throws IOException {
        for (JsonNode user : demoUsers()) {
            String username = user.path("username").asText();
            HttpResponse<String> response = tokens.passwordGrant(username, "demo");
            assertThat(response.statusCode()).as(username + ": " + response.body()).isEqualTo(200);
            // The token says what the realm file says: units, home unit and assignments.
            JsonNode claims = KeycloakTokens.claims(JSON.readTree(response.body()).path("access_token").asText());
            assertThat(new HashSet<>(texts(claims.path("groups")))).as(username + " groups")
                    .isEqualTo(new HashSet<>(texts(user.path("groups"))));
            assertThat(claims.path("home_unit").asText()).as(username + " home_unit")
                    .isEqualTo(user.path("attributes").path("home_unit").path(0).asText());
            assertThat(texts(claims.path("unit_assignments"))).as(username + " unit_assignments")
                    .containsExactlyInAnyOrderElementsOf(texts(user.path("attributes").path("unit_assignments")));
        }
    }

    @Test
    void stationedOfficerCarriesHomeUnitAndAssignment() {
        JsonNode claims = KeycloakTokens.claims(tokens.accessToken("officer.changtu.stationed"));

        assertThat(texts(claims.path("groups"))).containsExactlyInAnyOrder(
                "/zhoushan/daishan/comprehensive", "/zhoushan/daishan/changtu/stationed-comprehensive");
        assertThat(claims.path("home_unit").asText()).isEqualTo("/zhoushan/daishan/comprehensive");
        assertThat(claims.path("unit_assignments").isArray()).as("multivalued claim, even with one value").isTrue();
        assertThat(texts(claims.path("unit_assignments")))
                .containsExactly("/zhoushan/daishan/changtu/stationed-comprehensive");
        assertThat(OfficerClaims.toOfficer(asMap(claims)).units()).containsExactlyInAnyOrder(
                "/zhoushan/daishan/comprehensive", "/zhoushan/daishan/changtu/stationed-comprehensive");
    }

    @Test
    void unitAndReviewClaimsAreAbsentWhenTheUserHasNone() {
        JsonNode claims = KeycloakTokens.claims(tokens.accessToken("head.dinghai"));
        assertThat(claims.path("home_unit").asText()).isEqualTo("/zhoushan/dinghai/comprehensive");
        assertThat(claims.has("unit_assignments")).isFalse();
        assertThat(claims.has("legal_qualification")).isFalse();
        assertThat(claims.has("review_started")).isFalse();
    }

    @Test
    void legalReviewersCarryQualificationAndStartDate() {
        JsonNode putuo = KeycloakTokens.claims(tokens.accessToken("reviewer.putuo"));
        assertThat(texts(putuo.path("realm_access").path("roles"))).contains("legal-reviewer");
        assertThat(putuo.path("home_unit").asText()).isEqualTo("/zhoushan/putuo/comprehensive");
        assertThat(putuo.path("legal_qualification").asText()).isNotBlank();
        assertThat(LocalDate.parse(putuo.path("review_started").asText())).isAfter(LocalDate.of(2021, 7, 15));

        JsonNode daishan = KeycloakTokens.claims(tokens.accessToken("reviewer.daishan"));
        assertThat(LocalDate.parse(daishan.path("review_started").asText())).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(daishan.has("legal_qualification")).as("deliberately without the qualification").isFalse();

        JsonNode dinghai = KeycloakTokens.claims(tokens.accessToken("reviewer.dinghai"));
        assertThat(LocalDate.parse(dinghai.path("review_started").asText())).isEqualTo(LocalDate.of(2020, 3, 1));
    }

    /** Art. 58(3) on real tokens: qualified, grandfathered (started before 2021-07-15), and refused. */
    @Test
    void theAccessPolicyDecidesLegalReviewSignOffFromTheTokens() {
        AccessPolicy policy = new AccessPolicy(null);
        policy.requireMayReviewLegally(caller("reviewer.putuo"));
        policy.requireMayReviewLegally(caller("reviewer.dinghai"));
        assertThatThrownBy(() -> policy.requireMayReviewLegally(caller("reviewer.daishan")))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("national legal professional qualification");
    }

    private Caller caller(String username) {
        return Callers.of(OfficerClaims.toOfficer(asMap(KeycloakTokens.claims(tokens.accessToken(username)))));
    }

    @Test
    void directoryServiceAccountReadsGroupsAndUsers() throws IOException {
        String token = directoryToken();
        JsonNode claims = KeycloakTokens.claims(token);
        assertThat(claims.path("azp").asText()).isEqualTo("uep-directory");
        assertThat(texts(claims.path("resource_access").path("realm-management").path("roles")))
                .containsExactlyInAnyOrder("view-users", "query-users", "query-groups", "view-realm");
        assertThat(claims.has("groups")).as("no UEP claims in a service account token").isFalse();

        HttpResponse<String> groups = adminGet(token, "/groups");
        assertThat(groups.statusCode()).as(groups.body()).isEqualTo(200);
        JsonNode city = JSON.readTree(groups.body()).path(0);
        assertThat(city.path("path").asText()).isEqualTo("/zhoushan");
        HttpResponse<String> children = adminGet(token, "/groups/" + city.path("id").asText() + "/children?max=100");
        assertThat(children.statusCode()).as(children.body()).isEqualTo(200);
        List<String> childPaths = new ArrayList<>();
        JSON.readTree(children.body()).forEach(child -> childPaths.add(child.path("path").asText()));
        assertThat(childPaths).contains("/zhoushan/comprehensive", "/zhoushan/dinghai", "/zhoushan/authorities",
                "/zhoushan/coordination-office", "/zhoushan/justice-bureau");

        HttpResponse<String> users = adminGet(token, "/users?briefRepresentation=true&max=500");
        assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
        List<String> usernames = new ArrayList<>();
        JSON.readTree(users.body()).forEach(user -> usernames.add(user.path("username").asText()));
        assertThat(usernames).contains("head.dinghai", "officer.changtu.stationed", "reviewer.putuo")
                .hasSizeGreaterThanOrEqualTo(demoUsers().size());

        // Read-only: creating a group is refused.
        HttpResponse<String> create = send(HttpRequest.newBuilder(adminUri("/groups"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"not-allowed\"}")));
        assertThat(create.statusCode()).as(create.body()).isEqualTo(403);
    }

    @Test
    void directoryClientNeedsItsSecret() {
        HttpResponse<String> response = clientCredentials("wrong-secret");
        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).contains("unauthorized_client");
    }

    @Test
    void aWrongPasswordIsRefused() {
        // One failure only: brute-force protection locks a user after two failures within a second.
        HttpResponse<String> response = tokens.passwordGrant("officer.dinghai2", "not-the-password");
        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).contains("invalid_grant");
    }

    @Test
    void overlappingLoginsOfOneUserAreNotTakenForAnAttack() throws Exception {
        // The test Keycloak allows concurrent requests (KeycloakServer): a browser login may overlap an API token grant.
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<HttpResponse<String>>> grants = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                grants.add(pool.submit(() -> tokens.passwordGrant("officer.putuo.market", "demo")));
            }
            for (Future<HttpResponse<String>> grant : grants) {
                assertThat(grant.get().statusCode()).as(grant.get().body()).isEqualTo(200);
            }
        }
    }

    @Test
    void onlyTheDevToolsClientHasThePasswordGrant() {
        HttpResponse<String> response = tokens.passwordGrant("uep-console", "officer.dinghai1", "demo");
        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).contains("unauthorized_client");
    }

    @Test
    void tokensAreCached() {
        assertThat(tokens.accessToken("officer.city")).isSameAs(tokens.accessToken("officer.city"));
    }

    /** The people of the realm file (not the service account of uep-directory). */
    private static List<JsonNode> demoUsers() throws IOException {
        try (InputStream in = KeycloakRealmTest.class.getResourceAsStream("/keycloak/uep-realm.json")) {
            List<JsonNode> users = new ArrayList<>();
            JSON.readTree(in).path("users").forEach(u -> {
                if (!u.has("serviceAccountClientId")) {
                    users.add(u);
                }
            });
            assertThat(users).hasSizeGreaterThanOrEqualTo(13);
            return users;
        }
    }

    private static String directoryToken() throws IOException {
        HttpResponse<String> response = clientCredentials(DIRECTORY_SECRET);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asText();
    }

    private static HttpResponse<String> clientCredentials(String secret) {
        String form = "grant_type=client_credentials&client_id=" + DIRECTORY_CLIENT + "&client_secret=" + secret;
        return send(HttpRequest.newBuilder(URI.create(keycloak.tokenUri()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)));
    }

    private static URI adminUri(String path) {
        return URI.create(keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + path);
    }

    private static HttpResponse<String> adminGet(String token, String path) {
        return send(HttpRequest.newBuilder(adminUri(path)).header("Authorization", "Bearer " + token).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static Map<String, Object> asMap(JsonNode claims) {
        return new ObjectMapper().convertValue(claims, new TypeReference<>() { });
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array.isArray()) {
            array.forEach(node -> texts.add(node.asText()));
        } else if (!array.isMissingNode()) {
            texts.add(array.asText());
        }
        return texts;
    }
}
