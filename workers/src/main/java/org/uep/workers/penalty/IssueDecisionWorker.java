package org.uep.workers.penalty;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.decision.Decisions;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/** 制发决定书: the numbered decision document (once) and its decision.serve clock. */
@Component
public class IssueDecisionWorker {

    private final Decisions decisions;

    IssueDecisionWorker(Decisions decisions) {
        this.decisions = decisions;
    }

    @JobWorker(type = JobTypes.ISSUE_DECISION)
    public Map<String, Object> issueDecision(@Variable(name = Variables.LEAD_ID) long leadId) {
        return Map.of(Variables.DECISION_SERVE_DUE_AT, LegalTime.forEngine(decisions.issue(leadId, AuditLog.SYSTEM)));
    }
}
