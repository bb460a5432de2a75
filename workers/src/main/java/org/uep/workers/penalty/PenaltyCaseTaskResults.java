package org.uep.workers.penalty;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.decision.Decisions;
import org.uep.domain.penalty.Hearings;
import org.uep.domain.penalty.NoticeWindows;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.tasks.ApprovalRecord;
import org.uep.domain.tasks.InboxTask;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.inbox.TaskResults;

/**
 * The variables each penalty-case task form hands back to the process: the outcome the person chose, or the instants
 * the domain computed from what they recorded (the party's windows, the hearing, what the decision's service opened).
 */
@Component
class PenaltyCaseTaskResults implements TaskResults {

    private static final Set<String> FORMS = Set.of(Forms.FILE_CASE_APPROVAL, Forms.INVESTIGATION,
            Forms.OVERDUE_ESCALATION, Forms.PENALTY_PROPOSAL, Forms.LEGAL_REVIEW, Forms.COLLECTIVE_DISCUSSION,
            Forms.NOTICE_SERVICE, Forms.STATEMENT_DEFENCE, Forms.HEARING_REQUEST, Forms.HEARING_SCHEDULE,
            Forms.HEARING_RECORD, Forms.DECISION_APPROVAL, Forms.DECISION_SERVICE);

    private final PenaltyProceedings proceedings;
    private final Hearings hearings;
    private final Decisions decisions;

    PenaltyCaseTaskResults(PenaltyProceedings proceedings, Hearings hearings, Decisions decisions) {
        this.proceedings = proceedings;
        this.hearings = hearings;
        this.decisions = decisions;
    }

    @Override
    public boolean handles(String formKey) {
        return FORMS.contains(formKey);
    }

    @Override
    public Map<String, Object> variables(InboxTask task) {
        boolean approved = ApprovalRecord.Outcome.APPROVE.name().equals(task.getOutcome());
        long leadId = task.getLeadId();
        return switch (task.getFormKey()) {
            case Forms.FILE_CASE_APPROVAL -> Map.of(Variables.FILING_APPROVED, approved);
            case Forms.DECISION_APPROVAL -> Map.of(Variables.DECISION_APPROVED, approved);
            case Forms.LEGAL_REVIEW -> Map.of(Variables.LEGAL_REVIEW_OUTCOME, task.getOutcome());
            case Forms.COLLECTIVE_DISCUSSION -> Map.of(Variables.DISCUSSION_OUTCOME, task.getOutcome());
            case Forms.HEARING_REQUEST -> Map.of(Variables.HEARING_REQUESTED, "REQUESTED".equals(task.getOutcome()));
            case Forms.NOTICE_SERVICE -> Map.of(Variables.PARTY_WINDOWS, partyWindows(leadId));
            case Forms.HEARING_SCHEDULE -> Map.of(Variables.HEARING_AT, LegalTime.forEngine(hearings.hearingAt(leadId)));
            case Forms.DECISION_SERVICE -> served(decisions.service(leadId));
            default -> Map.of();
        };
    }

    private Map<String, Object> partyWindows(long leadId) {
        NoticeWindows windows = proceedings.windows(leadId).orElseThrow();
        Map<String, Object> result = new HashMap<>();
        result.put(Variables.REPLY_DUE_AT, LegalTime.forEngine(windows.replyDueAt()));
        result.put(Variables.HEARING_REQUEST_DUE_AT, windows.hearingRequestDueAt() == null ? null
                : LegalTime.forEngine(windows.hearingRequestDueAt()));
        return result;
    }

    private static Map<String, Object> served(Decisions.Served served) {
        Map<String, Object> result = new HashMap<>();
        result.put(Variables.PAYMENT_REQUIRED, served.paymentRequired());
        result.put(Variables.PAYMENT_DUE_AT, served.paymentDueAt() == null ? null : LegalTime.forEngine(served.paymentDueAt()));
        result.put(Variables.PUBLICATION_REQUIRED, served.publicationRequired());
        result.put(Variables.PUBLICATION_DUE_AT, served.publicationDueAt() == null ? null
                : LegalTime.forEngine(served.publicationDueAt()));
        result.put(Variables.DECISION_FINAL_AT, LegalTime.forEngine(served.finalAt()));
        return result;
    }
}
