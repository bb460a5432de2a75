package org.uep.workers.penalty;

import io.camunda.client.CamundaClient;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.summary.SummaryProcedure;
import org.uep.processes.penalty.PenaltyCaseProcess;
import org.uep.processes.summary.SummaryPenaltyProcess;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.outbox.EngineCommandHandler;
import org.uep.workers.outbox.SingleInstanceStart;

/**
 * Starts the process of a lead exactly once: summary-penalty for an on-the-spot decision, penalty-case otherwise. A
 * lead that already has an instance is left alone, and an instance created by a retry after a lost answer is bound to
 * nothing and cancelled (the registerLead worker enforces the same rule from the engine's side).
 */
@Component
class LeadProcessStarter implements EngineCommandHandler {

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
        SingleInstanceStart.start(client, summary.isOnTheSpot(lead.getId()) ? SummaryPenaltyProcess.PROCESS_ID
                        : PenaltyCaseProcess.PROCESS_ID,
                Map.of(Variables.LEAD_ID, lead.getId(), Variables.UNIT_PATH, lead.getUnitPath()),
                key -> leads.bindProcessInstance(lead.getId(), key), "Lead " + lead.getId());
    }
}
