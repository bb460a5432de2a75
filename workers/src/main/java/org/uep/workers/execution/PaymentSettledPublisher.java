package org.uep.workers.execution;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.execution.PaymentService;
import org.uep.domain.outbox.EngineCommand;
import org.uep.processes.penalty.PenaltyCaseProcess.Messages;
import org.uep.workers.outbox.EngineCommandHandler;
import org.uep.workers.outbox.CommandMessages;

/**
 * Tells the case that its fine is paid in full ({@code uep.payment.settled}, correlated by the case number). The message
 * lives a week: a case busy elsewhere (e.g. the head deciding a deferral) picks it up when it waits for payment again.
 */
@Component
class PaymentSettledPublisher implements EngineCommandHandler {

    static final Duration TIME_TO_LIVE = Duration.ofDays(7);

    private final PaymentService payments;
    private final CamundaClient client;

    PaymentSettledPublisher(PaymentService payments, CamundaClient client) {
        this.payments = payments;
        this.client = client;
    }

    @Override
    public Set<EngineCommand.Kind> kinds() {
        return Set.of(EngineCommand.Kind.PAYMENT_RECORDED);
    }

    @Override
    public void send(EngineCommand command) {
        CommandMessages.publish(client, command, Messages.PAYMENT_SETTLED, payments.caseNumberOf(command.getTargetId()),
                TIME_TO_LIVE, Map.of());
    }
}
