package org.uep.workers.execution;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.execution.Deferrals;
import org.uep.domain.execution.PaymentService;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.publication.Publications;
import org.uep.processes.penalty.PenaltyCaseProcess.Messages;
import org.uep.workers.outbox.EngineCommandHandler;
import org.uep.workers.outbox.CommandMessages;

/**
 * Tells the case what happened to its decision after service, correlated by the case number:
 * {@code uep.payment.settled} (the collection side confirmed the amount due paid in full; a week covers a case busy
 * elsewhere, e.g. the head deciding a deferral), {@code uep.payment.deferral-requested} (applied for before fine.pay runs out, while the case waits for payment; a
 * week covers an engine briefly behind) and {@code uep.decision.revoked}. The case hears a revocation only once the
 * decision is published; one that comes while the publication is under review waits for it (publish then withholds
 * it and the case ends), so that message lives as long as the lawsuit window of six months.
 */
@Component
class ExecutionMessagePublisher implements EngineCommandHandler {

    static final Duration PAYMENT_TIME_TO_LIVE = Duration.ofDays(7);
    static final Duration DEFERRAL_TIME_TO_LIVE = Duration.ofDays(7);
    static final Duration REVOCATION_TIME_TO_LIVE = Duration.ofDays(190);

    private final PaymentService payments;
    private final Deferrals deferrals;
    private final Publications publications;
    private final CamundaClient client;

    ExecutionMessagePublisher(PaymentService payments, Deferrals deferrals, Publications publications,
                              CamundaClient client) {
        this.payments = payments;
        this.deferrals = deferrals;
        this.publications = publications;
        this.client = client;
    }

    @Override
    public Set<EngineCommand.Kind> kinds() {
        return Set.of(EngineCommand.Kind.PAYMENT_RECORDED, EngineCommand.Kind.DEFERRAL_REQUESTED,
                EngineCommand.Kind.DECISION_REVOKED);
    }

    @Override
    public void send(EngineCommand command) {
        long target = command.getTargetId();
        switch (command.getKind()) {
            case PAYMENT_RECORDED -> CommandMessages.publish(client, command, Messages.PAYMENT_SETTLED,
                    payments.caseNumberOf(target), PAYMENT_TIME_TO_LIVE, Map.of());
            case DEFERRAL_REQUESTED -> CommandMessages.publish(client, command, Messages.DEFERRAL_REQUESTED,
                    deferrals.caseNumberOf(target), DEFERRAL_TIME_TO_LIVE, Map.of());
            default -> CommandMessages.publish(client, command, Messages.DECISION_REVOKED,
                    publications.caseNumberOfRevocation(target), REVOCATION_TIME_TO_LIVE, Map.of());
        }
    }
}
