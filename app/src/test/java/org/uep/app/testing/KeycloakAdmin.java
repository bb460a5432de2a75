package org.uep.app.testing;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keycloak's admin REST API as the master realm's temporary administrator ({@code admin}/{@code admin}, test and
 * local runs only), for tests that change people in realm {@code uep}: create a user of their own, grant roles,
 * change group membership, end sessions, delete the user. Tests never change the demo users other tests use.
 * Every change is also in Keycloak's admin events (the realm stores them).
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final KeycloakServer keycloak;
    private final String realmUri;

    public KeycloakAdmin(KeycloakServer keycloak) {
        this.keycloak = keycloak;
        this.realmUri = keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM;
    }

    /** The test run's Keycloak. */
    public static KeycloakAdmin shared() {
        return new KeycloakAdmin(KeycloakServer.shared(KeycloakServer.TEST_PORT));
    }

    /** What a test user looks like in realm {@code uep}: a person with a home unit (also their one group). */
    public record NewUser(String username, String password, String firstName, String lastName, String homeUnit,
                          List<String> realmRoles, Map<String, String> attributes) {}

    /**
     * Creates the user afresh (a user of that name left by an earlier run in this Keycloak is deleted first),
     * with password, realm roles, the home unit as group and attribute, and the given attributes; returns the id.
     */
    public String createUser(NewUser user) {
        findUserId(user.username()).ifPresent(this::deleteUser);
        ObjectNode rep = JSON.createObjectNode()
                .put("username", user.username())
                .put("enabled", true)
                .put("email", user.username() + "@test.uep.example")
                .put("emailVerified", true)
                .put("firstName", user.firstName())
                .put("lastName", user.lastName());
        ObjectNode attributes = rep.putObject("attributes");
        attributes.putArray("home_unit").add(user.homeUnit());
        user.attributes().forEach((name, value) -> attributes.putArray(name).add(value));
        HttpResponse<String> created = send("POST", realmUri + "/users", rep.toString());
        expect(created, 201, "create user " + user.username());
        String location = created.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        ObjectNode password = JSON.createObjectNode().put("type", "password").put("value", user.password())
                .put("temporary", false);
        expect(send("PUT", realmUri + "/users/" + id + "/reset-password", password.toString()), 204,
                "set the password of " + user.username());
        ArrayNode roles = JSON.createArrayNode();
        for (String role : user.realmRoles()) {
            HttpResponse<String> found = send("GET", realmUri + "/roles/" + encode(role), null);
            expect(found, 200, "read realm role " + role);
            roles.add(read(found.body()));
        }
        expect(send("POST", realmUri + "/users/" + id + "/role-mappings/realm", roles.toString()), 204,
                "grant " + user.realmRoles() + " to " + user.username());
        joinGroup(id, user.homeUnit());
        return id;
    }

    public Optional<String> findUserId(String username) {
        HttpResponse<String> found = send("GET", realmUri + "/users?exact=true&briefRepresentation=true&username="
                + encode(username), null);
        expect(found, 200, "find user " + username);
        for (JsonNode user : read(found.body())) {
            if (username.equals(user.path("username").asText())) {
                return Optional.of(user.path("id").asText());
            }
        }
        return Optional.empty();
    }

    public void deleteUser(String userId) {
        HttpResponse<String> deleted = send("DELETE", realmUri + "/users/" + userId, null);
        if (deleted.statusCode() != 204 && deleted.statusCode() != 404) {
            expect(deleted, 204, "delete user " + userId);
        }
    }

    public void joinGroup(String userId, String groupPath) {
        expect(send("PUT", realmUri + "/users/" + userId + "/groups/" + groupId(groupPath), null), 204,
                "add " + userId + " to " + groupPath);
    }

    public void leaveGroup(String userId, String groupPath) {
        expect(send("DELETE", realmUri + "/users/" + userId + "/groups/" + groupId(groupPath), null), 204,
                "remove " + userId + " from " + groupPath);
    }

    /** The full paths of the user's groups, as Keycloak has them now. */
    public List<String> groupsOf(String userId) {
        HttpResponse<String> groups = send("GET", realmUri + "/users/" + userId + "/groups?briefRepresentation=true", null);
        expect(groups, 200, "read the groups of " + userId);
        List<String> paths = new ArrayList<>();
        read(groups.body()).forEach(group -> paths.add(group.path("path").asText()));
        return paths;
    }

    /** Ends all the user's sessions (what an administrator's "sign out" does): refresh tokens stop working. */
    /**
     * Lets the console client ({@code uep-console}) log in and out at {@code baseUrl} (a test's random port): its
     * redirect URIs, post-logout redirect URIs and web origins gain the URL. Idempotent.
     */
    public void allowConsoleAt(String baseUrl) {
        HttpResponse<String> found = send("GET", realmUri + "/clients?clientId=uep-console", null);
        expect(found, 200, "find client uep-console");
        ObjectNode client = (ObjectNode) read(found.body()).get(0);
        addOnce(client.withArrayProperty("redirectUris"), baseUrl + "/*");
        addOnce(client.withArrayProperty("webOrigins"), baseUrl);
        ObjectNode attributes = client.withObjectProperty("attributes");
        String logout = attributes.path("post.logout.redirect.uris").asText("");
        if (!List.of(logout.split("##")).contains(baseUrl + "/*")) {
            attributes.put("post.logout.redirect.uris", logout.isEmpty() ? baseUrl + "/*" : logout + "##" + baseUrl + "/*");
        }
        expect(send("PUT", realmUri + "/clients/" + client.path("id").asText(), client.toString()), 204,
                "allow the console at " + baseUrl);
    }

    private static void addOnce(com.fasterxml.jackson.databind.node.ArrayNode values, String value) {
        for (JsonNode v : values) {
            if (v.asText().equals(value)) {
                return;
            }
        }
        values.add(value);
    }

    public void logout(String userId) {
        expect(send("POST", realmUri + "/users/" + userId + "/logout", null), 204, "log out " + userId);
    }

    private String groupId(String groupPath) {
        String relative = groupPath.startsWith("/") ? groupPath.substring(1) : groupPath;
        HttpResponse<String> group = send("GET", realmUri + "/group-by-path/" + relative, null);
        expect(group, 200, "find group " + groupPath);
        return read(group.body()).path("id").asText();
    }

    /** A fresh token of the master realm's administrator (master access tokens live 60 s: never cached). */
    private String adminToken() {
        String form = Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", KeycloakServer.ADMIN_USERNAME, "password", KeycloakServer.ADMIN_PASSWORD)
                .entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = exchange(HttpRequest.newBuilder(
                        URI.create(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        expect(response, 200, "admin token of the master realm");
        return read(response.body()).path("access_token").asText();
    }

    private HttpResponse<String> send(String method, String uri, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "Bearer " + adminToken())
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        return Http.exchange(http, request);
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Keycloak admin API: " + what + " answered HTTP " + response.statusCode()
                    + " (expected " + status + "): " + response.body());
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
