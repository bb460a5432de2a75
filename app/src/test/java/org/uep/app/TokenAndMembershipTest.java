package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Http;
import org.uep.app.testing.KeycloakAdmin;
import org.uep.app.testing.KeycloakServer;
import org.uep.app.testing.KeycloakTokens;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.identity.SecurityProblems;

/**
 * Which tokens the API accepts, and when a change in Keycloak takes effect — with tokens from the real Keycloak
 * (no hand-made JWTs) and test users created through Keycloak's admin API (the demo users stay untouched; no
 * wrong passwords are tried: brute-force protection locks users).
 *
 * <h2>Refused tokens</h2>
 * <ul>
 *   <li><b>Tampered</b>: a real token of officer.dinghai1 with a changed payload (an extra role, another unit, a
 *       later {@code exp}) and the original header and signature → 401 problem details.</li>
 *   <li><b>Wrong issuer</b>: a real token of Keycloak's {@code master} realm (admin-cli, the temporary admin) →
 *       401. It fails on several counts at once (signed with the master realm's key, other {@code iss}, no
 *       {@code uep-api} audience); each check alone is covered by {@code ApiSecurityConfigurationTest} (identity).</li>
 *   <li><b>Expired</b>: realm access tokens live 5 min and Spring Security allows 60 s of clock skew, and a
 *       production Keycloak offers no way to move its clock or to issue an already expired token; a later {@code exp}
 *       cannot be written into a token without breaking its signature (the tampering case above). So this test
 *       does not wait 6 minutes: it checks that the real token carries {@code exp = iat + 300} and that Spring's
 *       timestamp validation accepts that very token (decoded by the app's own {@link JwtDecoder}) up to 60 s after
 *       {@code exp} and refuses it afterwards. The 401 for an expired token through the app's security chain is
 *       covered by {@code ApiSecurityConfigurationTest} (identity, with a stub issuer that can sign expired
 *       tokens).</li>
 * </ul>
 *
 * <h2>Removal from a group: access ends at the next token refresh, not at the sync</h2>
 * The API decides from the access token alone (units = the token's {@code groups}); it does not call Keycloak per
 * request and does not read its directory copy for access. A Keycloak access token is self-contained and does not
 * change after it is issued, so a person removed from a group keeps the group's access <b>until their access
 * token is replaced</b> — by a refresh or a new login, at the latest when it expires (5 min + 60 s skew). Ending
 * the person's sessions in Keycloak (logout) stops refreshes but does not recall the access token already issued
 * either. The directory's read copy (table {@code officer}; candidate officers, workload) learns of the change at
 * the next sync (every 15 min, or on demand) or at the person's first request with the new token, whichever comes
 * first; the sync alone does <i>not</i> end access.
 *
 * <h2>Separation of administrative duties (等保 2.0 三级)</h2>
 * Keycloak itself cannot forbid granting two of system-admin / security-admin / audit-admin to one account (this
 * test does just that through the admin API). UEP therefore refuses such an account on every request (the access
 * policy admits the caller before any controller acts), and {@code RealmFileTest} (identity) checks that the
 * shipped realm gives no account two of them.
 */
@UepIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenAndMembershipTest {

    static final String DINGHAI = "/zhoushan/dinghai/comprehensive";
    static final String PUTUO_MARKET = "/zhoushan/putuo/market-regulation";
    static final String MEMBER = "member.removal";
    static final String ADMIN_BOTH = "admin.both";
    /** Passwords of the users this test creates (never the demo password, never a wrong one). */
    static final String PASSWORD = "Token-and-membership-1";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired JwtDecoder jwtDecoder;

    KeycloakServer keycloak;
    KeycloakTokens tokens;
    KeycloakAdmin admin;
    final List<String> createdUsers = new ArrayList<>();

    @BeforeAll
    void keycloakAndDirectory() {
        keycloak = KeycloakServer.shared(KeycloakServer.TEST_PORT);
        tokens = keycloak.tokens();
        admin = KeycloakAdmin.shared();
        DirectoryReady.await(jdbc);
    }

    /** Removes the test users and syncs once more, so Keycloak and the directory are as the other tests expect. */
    @AfterAll
    void removeTestUsers() {
        for (String username : List.of(MEMBER, ADMIN_BOTH)) {
            admin.findUserId(username).ifPresent(admin::deleteUser);
        }
        if (!createdUsers.isEmpty()) {
            ApiClient.as(port, "secadmin").post("/api/admin/directory/sync", "");
        }
    }

    // ---------------------------------------------------------------------------------------------- refused tokens

    @Test
    void aTamperedTokenIsRefused() {
        String token = tokens.accessToken("officer.dinghai1");
        assertThat(call(token, "GET", "/api/inbox", null).status()).as("the untouched token").isEqualTo(200);

        ObjectNode claims = (ObjectNode) KeycloakTokens.claims(token);
        ObjectNode moreRoles = claims.deepCopy();
        ((ArrayNode) moreRoles.path("realm_access").path("roles")).add("head");
        ObjectNode otherUnit = claims.deepCopy();
        otherUnit.putArray("groups").add(PUTUO_MARKET);
        ObjectNode longerLife = claims.deepCopy();
        longerLife.put("exp", claims.path("exp").asLong() + 3600);

        for (ObjectNode payload : List.of(moreRoles, otherUnit, longerLife)) {
            String tampered = withPayload(token, payload);
            Reply reply = call(tampered, "GET", "/api/inbox", null);
            assertThat(reply.status()).as("tampered: " + payload).isEqualTo(401);
            assertInvalidTokenProblem(reply);
        }
        Reply lead = call(withPayload(token, otherUnit), "POST", "/api/leads", """
                {"unitPath": "%s", "source": "INSPECTION", "summary": "篡改令牌 tampered token"}""".formatted(PUTUO_MARKET));
        assertThat(lead.status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from lead where summary = '篡改令牌 tampered token'", Long.class))
                .isZero();
    }

    @Test
    void aTokenOfAnotherRealmIsRefused() {
        HttpResponse<String> grant = new KeycloakTokens(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token")
                .passwordGrant("admin-cli", KeycloakServer.ADMIN_USERNAME, KeycloakServer.ADMIN_PASSWORD);
        assertThat(grant.statusCode()).as(grant.body()).isEqualTo(200);
        String masterToken = read(grant.body()).path("access_token").asText();
        assertThat(KeycloakTokens.claims(masterToken).path("iss").asText())
                .isEqualTo(keycloak.baseUrl() + "/realms/master").isNotEqualTo(keycloak.issuerUri());

        for (String path : List.of("/api/inbox", "/api/cases")) {
            Reply reply = call(masterToken, "GET", path, null);
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertInvalidTokenProblem(reply);
        }
        assertThat(call(masterToken, "POST", "/api/admin/directory/sync", "").status()).isEqualTo(401);
    }

    /** See the class comment: why expiry is checked on the decoded real token and not by waiting 6 minutes. */
    @Test
    void aRealTokenIsAcceptedUntilItsExpiryPlusTheClockSkewAndRefusedAfter() {
        Jwt jwt = jwtDecoder.decode(tokens.accessToken("officer.dinghai2")); // the app's decoder: signature, issuer, audience, time — all pass now
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(5));

        Instant expiry = jwt.getExpiresAt();
        assertThat(timestampCheckAt(jwt, expiry.minusSeconds(1)).hasErrors()).isFalse();
        assertThat(timestampCheckAt(jwt, expiry.plusSeconds(59)).hasErrors()).as("within the 60 s skew").isFalse();
        OAuth2TokenValidatorResult late = timestampCheckAt(jwt, expiry.plusSeconds(61));
        assertThat(late.hasErrors()).isTrue();
        assertThat(late.getErrors().iterator().next().getDescription()).contains("expired");
    }

    // ------------------------------------------------------------------------------------- removal from a group

    @Test
    void removedFromTheGroupAccessEndsAtTheNextTokenRefreshAndTheDirectoryFollowsAtTheSync() {
        String userId = createUser(new KeycloakAdmin.NewUser(MEMBER, PASSWORD, "移除", "测试", DINGHAI,
                List.of("officer"), Map.of("certificate_number", "ZJ-DH-TEST-0001", "certificate_expiry", "2030-12-31")));
        JsonNode login = login(MEMBER);
        String first = login.path("access_token").asText();
        assertThat(KeycloakTokens.claims(first).path("groups").toString()).contains(DINGHAI);

        Reply registered = call(first, "POST", "/api/leads", lead("成员移除前 before removal"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        long leadId = registered.body().path("id").asLong();
        assertThat(call(first, "GET", "/api/leads/" + leadId, null).status()).isEqualTo(200);
        assertThat(directoryListsDinghai()).as("recorded from the token at the first request").isTrue();

        admin.leaveGroup(userId, DINGHAI);
        assertThat(admin.groupsOf(userId)).isEmpty();

        // The token already issued does not change: it still says DINGHAI, and the API still admits it.
        assertThat(call(first, "GET", "/api/leads/" + leadId, null).status()).as("old token, same lead").isEqualTo(200);
        assertThat(call(first, "POST", "/api/leads", lead("成员移除后旧令牌 old token after removal")).status())
                .as("old token, new lead").isEqualTo(201);
        assertThat(directoryListsDinghai()).as("the directory has not heard yet").isTrue();

        // The sync brings the directory up to date ...
        ApiClient.Response synced = ApiClient.as(port, "secadmin").post("/api/admin/directory/sync", "");
        assertThat(synced.status()).isEqualTo(200);
        assertThat(directoryListsDinghai()).as("after the sync").isFalse();
        assertThat(jdbc.queryForObject("select active from officer where username = ?", Boolean.class, MEMBER)).isTrue();
        // ... but does not end access: the API trusts the token until it is replaced or expires.
        assertThat(call(first, "GET", "/api/leads/" + leadId, null).status()).as("old token after the sync").isEqualTo(200);

        // Token refresh: Keycloak computes the claims afresh — no group, no access.
        JsonNode refreshed = refresh(login.path("refresh_token").asText());
        String second = refreshed.path("access_token").asText();
        assertThat(KeycloakTokens.claims(second).path("groups").toString()).as("groups of the refreshed token")
                .doesNotContain(DINGHAI);
        assertThat(call(second, "GET", "/api/leads/" + leadId, null).status()).as("refreshed token, the lead").isEqualTo(404);
        Reply refused = call(second, "POST", "/api/leads", lead("成员移除后新令牌 new token after removal"));
        assertThat(refused.status()).as("refreshed token, new lead").isEqualTo(403);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(call(second, "GET", "/api/cases", null).status()).isEqualTo(200);
        assertThat(directoryListsDinghai()).as("after the refreshed token's first request").isFalse();
        // A new login says the same.
        assertThat(call(login(MEMBER).path("access_token").asText(), "GET", "/api/leads/" + leadId, null).status())
                .as("new login, the lead").isEqualTo(404);

        // Ending the sessions stops refreshes, yet an access token already issued lives on until it expires.
        admin.logout(userId);
        assertThat(refreshGrant(refreshed.path("refresh_token").asText()).statusCode()).as("refresh after logout")
                .isEqualTo(400);
        assertThat(call(first, "GET", "/api/leads/" + leadId, null).status())
                .as("the first token after logout (valid until %s)", Instant.ofEpochSecond(
                        KeycloakTokens.claims(first).path("exp").asLong())).isEqualTo(200);
    }

    // ----------------------------------------------------------------------- separation of administrative duties

    @Test
    void anAccountHoldingTwoAdministrativeRolesIsRefusedEverywhere() {
        createUser(new KeycloakAdmin.NewUser(ADMIN_BOTH, PASSWORD, "双职", "测试", "/zhoushan",
                List.of("system-admin", "audit-admin"), Map.of()));
        String token = login(ADMIN_BOTH).path("access_token").asText();
        assertThat(KeycloakTokens.claims(token).path("realm_access").path("roles").toString())
                .as("Keycloak grants the combination without complaint")
                .contains("system-admin", "audit-admin");

        for (String[] request : List.of(new String[] {"GET", "/api/inbox"}, new String[] {"GET", "/api/cases"},
                new String[] {"POST", "/api/admin/directory/sync"})) {
            Reply reply = call(token, request[0], request[1], request[0].equals("POST") ? "" : null);
            assertThat(reply.status()).as(request[0] + " " + request[1]).isEqualTo(403);
            assertThat(reply.contentType()).contains("application/problem+json");
            assertThat(reply.body().path("detail").asText()).contains("separation of administrative duties");
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where stream = 'admin/directory' and actor = ?",
                Long.class, ADMIN_BOTH)).as("no sync happened").isZero();

        ApiClient sysadmin = ApiClient.as(port, "sysadmin");
        ApiClient.Response inbox = sysadmin.get("/api/inbox");
        assertThat(inbox.status()).isEqualTo(200);
        assertThat(inbox.body().isArray()).isTrue();
        assertThat(inbox.body()).isEmpty();
        assertThat(sysadmin.post("/api/admin/directory/sync", "").status()).as("one role: allowed").isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private String createUser(KeycloakAdmin.NewUser user) {
        createdUsers.add(user.username());
        return admin.createUser(user);
    }

    private boolean directoryListsDinghai() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select ? = any(units) from officer where username = ?", Boolean.class, DINGHAI, MEMBER));
    }

    private static String lead(String summary) {
        return """
                {"unitPath": "%s", "source": "INSPECTION", "summary": "%s"}""".formatted(DINGHAI, summary);
    }

    /** A password grant (never cached) for a user this test created. */
    private JsonNode login(String username) {
        HttpResponse<String> grant = tokens.passwordGrant(username, PASSWORD);
        assertThat(grant.statusCode()).as(username + ": " + grant.body()).isEqualTo(200);
        return read(grant.body());
    }

    private JsonNode refresh(String refreshToken) {
        HttpResponse<String> grant = refreshGrant(refreshToken);
        assertThat(grant.statusCode()).as("refresh: " + grant.body()).isEqualTo(200);
        return read(grant.body());
    }

    private HttpResponse<String> refreshGrant(String refreshToken) {
        String form = "grant_type=refresh_token&client_id=" + KeycloakTokens.CLIENT_ID + "&refresh_token="
                + URLEncoder.encode(refreshToken, StandardCharsets.UTF_8);
        return exchange(HttpRequest.newBuilder(URI.create(keycloak.tokenUri()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private static OAuth2TokenValidatorResult timestampCheckAt(Jwt jwt, Instant now) {
        JwtTimestampValidator validator = new JwtTimestampValidator(); // Spring's default: 60 s clock skew
        validator.setClock(Clock.fixed(now, ZoneOffset.UTC));
        return validator.validate(jwt);
    }

    /** The token with another payload: header and signature as Keycloak made them. */
    private static String withPayload(String jwt, JsonNode payload) {
        String[] parts = jwt.split("\\.");
        String encoded = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(encoded).isNotEqualTo(parts[1]);
        return parts[0] + "." + encoded + "." + parts[2];
    }

    private static void assertInvalidTokenProblem(Reply reply) {
        assertThat(reply.contentType()).contains("application/problem+json");
        assertThat(reply.wwwAuthenticate()).contains("invalid_token");
        assertThat(reply.body().path("status").asInt()).isEqualTo(401);
        assertThat(reply.body().path("detail").asText()).isEqualTo(SecurityProblems.INVALID_TOKEN_DETAIL);
    }

    record Reply(int status, String contentType, String wwwAuthenticate, JsonNode body) {}

    /** One request to the app with exactly this bearer token (ApiClient takes its tokens from Keycloak). */
    private Reply call(String token, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = exchange(request);
        String body = response.body();
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("WWW-Authenticate").orElse(""),
                body == null || body.isBlank() ? JSON.nullNode() : read(body));
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        return Http.exchange(http, request);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
