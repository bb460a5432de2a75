package org.uep.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Access tokens from the test/local Keycloak through the password grant of client {@code uep-dev-tools}
 * (demo/test only), or for a confidential client's service account through the client-credentials grant. Tokens are
 * cached per user or client for up to 60 s (they live 5 min).
 */
public final class KeycloakTokens {

    public static final String CLIENT_ID = "uep-dev-tools";
    public static final String DEMO_PASSWORD = "demo";
    /** The collection side's client (bank / 非税收入系统) and its demo secret. */
    public static final String COLLECTION_CLIENT = "uep-collection";
    public static final String COLLECTION_SECRET = "uep-collection-demo-secret";
    private static final Duration CACHE_FOR = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String tokenUri;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public KeycloakTokens(String tokenUri) {
        this.tokenUri = tokenUri;
    }

    /** An access token for a demo user (password {@code demo}). */
    public String accessToken(String username) {
        return accessToken(username, DEMO_PASSWORD);
    }

    /** An access token, from the cache if one was fetched less than 60 s ago. */
    public String accessToken(String username, String password) {
        return cached(username + '\u0000' + password, username, () -> passwordGrant(username, password));
    }

    /** An access token of a confidential client's service account (client-credentials grant). */
    public String serviceAccountToken(String clientId, String secret) {
        return cached("client\u0000" + clientId, clientId, () -> send(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)));
    }

    /**
     * One grant per user at a time: Keycloak's brute-force detection (quick-login check) can take simultaneous
     * logins of one user for an attack and lock the account for a minute.
     */
    private String cached(String key, String who, java.util.function.Supplier<HttpResponse<String>> grant) {
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            return cachedOrGranted(key, who, grant);
        }
    }

    private String cachedOrGranted(String key, String who, java.util.function.Supplier<HttpResponse<String>> grant) {
        Cached cached = cache.get(key);
        if (cached != null && Instant.now().isBefore(cached.until())) {
            return cached.token();
        }
        HttpResponse<String> response = grant.get();
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + who + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        JsonNode body = read(response.body());
        String token = body.path("access_token").asText();
        long expiresIn = body.path("expires_in").asLong(300);
        Duration cacheFor = Duration.ofSeconds(Math.min(CACHE_FOR.toSeconds(), Math.max(0, expiresIn - 30)));
        cache.put(key, new Cached(token, Instant.now().plus(cacheFor)));
        return token;
    }

    /** The raw token endpoint answer (for tests of refusals), never cached. */
    public HttpResponse<String> passwordGrant(String username, String password) {
        return passwordGrant(CLIENT_ID, username, password);
    }

    public HttpResponse<String> passwordGrant(String clientId, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", clientId);
        form.put("username", username);
        form.put("password", password);
        form.put("scope", "openid");
        return send(form);
    }

    private HttpResponse<String> send(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUri))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + tokenUri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The payload (claims) of a JWT, not verified: for assertions in tests only. */
    public static JsonNode claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalArgumentException("Not a JWT");
        }
        return read(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    public void clearCache() {
        cache.clear();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Cached(String token, Instant until) {
    }
}
