package org.uep.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uep.workers.testing.EngineRecords;

/** Calls the running app over HTTP as a given Keycloak user (real tokens, real network). */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    private ApiClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public static ApiClient as(int port, String username) {
        return new ApiClient("http://localhost:" + port,
                KeycloakServer.shared(KeycloakServer.TEST_PORT).tokens().accessToken(username));
    }

    /** As the collection system (bank / 非税收入系统): the service account of client uep-collection. */
    public static ApiClient asCollectionSystem(int port) {
        return new ApiClient("http://localhost:" + port, KeycloakServer.shared(KeycloakServer.TEST_PORT).tokens()
                .serviceAccountToken(KeycloakTokens.COLLECTION_CLIENT, KeycloakTokens.COLLECTION_SECRET));
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, null);
    }

    /** {@code next}: the path and query of the Link header's rel="next" page, if any. */
    public record Response(int status, String contentType, JsonNode body, String next) {}

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends a file as the request body. */
    public Response putFile(String path, String contentType, byte[] content) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A file downloaded: status, its type, its {@code Repr-Digest} and {@code Content-Disposition} headers and its bytes. */
    public record Download(int status, String contentType, String digest, String disposition, byte[] body) {}

    public Download download(String path) {
        HttpResponse<byte[]> response = Http.exchange(http, authorised(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Repr-Digest").orElse(null),
                response.headers().firstValue("Content-Disposition").orElse(null), response.body());
    }

    private HttpRequest.Builder authorised(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = Http.exchange(http, authorised(request), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        try {
            String next = response.headers().firstValue("Link").map(ApiClient::nextPage).orElse(null);
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body), next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String nextPage(String link) {
        Matcher next = NEXT.matcher(link);
        if (!next.find()) {
            return null;
        }
        URI uri = URI.create(next.group(1));
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Waits until the task of {@code elementId} for the lead shows in this user's inbox. */
    public JsonNode awaitTask(long leadId, String elementId) {
        List<JsonNode> found = new ArrayList<>();
        EngineRecords.await(elementId + " in the inbox", Duration.ofSeconds(60), () -> {
            for (JsonNode task : get("/api/inbox").body()) {
                if (task.get("leadId").asLong() == leadId && elementId.equals(task.get("elementId").asText())) {
                    found.add(task);
                    return true;
                }
            }
            return false;
        });
        return found.getFirst();
    }

    /** Claims the task and completes it with {@code completion}; both must succeed. */
    public void claimAndComplete(JsonNode task, String completion) {
        long id = task.get("id").asLong();
        assertThat(post("/api/tasks/" + id + "/claim", "").status()).isEqualTo(200);
        Response completed = post("/api/tasks/" + id + "/complete", completion);
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
    }

    public List<Long> inboxTaskIds() {
        List<Long> ids = new ArrayList<>();
        get("/api/inbox").body().forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }
}
