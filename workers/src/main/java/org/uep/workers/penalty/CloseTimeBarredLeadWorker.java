package org.uep.workers.penalty;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;
import org.uep.domain.lead.LeadService;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/** 超过追责时效: closes the lead without a case, for the reasons the verification recorded (Art. 36). */
@Component
public class CloseTimeBarredLeadWorker {

    private final LeadService leads;

    CloseTimeBarredLeadWorker(LeadService leads) {
        this.leads = leads;
    }

    @JobWorker(type = JobTypes.CLOSE_TIME_BARRED_LEAD)
    public void closeTimeBarredLead(@Variable(name = Variables.LEAD_ID) long leadId) {
        leads.closeTimeBarred(leadId);
    }
}
