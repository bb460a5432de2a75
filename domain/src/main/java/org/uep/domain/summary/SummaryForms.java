package org.uep.domain.summary;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.access.Caller;
import org.uep.domain.tasks.ApprovalRecord.Outcome;
import org.uep.domain.tasks.ApprovalSignatures;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.summary.SummaryPenaltyProcess.Forms;

/** The summary procedure's forms: the officer's filing (备案, {@code data.filedAt}) and the head's signed review. */
@Component
class SummaryForms implements TaskForm {

    private final SummaryProcedure summary;
    private final ApprovalSignatures signatures;

    SummaryForms(SummaryProcedure summary, ApprovalSignatures signatures) {
        this.summary = summary;
        this.signatures = signatures;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.SUMMARY_FILING, Forms.SUMMARY_FILING_REVIEW);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        if (Forms.SUMMARY_FILING.equals(task.getFormKey())) {
            summary.filed(task.getLeadId(), completion.instant("filedAt"), caller.username());
            return "FILED";
        }
        Outcome outcome = completion.outcome(Outcome.class, List.of(Outcome.APPROVE, Outcome.RETURN));
        String opinion = completion.requiredOpinion("the review of the filed decision (备案审查意见)");
        summary.reviewed(task.getLeadId(), outcome == Outcome.APPROVE, caller.username());
        signatures.sign(task, outcome, opinion, caller);
        return outcome.name();
    }
}
