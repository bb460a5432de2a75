package org.uep.domain.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.uep.domain.tasks.Notifications.NotificationsRaised;

/**
 * Hands notifications to another channel (an SMS or mail gateway, the government messaging platform) when
 * {@code uep.notifications.webhook.url} is set: once their transaction commits, a JSON array of them is POSTed there.
 * Best effort: a gateway that is down or answers an error is logged; the notifications stay in UEP's inbox.
 */
@Component
@ConditionalOnProperty(name = "uep.notifications.webhook.url")
class NotificationWebhook {

    private static final Logger log = LoggerFactory.getLogger(NotificationWebhook.class);
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI url;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    NotificationWebhook(@Value("${uep.notifications.webhook.url}") URI url, ObjectMapper json) {
        this.url = url;
        this.json = json;
    }

    @TransactionalEventListener
    void send(NotificationsRaised raised) {
        String body;
        try {
            body = json.writeValueAsString(raised.deliveries());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        http.sendAsync(HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> {
                    if (failure != null || response.statusCode() >= 300) {
                        log.warn("Notification webhook {} did not take {} notifications: {}", url,
                                raised.deliveries().size(), failure != null ? failure.toString() : response.statusCode());
                    }
                });
    }
}
