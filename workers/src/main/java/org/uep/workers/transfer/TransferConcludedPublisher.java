package org.uep.workers.transfer;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.transfer.CriminalTransfers;
import org.uep.processes.penalty.PenaltyCaseProcess.Messages;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.outbox.CommandMessages;
import org.uep.workers.outbox.EngineCommandHandler;

/**
 * Tells the case waiting for the police their answer, correlated by its case number. The message lives a day: the case
 * normally waits already, but a report job retried after a lost answer opens its subscription a little later.
 */
@Component
class TransferConcludedPublisher implements EngineCommandHandler {

    static final Duration TIME_TO_LIVE = Duration.ofDays(1);

    private final CriminalTransfers transfers;
    private final CamundaClient client;

    TransferConcludedPublisher(CriminalTransfers transfers, CamundaClient client) {
        this.transfers = transfers;
        this.client = client;
    }

    @Override
    public Set<EngineCommand.Kind> kinds() {
        return Set.of(EngineCommand.Kind.TRANSFER_CONCLUDED);
    }

    @Override
    public void send(EngineCommand command) {
        CriminalTransfers.Conclusion conclusion = transfers.conclusion(command.getTargetId());
        CommandMessages.publish(client, command, Messages.TRANSFER_CONCLUDED, conclusion.caseNumber(), TIME_TO_LIVE,
                Map.of(Variables.TRANSFER_OUTCOME, conclusion.outcome().name()));
    }
}
