package org.uep.workers.penalty;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;
import org.uep.domain.lead.LeadService;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/** 不予立案: marks the lead declined (the reasons are the head's approval opinion). */
@Component
public class DeclineToFileWorker {

    private final LeadService leads;

    DeclineToFileWorker(LeadService leads) {
        this.leads = leads;
    }

    @JobWorker(type = JobTypes.DECLINE_TO_FILE)
    public void declineToFile(@Variable(name = Variables.LEAD_ID) long leadId) {
        leads.decline(leadId);
    }
}
