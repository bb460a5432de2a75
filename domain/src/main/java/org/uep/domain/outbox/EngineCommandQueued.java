package org.uep.domain.outbox;

/** Published when a command is queued; listeners act on it after the transaction commits. */
public record EngineCommandQueued(long commandId) {}
