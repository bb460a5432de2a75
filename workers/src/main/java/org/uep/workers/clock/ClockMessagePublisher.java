package org.uep.workers.clock;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.outbox.EngineCommand;
import org.uep.processes.clock.StatutoryClockProcess.Messages;
import org.uep.workers.outbox.CommandMessages;
import org.uep.workers.outbox.EngineCommandHandler;

/**
 * Tells the process watching a clock that the clock moved (with its latest instants, read when sent) or stopped.
 * A resend is refused while the first is buffered ({@link CommandMessages}); a later duplicate would only re-arm the
 * same timers. Messages live until the clock's due instant plus a day (at least a day): a watcher busy sending a
 * reminder has no open subscription for a moment, and picks the message up when it waits again.
 */
@Component
class ClockMessagePublisher implements EngineCommandHandler {

    static final Duration MINIMUM_TIME_TO_LIVE = Duration.ofDays(1);

    private final StatutoryClocks clocks;
    private final CamundaClient client;
    private final Clock clock;

    ClockMessagePublisher(StatutoryClocks clocks, CamundaClient client, Clock clock) {
        this.clocks = clocks;
        this.client = client;
        this.clock = clock;
    }

    @Override
    public Set<EngineCommand.Kind> kinds() {
        return Set.of(EngineCommand.Kind.CLOCK_MOVED, EngineCommand.Kind.CLOCK_STOPPED);
    }

    @Override
    public void send(EngineCommand command) {
        RunningClock running = clocks.get(command.getTargetId());
        boolean moved = command.getKind() == EngineCommand.Kind.CLOCK_MOVED;
        Map<String, Object> variables = moved ? ClockVariables.instants(clocks.watch(running)) : Map.of();
        Duration untilDue = Duration.between(clock.instant(), running.getDueAt()).plus(MINIMUM_TIME_TO_LIVE);
        CommandMessages.publish(client, command, moved ? Messages.CLOCK_MOVED : Messages.CLOCK_STOPPED,
                running.getId().toString(), untilDue.compareTo(MINIMUM_TIME_TO_LIVE) > 0 ? untilDue : MINIMUM_TIME_TO_LIVE,
                variables);
    }
}
