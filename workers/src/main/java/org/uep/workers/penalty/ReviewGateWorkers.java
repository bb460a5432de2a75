package org.uep.workers.penalty;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.penalty.ReviewGate;
import org.uep.processes.penalty.PenaltyCaseProcess.JobTypes;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;

/** The review gate's service tasks: assess the proposal in force; draw up its notice. Both are safe to repeat. */
@Component
public class ReviewGateWorkers {

    private final ReviewGate gate;

    ReviewGateWorkers(ReviewGate gate) {
        this.gate = gate;
    }

    /** 判定审核要求: what the rules require now (a legal review round is submitted once). */
    @JobWorker(type = JobTypes.ASSESS_PROPOSAL)
    public Map<String, Object> assessProposal(@Variable(name = Variables.LEAD_ID) long leadId) {
        ReviewGate.Assessment assessment = gate.assess(leadId);
        Map<String, Object> result = new HashMap<>();
        result.put(Variables.LEGAL_REVIEW_REQUIRED, assessment.legalReviewRequired());
        result.put(Variables.LEGAL_REVIEW_DUE_AT, assessment.legalReviewDueAt() == null ? null
                : LegalTime.forEngine(assessment.legalReviewDueAt()));
        result.put(Variables.COLLECTIVE_DISCUSSION_REQUIRED, assessment.collectiveDiscussionRequired());
        result.put(Variables.NOTICE_REQUIRED, assessment.noticeRequired());
        result.put(Variables.HEARING_QUALIFIES, assessment.hearingQualifies());
        return result;
    }

    /** 制发告知书: the numbered notice of proposed penalty (issued once per notice). */
    @JobWorker(type = JobTypes.ISSUE_NOTICE)
    public void issueNotice(@Variable(name = Variables.LEAD_ID) long leadId) {
        gate.issueNotice(leadId, AuditLog.SYSTEM);
    }
}
