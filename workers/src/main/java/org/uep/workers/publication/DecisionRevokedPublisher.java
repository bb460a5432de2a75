package org.uep.workers.publication;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.publication.Publications;
import org.uep.processes.penalty.PenaltyCaseProcess.Messages;
import org.uep.workers.outbox.EngineCommandHandler;
import org.uep.workers.outbox.EngineMessages;

/**
 * Tells the case that its decision was revoked ({@code uep.decision.revoked}, correlated by the case number). The
 * case only listens once the decision is published; a revocation that comes while the publication is still under
 * review waits for it (publish then withholds it and the case ends), so the message lives until the lawsuit window
 * of six months could have passed.
 */
@Component
class DecisionRevokedPublisher implements EngineCommandHandler {

    static final Duration TIME_TO_LIVE = Duration.ofDays(190);

    private final Publications publications;
    private final CamundaClient client;

    DecisionRevokedPublisher(Publications publications, CamundaClient client) {
        this.publications = publications;
        this.client = client;
    }

    @Override
    public Set<EngineCommand.Kind> kinds() {
        return Set.of(EngineCommand.Kind.DECISION_REVOKED);
    }

    @Override
    public void send(EngineCommand command) {
        EngineMessages.publish(client, command, Messages.DECISION_REVOKED,
                publications.caseNumberOfRevocation(command.getTargetId()), TIME_TO_LIVE, Map.of());
    }
}
