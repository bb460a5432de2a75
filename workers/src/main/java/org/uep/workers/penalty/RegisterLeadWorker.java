package org.uep.workers.penalty;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.lead.LeadService;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/**
 * 登记线索: binds this instance to its lead and starts the lead.verify clock. An instance that finds its
 * lead owned by another instance is a duplicate start (a retried start whose first answer was lost): it
 * cancels itself, so each lead has exactly one process.
 */
@Component
public class RegisterLeadWorker {

    private static final Logger log = LoggerFactory.getLogger(RegisterLeadWorker.class);

    private final LeadService leads;
    private final CamundaClient client;

    RegisterLeadWorker(LeadService leads, CamundaClient client) {
        this.leads = leads;
        this.client = client;
    }

    @JobWorker(type = JobTypes.REGISTER_LEAD, autoComplete = false)
    public void registerLead(@Variable(name = Variables.LEAD_ID) long leadId, ActivatedJob job) {
        LeadService.Registration registration = leads.register(leadId, job.getProcessInstanceKey());
        if (registration.duplicate()) {
            log.warn("Lead {} already has a process; cancelling duplicate instance {}", leadId, job.getProcessInstanceKey());
            client.newCancelInstanceCommand(job.getProcessInstanceKey()).send().join();
            return;
        }
        client.newCompleteCommand(job)
                .variables(Map.of(Variables.LEAD_VERIFY_DUE, LegalTime.forEngine(registration.verifyDue())))
                .send().join();
    }
}
