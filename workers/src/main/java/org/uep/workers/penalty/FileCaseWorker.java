package org.uep.workers.penalty;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.clock.LegalTime;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/** 立案: files the case (once per lead) and hands the case.decide due instant to the decision timer. */
@Component
public class FileCaseWorker {

    private final CaseService cases;

    FileCaseWorker(CaseService cases) {
        this.cases = cases;
    }

    @JobWorker(type = JobTypes.FILE_CASE)
    public Map<String, Object> fileCase(@Variable(name = Variables.LEAD_ID) long leadId) {
        PenaltyCase filed = cases.file(leadId);
        return Map.of(
                Variables.CASE_ID, filed.getId(),
                Variables.CASE_NUMBER, filed.getCaseNumber(),
                Variables.DECISION_DUE, LegalTime.forEngine(filed.getDecisionDueAt()));
    }
}
