package org.uep.domain.penalty;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * The forms from the notice to the hearing: service of the notice (送达), the party's statement and defence or written
 * waiver (陈述申辩), the hearing request or waiver (听证申请), the hearing's schedule and the chair's record.
 */
@Component
class NoticeForms implements TaskForm {

    /** How the statement/defence window ended on the officer's side. */
    enum StatementOutcome { STATEMENT, WAIVED }

    /** What the party did in the hearing-request window. */
    enum HearingRequestOutcome { REQUESTED, WAIVED }

    /** How the hearing ended: held, or the party absent without good reason (counts as waived, Art. 64(8)). */
    enum HearingOutcome { HELD, ABSENT }

    private final PenaltyProceedings proceedings;
    private final ReviewGate gate;
    private final Hearings hearings;
    private final ServiceProofs serviceProofs;
    private final AccessPolicy access;

    NoticeForms(PenaltyProceedings proceedings, ReviewGate gate, Hearings hearings, ServiceProofs serviceProofs,
                AccessPolicy access) {
        this.proceedings = proceedings;
        this.serviceProofs = serviceProofs;
        this.gate = gate;
        this.hearings = hearings;
        this.access = access;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.NOTICE_SERVICE, Forms.STATEMENT_DEFENCE, Forms.HEARING_REQUEST, Forms.HEARING_SCHEDULE,
                Forms.HEARING_RECORD);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        long leadId = task.getLeadId();
        String by = caller.username();
        switch (task.getFormKey()) {
            case Forms.NOTICE_SERVICE -> {
                long noticeId = gate.current(leadId).getNoticeId();
                Instant servedAt = completion.instant("servedAt");
                ServiceMethod method = completion.choice("method", ServiceMethod.class);
                proceedings.noticeServed(noticeId, servedAt, method,
                        completion.has("electronicConsent") && completion.flag("electronicConsent"), by);
                serviceProofs.issue(task, completion, DocumentKind.NOTICE, "notice/" + noticeId, method, servedAt, by);
                return "SERVED";
            }
            case Forms.STATEMENT_DEFENCE -> {
                long noticeId = proceedings.noticeInForce(leadId).getId();
                StatementOutcome outcome = completion.outcome(StatementOutcome.class, List.of(StatementOutcome.values()));
                if (outcome == StatementOutcome.STATEMENT) {
                    proceedings.statementHeard(noticeId, completion.text("statement", Hearings.MAX_TEXT),
                            completion.requiredOpinion("the review of the statement and defence (复核意见, Art. 45)"), by);
                } else {
                    proceedings.waiverReceived(noticeId, completion.instant("waivedAt"),
                            completion.choice("waiver", PenaltyNotice.Waiver.class), by);
                }
                return outcome.name();
            }
            case Forms.HEARING_REQUEST -> {
                long noticeId = proceedings.noticeInForce(leadId).getId();
                HearingRequestOutcome outcome = completion.outcome(HearingRequestOutcome.class,
                        List.of(HearingRequestOutcome.values()));
                if (outcome == HearingRequestOutcome.REQUESTED) {
                    proceedings.hearingRequested(noticeId, completion.instant("at"), by);
                } else {
                    proceedings.hearingWaived(noticeId, completion.instant("at"), by);
                }
                return outcome.name();
            }
            case Forms.HEARING_SCHEDULE -> {
                hearings.schedule(leadId, new Hearings.Schedule(completion.instant("notifiedAt"),
                        completion.instant("hearingAt"), completion.text("place", 500), completion.text("chair", 100),
                        completion.flag("publicHearing")), by);
                return "SCHEDULED";
            }
            default -> {
                HearingOutcome outcome = completion.outcome(HearingOutcome.class, List.of(HearingOutcome.values()));
                access.requireDidNotInvestigate(caller, ReviewForms.caseOf(task), "chair the hearing on");
                hearings.concluded(leadId, completion.instant("concludedAt"), outcome == HearingOutcome.HELD,
                        completion.requiredOpinion("the summary of the signed transcript (听证笔录)"), by);
                return outcome.name();
            }
        }
    }
}
