package org.uep.workers.outbox;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a process for a record that must have exactly one (ARCHITECTURE.md, "Starting processes exactly once"): the
 * new instance is bound to the record; an instance created by a retry after a lost answer finds the record bound
 * already and is cancelled.
 */
public final class SingleInstanceStart {

    private static final Logger log = LoggerFactory.getLogger(SingleInstanceStart.class);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private SingleInstanceStart() {}

    /** {@code bind} records the instance key on the record and answers false when another instance holds it. */
    public static void start(CamundaClient client, String processId, Map<String, Object> variables, LongPredicate bind,
                             String record) {
        long key = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables)
                .requestTimeout(REQUEST_TIMEOUT).send().join().getProcessInstanceKey();
        if (!bind.test(key)) {
            log.warn("{} already has its {} instance; cancelling duplicate instance {}", record, processId, key);
            client.newCancelInstanceCommand(key).requestTimeout(REQUEST_TIMEOUT).send().join();
        }
    }
}
