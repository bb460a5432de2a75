package org.uep.workers.penalty;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.clock.ClockVariables;

/** 立案: files the case (once per lead) and hands its case.decide clock to the process that watches it. */
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
                Variables.DECISION_CLOCK, ClockVariables.of(cases.decisionClock(leadId)));
    }
}
