package org.uep.workers.penalty;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;
import org.uep.domain.cases.CaseService;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/** 结案: closes the case; tasks the closing ends (an open escalation) leave the inbox. */
@Component
public class CloseCaseWorker {

    private final CaseService cases;

    CloseCaseWorker(CaseService cases) {
        this.cases = cases;
    }

    @JobWorker(type = JobTypes.CLOSE_CASE)
    public void closeCase(@Variable(name = Variables.CASE_ID) long caseId) {
        cases.close(caseId);
    }
}
