package org.uep.workers.clock;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.lead.LeadService;
import org.uep.domain.outbox.EngineCommand;
import org.uep.processes.clock.StatutoryClockProcess;
import org.uep.processes.clock.StatutoryClockProcess.Variables;
import org.uep.workers.outbox.EngineCommandHandler;

/**
 * Starts the watcher of a watched clock (catalogue) exactly once: statutory-clock with the clock's instants, and the
 * dossier's unit, whose head follows the clock up when it expires. A clock that already has its watcher is left alone;
 * an instance created by a retry after a lost answer is bound to nothing and cancelled.
 */
@Component
class ClockWatcherStarter implements EngineCommandHandler {

    private static final Logger log = LoggerFactory.getLogger(ClockWatcherStarter.class);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final StatutoryClocks clocks;
    private final LeadService leads;
    private final CamundaClient client;

    ClockWatcherStarter(StatutoryClocks clocks, LeadService leads, CamundaClient client) {
        this.clocks = clocks;
        this.leads = leads;
        this.client = client;
    }

    @Override
    public Set<EngineCommand.Kind> kinds() {
        return Set.of(EngineCommand.Kind.WATCH_CLOCK);
    }

    @Override
    public void send(EngineCommand command) {
        RunningClock running = clocks.get(command.getTargetId());
        Long leadId = AuditLog.leadOf(running.getSubject()).orElse(null);
        if (running.getWatcherInstanceKey() != null || running.getStoppedAt() != null || leadId == null) {
            return; // watched already, met already, or of no dossier (no unit to follow it up)
        }
        Map<String, Object> variables = ClockVariables.of(clocks.watch(running));
        variables.put(Variables.ESCALATE_TO, leads.get(leadId).getUnitPath());
        variables.put(Variables.LEAD_ID, leadId);
        long key = client.newCreateInstanceCommand().bpmnProcessId(StatutoryClockProcess.PROCESS_ID).latestVersion()
                .variables(variables).requestTimeout(REQUEST_TIMEOUT).send().join().getProcessInstanceKey();
        if (!clocks.bindWatcher(running.getId(), key)) {
            log.warn("Clock {} already has a watcher; cancelling duplicate instance {}", running.getId(), key);
            client.newCancelInstanceCommand(key).requestTimeout(REQUEST_TIMEOUT).send().join();
        }
    }
}
