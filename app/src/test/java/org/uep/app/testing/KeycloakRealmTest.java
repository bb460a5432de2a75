package org.uep.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.uep.api.web.Callers;
import org.uep.identity.CurrentOfficer;
import org.uep.identity.OfficerClaims;

/** The realm file as the real Keycloak 26.7.3 imports it: logins and the claims UEP relies on. */
class KeycloakRealmTest {

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
        for (String username : demoUsernames()) {
            HttpResponse<String> response = tokens.passwordGrant(username, "demo");
            assertThat(response.statusCode()).as(username + ": " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        // One failure only: brute-force protection locks a user after two failures within a second.
        HttpResponse<String> response = tokens.passwordGrant("officer.dinghai2", "not-the-password");
        assertThat(response.statusCode()).isIn(400, 401);
        assertThat(response.body()).contains("invalid_grant");
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

    private static List<String> demoUsernames() throws IOException {
        try (InputStream in = KeycloakRealmTest.class.getResourceAsStream("/keycloak/uep-realm.json")) {
            List<String> names = new ArrayList<>();
            new ObjectMapper().readTree(in).path("users").forEach(u -> names.add(u.path("username").asText()));
            assertThat(names).hasSizeGreaterThanOrEqualTo(13);
            return names;
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
