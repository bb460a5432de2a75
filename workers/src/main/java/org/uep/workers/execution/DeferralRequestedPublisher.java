package org.uep.workers.execution;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.execution.Deferrals;
import org.uep.domain.outbox.EngineCommand;
import org.uep.processes.penalty.PenaltyCaseProcess.Messages;
import org.uep.workers.outbox.EngineCommandHandler;
import org.uep.workers.outbox.EngineMessages;

/**
 * Tells the case that the party applied for deferral or instalments ({@code uep.payment.deferral-requested},
 * correlated by the case number). Applications are made before fine.pay runs out, while the case waits for payment;
 * the message lives a week in case the engine is briefly behind.
 */
@Component
class DeferralRequestedPublisher implements EngineCommandHandler {

    static final Duration TIME_TO_LIVE = Duration.ofDays(7);

    private final Deferrals deferrals;
    private final CamundaClient client;

    DeferralRequestedPublisher(Deferrals deferrals, CamundaClient client) {
        this.deferrals = deferrals;
        this.client = client;
    }

    @Override
    public Set<EngineCommand.Kind> kinds() {
        return Set.of(EngineCommand.Kind.DEFERRAL_REQUESTED);
    }

    @Override
    public void send(EngineCommand command) {
        EngineMessages.publish(client, command, Messages.DEFERRAL_REQUESTED, deferrals.caseNumberOf(command.getTargetId()),
                TIME_TO_LIVE, Map.of());
    }
}
