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
import org.uep.domain.summary.SummaryProcedure;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.summary.SummaryPenaltyProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.outbox.EngineCommandHandler;

/**
 * Starts the process of a lead exactly once: summary-penalty for an on-the-spot decision, penalty-case otherwise. A
 * lead that already has an instance is left alone, and an instance created by a retry after a lost answer is bound to
 * nothing and cancelled (the registerLead worker enforces the same rule from the engine's side).
 */
@Component
class LeadProcessStarter implements EngineCommandHandler {

    private static final Logger log = LoggerFactory.getLogger(LeadProcessStarter.class);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final LeadService leads;
    private final SummaryProcedure summary;
    private final CamundaClient client;

    LeadProcessStarter(LeadService leads, SummaryProcedure summary, CamundaClient client) {
        this.leads = leads;
        this.summary = summary;
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
                .bpmnProcessId(summary.isOnTheSpot(lead.getId()) ? SummaryPenaltyProcess.PROCESS_ID
                        : PenaltyCaseProcess.PROCESS_ID)
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
