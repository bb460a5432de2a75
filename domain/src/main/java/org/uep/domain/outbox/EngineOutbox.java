package org.uep.domain.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.RetryBackoff;

/**
 * Commit first, then talk to the engine: commands are written in the transaction of the state they
 * follow from; after commit an {@link EngineCommandQueued} event wakes the dispatcher, which sends them
 * and retries with back-off while the engine is unavailable.
 */
@Service
public class EngineOutbox {

    static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofSeconds(1), Duration.ofMinutes(1));

    private final EngineCommandRepository commands;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public EngineOutbox(EngineCommandRepository commands, ApplicationEventPublisher events, Clock clock) {
        this.commands = commands;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One command per (kind, target): asking twice keeps the first. A {@link EngineCommand.Kind#repeatable()} kind
     * is queued again once the previous command was sent; while one is pending, asking again keeps that one
     * (its sender reads the latest state).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public EngineCommand enqueue(EngineCommand.Kind kind, long targetId) {
        EngineCommand command = commands.findFirstByKindAndTargetIdOrderByIdDesc(kind, targetId)
                .filter(existing -> !(kind.repeatable() && existing.isDone()))
                .orElseGet(() -> commands.save(new EngineCommand(kind, targetId, clock.instant())));
        events.publishEvent(new EngineCommandQueued(command.getId()));
        return command;
    }

    /** A command sent no earlier than {@code notBefore} (once per kind and target, like {@link #enqueue}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public EngineCommand enqueue(EngineCommand.Kind kind, long targetId, Instant notBefore) {
        EngineCommand command = enqueue(kind, targetId);
        if (!command.isDone() && command.getAttempts() == 0) {
            command.notBefore(notBefore);
        }
        return command;
    }

    /** Moves the pending command of this kind for the target to {@code notBefore}; a sent one stays as it is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reschedule(EngineCommand.Kind kind, long targetId, Instant notBefore) {
        commands.findFirstByKindAndTargetIdOrderByIdDesc(kind, targetId).filter(command -> !command.isDone())
                .ifPresent(command -> command.notBefore(notBefore));
    }

    @Transactional(readOnly = true)
    public List<Long> due(int limit) {
        return commands.findDueIds(clock.instant(), limit);
    }

    /**
     * Takes a due command for one attempt and commits that before anything is sent: the attempt counter
     * then tells a retry that an earlier attempt may have reached the engine, and the next attempt time
     * doubles as a lease so no other dispatcher sends it meanwhile (back-off 1 s, 2 s, 4 s … ≤ 1 min).
     * Empty if the command is done, not yet due, or held by another dispatcher.
     */
    @Transactional
    public Optional<EngineCommand> claim(long id) {
        return commands.lockPending(id)
                .filter(command -> !command.getNextAttemptAt().isAfter(clock.instant()))
                .map(command -> {
                    command.attempted(BACKOFF.after(command.getAttempts()), clock.instant());
                    return command;
                });
    }

    @Transactional
    public void markDone(long id) {
        commands.findById(id).ifPresent(command -> command.done(clock.instant()));
    }

    /** Keeps the error for the people who watch the outbox; the retry time was set when the attempt was claimed. */
    @Transactional
    public void markFailed(long id, String error) {
        commands.findById(id).ifPresent(command -> command.failed(error));
    }

    /** The latest command of this kind for the target. */
    @Transactional(readOnly = true)
    public Optional<EngineCommand> find(EngineCommand.Kind kind, long targetId) {
        return commands.findFirstByKindAndTargetIdOrderByIdDesc(kind, targetId);
    }
}
