package org.uep.workers.outbox;

import org.uep.domain.outbox.EngineCommand;

/** Sends one kind of outbox command to the engine. Must be safe to repeat: a command can be sent twice. */
public interface EngineCommandHandler {

    EngineCommand.Kind kind();

    /** Throws when the engine did not accept the command; the dispatcher retries later. */
    void send(EngineCommand command);
}
