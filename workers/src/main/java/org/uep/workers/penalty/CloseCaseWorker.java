package org.uep.workers.penalty;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.springframework.stereotype.Component;
import org.uep.domain.cases.CaseClosing;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/** 结案: closes the case with its closing report (once); tasks the closing ends (an open escalation) leave the inbox. */
@Component
public class CloseCaseWorker {

    private final CaseClosing closing;

    CloseCaseWorker(CaseClosing closing) {
        this.closing = closing;
    }

    @JobWorker(type = JobTypes.CLOSE_CASE)
    public void closeCase(@Variable(name = Variables.CASE_ID) long caseId) {
        closing.close(caseId);
    }
}
