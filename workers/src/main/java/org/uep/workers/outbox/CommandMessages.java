package org.uep.workers.outbox;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import org.uep.domain.outbox.EngineCommand;

/**
 * Publishes the message an outbox command stands for. The message id is the command's, so a resend while the engine
 * still buffers the first is refused (ALREADY_EXISTS) and taken as sent.
 */
public final class CommandMessages {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private CommandMessages() {}

    public static void publish(CamundaClient client, EngineCommand command, String messageName, String correlationKey,
                               Duration timeToLive, Map<String, Object> variables) {
        try {
            client.newPublishMessageCommand()
                    .messageName(messageName)
                    .correlationKey(correlationKey)
                    .messageId("uep-engine-command-" + command.getId())
                    .timeToLive(timeToLive)
                    .variables(variables)
                    .requestTimeout(REQUEST_TIMEOUT)
                    .send().join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
        }
    }
}
