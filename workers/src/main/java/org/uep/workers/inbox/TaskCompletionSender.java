package org.uep.workers.inbox;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;
import org.uep.workers.outbox.EngineCommandHandler;

/**
 * Completes the engine job of a task completed in UEP. "Job not found" on a first attempt means the
 * engine removed the task before anyone completed it (withdrawn); on a retry it means an earlier
 * attempt got through (completed).
 */
@Component
class TaskCompletionSender implements EngineCommandHandler {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final InboxService inbox;
    private final CamundaClient client;
    private final List<TaskResults> results;

    TaskCompletionSender(InboxService inbox, CamundaClient client, List<TaskResults> results) {
        this.inbox = inbox;
        this.client = client;
        this.results = results;
    }

    @Override
    public Set<EngineCommand.Kind> kinds() {
        return Set.of(EngineCommand.Kind.COMPLETE_JOB);
    }

    @Override
    public void send(EngineCommand command) {
        InboxTask task = inbox.find(command.getTargetId());
        if (task.getStatus() != InboxTask.Status.COMPLETING) {
            return;
        }
        TaskResults mapping = results.stream().filter(r -> r.handles(task.getFormKey())).findFirst()
                .orElseThrow(() -> new IllegalStateException("No result mapping for form " + task.getFormKey()));
        try {
            client.newCompleteCommand(task.getJobKey()).variables(mapping.variables(task))
                    .requestTimeout(REQUEST_TIMEOUT).send().join();
        } catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.NOT_FOUND) {
                throw e;
            }
            if (command.getAttempts() <= 1) {
                inbox.withdraw(task.getId(), "the engine no longer has this task");
                return;
            }
        }
        inbox.confirmCompleted(task.getId());
    }
}
