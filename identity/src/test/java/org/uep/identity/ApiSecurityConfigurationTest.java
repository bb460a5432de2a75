package org.uep.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The security configuration as the app uses it: only Spring Boot properties (issuer-uri, audiences), Boot's own
 * JwtDecoder, tokens signed by a fake Keycloak issuer (an in-process HTTP server serving discovery and JWKS).
 */
@SpringBootTest(classes = ApiSecurityConfigurationTest.TestApp.class)
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiSecurityConfigurationTest {

    private static final FakeIssuer KEYCLOAK = new FakeIssuer();

    @DynamicPropertySource
    static void resourceServer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", KEYCLOAK::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> "uep-api");
    }

    @AfterAll
    static void stopIssuer() {
        KEYCLOAK.stop();
    }

    @Autowired
    MockMvc mvc;

    @Test
    @Order(1)
    void startsWithoutAskingKeycloakAndRejectsAMissingToken() throws Exception {
        assertThat(KEYCLOAK.requests.get()).as("issuer contacted during start-up").isZero();

        mvc.perform(get("/api/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", startsWith("Bearer")))
                .andExpect(jsonPath("$.type").value(SecurityProblems.UNAUTHENTICATED_TYPE))
                .andExpect(jsonPath("$.title").value(SecurityProblems.UNAUTHENTICATED_TITLE))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("A bearer token from Keycloak is required"))
                .andExpect(jsonPath("$.instance").value("/api/me"));
        assertThat(KEYCLOAK.requests.get()).isZero();
    }

    @Test
    void aValidTokenGivesTheCurrentOfficer() throws Exception {
        MvcResult result = mvc.perform(get("/api/me").header("Authorization", "Bearer " + KEYCLOAK.token(c -> { })))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("head.dinghai"))
                .andExpect(jsonPath("$.displayName").value("王建国"))
                .andExpect(jsonPath("$.units[0]").value("/zhoushan/dinghai/comprehensive"))
                .andExpect(jsonPath("$.roles[0]").value("head"))
                .andExpect(jsonPath("$.authority").value("ROLE_head"))
                .andExpect(jsonPath("$.sameAsAccessor").value(true))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).as("stateless").isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void tokensForAnotherAudienceIssuerOrTimeAreRefused() throws Exception {
        String otherAudience = KEYCLOAK.token(c -> c.audience(List.of("account")));
        String otherIssuer = KEYCLOAK.token(c -> c.issuer("http://localhost:1/realms/other"));
        String expired = KEYCLOAK.token(c -> c.issueTime(java.util.Date.from(Instant.now().minusSeconds(900)))
                .expirationTime(java.util.Date.from(Instant.now().minusSeconds(600))));
        String foreignKey = KEYCLOAK.tokenSignedBy(new RSAKeyGenerator(2048).keyID("uep-key").generate());
        String noUser = KEYCLOAK.token(c -> c.subject(null).claim("preferred_username", null));
        for (String token : List.of(otherAudience, otherIssuer, expired, foreignKey, noUser, "not-a-jwt")) {
            mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
                    .andExpect(jsonPath("$.detail").value(SecurityProblems.INVALID_TOKEN_DETAIL));
        }
    }

    @Test
    void methodSecurityAnswers403AsProblemDetails() throws Exception {
        String officer = KEYCLOAK.token(c -> c.claim("realm_access", Map.of("roles", List.of("officer")))
                .claim("preferred_username", "officer.dinghai1"));
        mvc.perform(get("/api/head-only").header("Authorization", "Bearer " + officer))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(SecurityProblems.FORBIDDEN_TYPE))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value("Your role does not allow this action"));

        mvc.perform(get("/api/head-only").header("Authorization", "Bearer " + KEYCLOAK.token(c -> { })))
                .andExpect(status().isOk());
    }

    @Test
    void noCsrfTokenIsNeededWithABearerToken() throws Exception {
        mvc.perform(post("/api/echo").header("Authorization", "Bearer " + KEYCLOAK.token(c -> { })))
                .andExpect(status().isOk());
        mvc.perform(post("/api/echo")).andExpect(status().isUnauthorized());
    }

    @Test
    void publicPathsNeedNoToken() throws Exception {
        // No such endpoints in this test app: 404 (not 401) shows the security chain let them through.
        for (String path : List.of("/v3/api-docs", "/v3/api-docs/uep", "/swagger-ui/index.html", "/swagger-ui.html",
                "/actuator/health", "/actuator/health/liveness")) {
            mvc.perform(get(path)).andExpect(status().isNotFound());
        }
    }

    @Test
    void withoutAConsoleLoginConfiguredConsolePathsAnswer401() throws Exception {
        mvc.perform(get("/console/me")).andExpect(status().isUnauthorized());
        mvc.perform(post("/console/me")).andExpect(status().isForbidden()); // no CSRF token
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ProbeController.class)
    static class TestApp {
    }

    @RestController
    static class ProbeController {

        @GetMapping("/api/me")
        Map<String, Object> me(CurrentOfficer me, org.springframework.security.core.Authentication authentication) {
            return Map.of(
                    "username", me.username(),
                    "displayName", me.displayName(),
                    "units", me.units(),
                    "roles", me.roles(),
                    "authority", authentication.getAuthorities().iterator().next().getAuthority(),
                    "sameAsAccessor", CurrentOfficers.from(authentication).equals(me));
        }

        @GetMapping("/api/head-only")
        @PreAuthorize("hasRole('head')")
        String headOnly() {
            return "ok";
        }

        @PostMapping("/api/echo")
        String echo() {
            return "ok";
        }

        @GetMapping("/console/me")
        String consoleMe(CurrentOfficer me) {
            return me.username();
        }
    }

    /** Serves Keycloak's discovery document and JWKS for realm uep, and signs tokens like Keycloak does. */
    static final class FakeIssuer {
        final AtomicInteger requests = new AtomicInteger();
        private final RSAKey key;
        private final HttpServer server;

        FakeIssuer() {
            try {
                key = new RSAKeyGenerator(2048).keyID("uep-key").keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256).generate();
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/realms/uep/.well-known/openid-configuration", exchange -> respond(exchange,
                    "{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + issuer() + "/protocol/openid-connect/certs\","
                            + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                            + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"]}"));
            server.createContext("/realms/uep/protocol/openid-connect/certs", exchange ->
                    respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
            server.start();
        }

        private void respond(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
            requests.incrementAndGet();
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        }

        String issuer() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/uep";
        }

        /** An access token for head.dinghai, changed by {@code change}. */
        String token(Consumer<JWTClaimsSet.Builder> change) throws JOSEException {
            return sign(key, change);
        }

        String tokenSignedBy(RSAKey otherKey) throws JOSEException {
            return sign(otherKey, c -> { });
        }

        private String sign(RSAKey signingKey, Consumer<JWTClaimsSet.Builder> change) throws JOSEException {
            Instant now = Instant.now();
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .issuer(issuer())
                    .subject("1b74fab5-2e46-43f8-bbcf-e8adffaef299")
                    .audience(List.of("uep-api", "account"))
                    .issueTime(java.util.Date.from(now))
                    .expirationTime(java.util.Date.from(now.plusSeconds(300)))
                    .claim("typ", "Bearer")
                    .claim("azp", "uep-dev-tools")
                    .claim("realm_access", Map.of("roles", List.of("head", "offline_access", "default-roles-uep")))
                    .claim("preferred_username", "head.dinghai")
                    .claim("name", "建国 王")
                    .claim("given_name", "建国")
                    .claim("family_name", "王")
                    .claim("groups", List.of("/zhoushan/dinghai/comprehensive"))
                    .claim("certificate_number", "ZJ-DH-2019-0001")
                    .claim("certificate_expiry", "2028-12-31");
            change.accept(claims);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(),
                    claims.build());
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        }

        void stop() {
            server.stop(0);
        }
    }
}
