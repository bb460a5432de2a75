package org.uep.workers.outbox;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineCommandQueued;
import org.uep.domain.outbox.EngineOutbox;

/**
 * Sends outbox commands to the engine: at once when a transaction that queued one commits, and on a
 * steady poll for retries and deferred commands (an engine that was unavailable gets the command once it is back).
 * Commands go to a few senders, which send them side by side (a send waits for the engine's answer; one after another,
 * every user's next task queued behind the others'); the outbox's claim (a lease) keeps a command with one sender,
 * across instances too.
 */
@Component
@ConditionalOnProperty(name = "uep.outbox.dispatcher.enabled", havingValue = "true", matchIfMissing = true)
public class EngineCommandDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EngineCommandDispatcher.class);
    static final int BATCH = 100;

    private final EngineOutbox outbox;
    private final Map<EngineCommand.Kind, EngineCommandHandler> handlers = new EnumMap<>(EngineCommand.Kind.class);
    private final Duration pollInterval;
    private final int senderCount;
    /** Commands handed to a sender and not yet answered (the lease guards other instances; this, needless claims). */
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService thread;
    private volatile ExecutorService senders;

    public EngineCommandDispatcher(EngineOutbox outbox, List<EngineCommandHandler> handlers,
                                   @Value("${uep.outbox.dispatcher.poll-interval:PT1S}") Duration pollInterval,
                                   @Value("${uep.outbox.dispatcher.senders:8}") int senderCount) {
        this.outbox = outbox;
        this.pollInterval = pollInterval;
        this.senderCount = senderCount;
        handlers.forEach(handler -> handler.kinds().forEach(kind -> this.handlers.put(kind, handler)));
    }

    /** A transaction that queued a command committed: send it now (a deferred one is left for the poll). */
    @TransactionalEventListener
    void onQueued(EngineCommandQueued queued) {
        if (senders != null) {
            submit(queued.commandId());
        }
    }

    /** The poll: hands every due command not already being sent to a sender, for retries and deferred commands. */
    void dispatchDue() {
        try {
            outbox.due(BATCH).forEach(this::submit);
        } catch (RuntimeException e) {
            log.warn("Outbox dispatch interrupted: {}", e.toString());
        }
    }

    /** Sends the command on a sender unless one has it already; the claim skips it when it is done or not yet due. */
    private void submit(long id) {
        if (inFlight.add(id)) {
            try {
                senders.execute(() -> {
                    try {
                        outbox.claim(id).ifPresent(this::send);
                    } finally {
                        inFlight.remove(id);
                    }
                });
            } catch (RejectedExecutionException e) {
                inFlight.remove(id); // shutting down: the next start's poll sends it
            }
        }
    }

    private void send(EngineCommand command) {
        EngineCommandHandler handler = handlers.get(command.getKind());
        try {
            handler.send(command);
            outbox.markDone(command.getId());
        } catch (RuntimeException e) {
            String error = describe(e);
            log.info("Engine command {} {} #{} not accepted (attempt {}): {}", command.getKind(), command.getTargetId(),
                    command.getId(), command.getAttempts(), error);
            outbox.markFailed(command.getId(), error);
        }
    }

    /** The client's own message ("io exception") says little: add the innermost cause ("Connection refused…"). */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " (cause: " + root + ")";
    }

    @Override
    public void start() {
        AtomicInteger sendersStarted = new AtomicInteger();
        senders = Executors.newFixedThreadPool(senderCount,
                r -> new Thread(r, "uep-outbox-sender-" + sendersStarted.incrementAndGet()));
        thread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "uep-outbox"));
        thread.scheduleWithFixedDelay(this::dispatchDue, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        thread.shutdownNow();
        senders.shutdownNow();
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
