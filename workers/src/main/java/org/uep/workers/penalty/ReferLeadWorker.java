package org.uep.workers.penalty;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;
import org.uep.domain.lead.LeadService;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/** 移送管辖: hands the lead to the referral process (competent body and reasons from the verification). */
@Component
public class ReferLeadWorker {

    private final LeadService leads;

    ReferLeadWorker(LeadService leads) {
        this.leads = leads;
    }

    @JobWorker(type = JobTypes.REFER_LEAD)
    public void referLead(@Variable(name = Variables.LEAD_ID) long leadId) {
        leads.refer(leadId);
    }
}
