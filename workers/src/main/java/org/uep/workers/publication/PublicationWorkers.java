package org.uep.workers.publication;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;
import org.uep.domain.publication.Publications;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/** 公示决定 and 撤回公示: each recorded once, whatever the engine redelivers. */
@Component
public class PublicationWorkers {

    private final Publications publications;

    PublicationWorkers(Publications publications) {
        this.publications = publications;
    }

    @JobWorker(type = JobTypes.PUBLISH_DECISION)
    public void publishDecision(@Variable(name = Variables.LEAD_ID) long leadId) {
        publications.publish(leadId);
    }

    @JobWorker(type = JobTypes.WITHDRAW_PUBLICATION)
    public void withdrawPublication(@Variable(name = Variables.LEAD_ID) long leadId) {
        publications.withdraw(leadId);
    }
}
