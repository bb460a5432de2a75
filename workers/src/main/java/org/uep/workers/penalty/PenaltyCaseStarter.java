package org.uep.workers.penalty;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.outbox.EngineCommand;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.outbox.EngineCommandHandler;

/**
 * Starts the penalty-case process for a lead exactly once: a lead that already has an instance is left
 * alone, and an instance created by a retry after a lost answer is bound to nothing and cancelled
 * (the registerLead worker enforces the same rule from the engine's side).
 */
@Component
class PenaltyCaseStarter implements EngineCommandHandler {

    private static final Logger log = LoggerFactory.getLogger(PenaltyCaseStarter.class);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final LeadService leads;
    private final CamundaClient client;

    PenaltyCaseStarter(LeadService leads, CamundaClient client) {
        this.leads = leads;
        this.client = client;
    }

    @Override
    public Set<EngineCommand.Kind> kinds() {
        return Set.of(EngineCommand.Kind.START_PROCESS);
    }

    @Override
    public void send(EngineCommand command) {
        Lead lead = leads.get(command.getTargetId());
        if (lead.getProcessInstanceKey() != null) {
            return;
        }
        long key = client.newCreateInstanceCommand()
                .bpmnProcessId(PenaltyCaseProcess.PROCESS_ID)
                .latestVersion()
                .variables(Map.of(Variables.LEAD_ID, lead.getId(), Variables.UNIT_PATH, lead.getUnitPath()))
                .requestTimeout(REQUEST_TIMEOUT)
                .send().join()
                .getProcessInstanceKey();
        if (!leads.bindProcessInstance(lead.getId(), key)) {
            log.warn("Lead {} already has a process; cancelling duplicate instance {}", lead.getId(), key);
            client.newCancelInstanceCommand(key).requestTimeout(REQUEST_TIMEOUT).send().join();
        }
    }
}
