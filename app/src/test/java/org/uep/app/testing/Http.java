package org.uep.app.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One HTTP exchange with a timeout, for the test clients of the app and of Keycloak. */
public final class Http {

    private Http() {}

    public static HttpResponse<String> exchange(HttpClient http, HttpRequest.Builder request) {
        return exchange(http, request, HttpResponse.BodyHandlers.ofString());
    }

    public static <T> HttpResponse<T> exchange(HttpClient http, HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
