package org.uep.workers.clock;

import io.camunda.client.CamundaClient;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.lead.LeadService;
import org.uep.domain.outbox.EngineCommand;
import org.uep.processes.clock.StatutoryClockProcess;
import org.uep.processes.clock.StatutoryClockProcess.Variables;
import org.uep.workers.outbox.EngineCommandHandler;
import org.uep.workers.outbox.SingleInstanceStart;

/**
 * Starts the watcher of a watched clock (catalogue) exactly once, when the clock becomes due soon: statutory-clock with
 * the clock's instants, and the dossier's unit, whose head follows the clock up when it expires. A clock met by then, or
 * already watched, is left alone; an instance created by a retry after a lost answer, or from instants the clock no
 * longer has, is bound to nothing and cancelled (the latter started again by the outbox's retry).
 */
@Component
class ClockWatcherStarter implements EngineCommandHandler {

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
        SingleInstanceStart.start(client, StatutoryClockProcess.PROCESS_ID, variables,
                key -> clocks.bindWatcher(running.getId(), running.getVersion(), key), "Clock " + running.getId());
        RunningClock now = clocks.get(running.getId());
        if (now.getWatcherInstanceKey() == null && now.getStoppedAt() == null) {
            // The clock moved while its watcher started from the instants before: that one was cancelled.
            throw new IllegalStateException("Clock " + running.getId() + " changed while its watcher started; "
                    + "starting it again from the latest instants");
        }
    }
}
