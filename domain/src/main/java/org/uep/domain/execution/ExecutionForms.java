package org.uep.domain.execution;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.cases.PenaltyCaseRepository;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.document.Documents;
import org.uep.domain.party.PartyRegister;
import org.uep.domain.penalty.Money;
import org.uep.domain.penalty.PenaltyDecision;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * The officer's execution steps after the payment deadline passed: 催告 ({@code data.servedAt}; the 催告书 is rendered
 * once and the reminder recorded) and 申请法院强制执行 ({@code data.appliedAt}, {@code data.court}; refused outside the
 * window of {@link ExecutionService#courtWindow}).
 */
@Component
class ExecutionForms implements TaskForm {

    static final int MAX_COURT_LENGTH = 200;

    private final ExecutionService executions;
    private final PenaltyProceedings proceedings;
    private final PartyRegister parties;
    private final PenaltyCaseRepository cases;
    private final Documents documents;

    ExecutionForms(ExecutionService executions, PenaltyProceedings proceedings, PartyRegister parties,
                   PenaltyCaseRepository cases, Documents documents) {
        this.executions = executions;
        this.proceedings = proceedings;
        this.parties = parties;
        this.cases = cases;
        this.documents = documents;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.PAYMENT_REMINDER, Forms.COURT_ENFORCEMENT);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        long leadId = task.getLeadId();
        if (Forms.PAYMENT_REMINDER.equals(task.getFormKey())) {
            Execution execution = executions.reminderServed(leadId, completion.instant("servedAt"), caller.username());
            documents.issue(cases.findByLeadId(leadId).orElseThrow().getId(), DocumentKind.PAYMENT_REMINDER,
                    "reminder/" + execution.getId(), reminder(execution), caller.username());
            return "SERVED";
        }
        executions.appliedToCourt(leadId, completion.instant("appliedAt"), completion.text("court", MAX_COURT_LENGTH),
                caller.username());
        return "APPLIED";
    }

    /** 催告书 (行政强制法 Art. 35): the decision, its service and what is owed as of today, late fee included. */
    private Map<String, String> reminder(Execution execution) {
        long leadId = execution.getLeadId();
        PenaltyDecision decision = proceedings.decision(leadId).orElseThrow();
        Balance owed = executions.statement(leadId).balance();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("party", parties.partyOf(leadId).orElseThrow(() -> DomainException.conflict("案件尚未登记当事人，无法制作催告书。"
                + "Lead " + leadId + " names no party to remind.")).getName());
        fields.put("decisionDate", Documents.chineseDate(LegalTime.dayOf(decision.getDecidedAt())));
        fields.put("decisionNumber", execution.getDecisionNumber());
        fields.put("penalty", decision.getPenalty().describe());
        fields.put("servedDate", Documents.chineseDate(LegalTime.dayOf(execution.getDecisionServedAt())));
        fields.put("obligation", "罚款 " + Money.yuan(owed.fineFen()) + "，加处罚款 " + Money.yuan(owed.lateFeeFen())
                + "（第七十二条，计至今日），已缴 " + Money.yuan(owed.paidFen()) + "，尚欠合计 " + Money.yuan(owed.outstandingFen()) + "。");
        return fields;
    }
}
