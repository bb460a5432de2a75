package org.uep.workers.outbox;

import java.util.Set;
import org.uep.domain.outbox.EngineCommand;

/** Sends outbox commands of its kinds to the engine. Must be safe to repeat: a command can be sent twice. */
public interface EngineCommandHandler {

    Set<EngineCommand.Kind> kinds();

    /** Throws when the engine did not accept the command; the dispatcher retries later. */
    void send(EngineCommand command);
}
