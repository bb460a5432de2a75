package org.uep.workers.inbox;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.Notifications;

/**
 * The inbox's periodic sweep. It tells people of tasks that became due soon or overdue ({@link Notifications#remindDue}),
 * and it finds tasks the engine removed. Zeebe does not tell a job worker that a job is gone: an interrupting timer (a
 * party's window that ran out), a terminate end (case handling ended with an escalation open) or a cancelled branch
 * removes the user task silently.
 * Such removals happen at or after a task's due date, so this sweep asks the engine about open overdue tasks (renewing
 * their hold, which also keeps live ones from timing out) and withdraws those it no longer knows.
 */
@Component
@ConditionalOnProperty(name = "uep.inbox.sweep.enabled", havingValue = "true", matchIfMissing = true)
class InboxSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InboxSweeper.class);
    static final int BATCH = 200;
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final InboxService inbox;
    private final Notifications notifications;
    private final CamundaClient client;
    private final Clock clock;
    private final Duration interval;
    /** Where the next sweep goes on: a long list of live overdue tasks is worked through in turns. */
    private long cursor;
    private ScheduledExecutorService thread;

    InboxSweeper(InboxService inbox, Notifications notifications, CamundaClient client, Clock clock,
                 @Value("${uep.inbox.sweep.interval:PT1M}") Duration interval) {
        this.inbox = inbox;
        this.notifications = notifications;
        this.client = client;
        this.clock = clock;
        this.interval = interval;
    }

    /** One turn; returns how many tasks it withdrew. */
    int sweep() {
        try {
            notifications.remindDue();
        } catch (RuntimeException e) {
            log.warn("Due reminders interrupted: {}", e.toString());
        }
        int withdrawn = 0;
        try {
            List<InboxTask> overdue = inbox.openOverdue(clock.instant(), cursor, BATCH);
            cursor = overdue.size() < BATCH ? 0 : overdue.getLast().getId();
            for (InboxTask task : overdue) {
                withdrawn += stillInTheEngine(task) ? 0 : 1;
            }
        } catch (RuntimeException e) {
            log.warn("Inbox sweep interrupted: {}", e.toString());
        }
        return withdrawn;
    }

    private boolean stillInTheEngine(InboxTask task) {
        try {
            client.newUpdateTimeoutCommand(task.getJobKey()).timeout(Duration.ofMillis(UserTaskBridge.HOLD_MILLIS))
                    .requestTimeout(REQUEST_TIMEOUT).send().join();
            return true;
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.NOT_FOUND) {
                throw e;
            }
            inbox.withdraw(task.getId(), "the engine removed this task (a window ran out or its scope ended)");
            return false;
        }
    }

    @Override
    public void start() {
        thread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "uep-inbox-sweep"));
        thread.scheduleWithFixedDelay(this::sweep, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        thread.shutdownNow();
        thread = null;
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
