package org.uep.processes.penalty;

import org.uep.processes.clock.StatutoryClockProcess;

/**
 * Contract of {@code bpmn/penalty-case.bpmn} (行政处罚案件 Penalty case): every id, job type, form key, message,
 * outcome value and variable name that code outside the model may rely on. Workers, the inbox and tests use these
 * constants, never string literals.
 *
 * <p>The general procedure of procedure.md §1, in order:
 * <ol>
 *   <li>Lead: registered (lead.verify starts), verified by an officer ({@link LeadFinding}): not competent → referral
 *       hand-off, time-barred → closed, else the head files the case or declines with reasons.</li>
 *   <li>{@link Elements#CASE_HANDLING} while case.decide runs, watched next to the case work by
 *       {@link Elements#WATCH_DECISION_CLOCK} ({@link StatutoryClockProcess}; escalation to the head): investigation,
 *       end-of-investigation review ({@link InvestigationOutcome}: no penalty, suspected crime → wait for
 *       {@link Messages#TRANSFER_CONCLUDED}, supplementary investigation), the proposal, the review gate
 *       ({@link Elements#ASSESS_PROPOSAL}: legal review ⟲, collective discussion ⟲, notice needed?), notice and its
 *       service, the statement/defence and hearing-request windows in parallel, the hearing (then the review gate
 *       again), decision approval ⟲.</li>
 *   <li>The decision document, its service, then side by side: execution (payment, deferral, reminder, court
 *       enforcement) → closing → case-file review; and publication with its withdrawal when the decision is revoked.</li>
 * </ol>
 * Every loop returns to {@link Elements#INVESTIGATION_MERGE} (supplementary investigation) or, after a hearing, to
 * {@link Elements#REVIEW_MERGE}.
 */
public final class PenaltyCaseProcess {

    public static final String PROCESS_ID = "penalty-case";
    public static final String RESOURCE = "bpmn/penalty-case.bpmn";

    private PenaltyCaseProcess() {}

    /** BPMN element ids. */
    public static final class Elements {
        public static final String LEAD_RECEIVED = "leadReceived";
        /** 登记线索 Register lead. */
        public static final String REGISTER_LEAD = "registerLead";
        /** 核查线索 Verify lead (officer): sets {@link Variables#LEAD_FINDING}. */
        public static final String VERIFY_LEAD = "verifyLead";
        public static final String LEAD_FINDING_GATEWAY = "leadFindingGateway";
        /** 移送管辖 Refer lead: the hand-off point of the referral process. */
        public static final String REFER_LEAD = "referLead";
        public static final String LEAD_REFERRED = "leadReferred";
        /** 超过时效 Close a time-barred lead (Art. 36). */
        public static final String CLOSE_TIME_BARRED_LEAD = "closeTimeBarredLead";
        public static final String LEAD_TIME_BARRED = "leadTimeBarred";
        /** 立案审批 File case approval (head of the unit). */
        public static final String FILE_CASE_APPROVAL = "fileCaseApproval";
        public static final String FILE_CASE_GATEWAY = "fileCaseGateway";
        /** 不予立案 Decline to file. */
        public static final String DECLINE_TO_FILE = "declineToFile";
        public static final String LEAD_DECLINED = "leadDeclined";
        /** 立案 File case. */
        public static final String FILE_CASE = "fileCase";

        /** 案件办理 Case handling: from filing to the approved decision, while case.decide runs. */
        public static final String CASE_HANDLING = "caseHandling";
        public static final String CASE_HANDLING_STARTED = "caseHandlingStarted";
        /** Parallel: the case work and {@link #WATCH_DECISION_CLOCK} side by side. */
        public static final String CASE_HANDLING_FORK = "caseHandlingFork";
        /** Join of the first investigation and every return for supplementary investigation. */
        public static final String INVESTIGATION_MERGE = "investigationMerge";
        /** 调查取证 Investigate (two officers). */
        public static final String INVESTIGATE = "investigate";
        /** 调查终结审查 End-of-investigation review (head): sets {@link Variables#INVESTIGATION_OUTCOME}. */
        public static final String INVESTIGATION_REVIEW = "investigationReview";
        public static final String INVESTIGATION_OUTCOME_GATEWAY = "investigationOutcomeGateway";
        /** 不予处罚 No penalty: terminate end of {@link #CASE_HANDLING}; the no-penalty decision follows. */
        public static final String CONCLUDED_WITHOUT_PENALTY = "concludedWithoutPenalty";
        /** 拟定处罚意见 Propose penalty (officer). */
        public static final String PROPOSE_PENALTY = "proposePenalty";
        /** Join of the proposal and the case coming back from a hearing: the review gate starts here. */
        public static final String REVIEW_MERGE = "reviewMerge";
        /** 判定审核要求 Assess proposal: which reviews and whether a (new) notice is needed. */
        public static final String ASSESS_PROPOSAL = "assessProposal";
        public static final String LEGAL_REVIEW_GATEWAY = "legalReviewGateway";
        /** 法制审核 Legal review (legal reviewer): sets {@link Variables#LEGAL_REVIEW_OUTCOME}. */
        public static final String LEGAL_REVIEW = "legalReview";
        public static final String LEGAL_REVIEW_OUTCOME_GATEWAY = "legalReviewOutcomeGateway";
        public static final String DISCUSSION_MERGE = "discussionMerge";
        public static final String COLLECTIVE_DISCUSSION_GATEWAY = "collectiveDiscussionGateway";
        /** 集体讨论 Collective discussion (heads): sets {@link Variables#DISCUSSION_OUTCOME}. */
        public static final String COLLECTIVE_DISCUSSION = "collectiveDiscussion";
        public static final String DISCUSSION_OUTCOME_GATEWAY = "discussionOutcomeGateway";
        public static final String NOTICE_MERGE = "noticeMerge";
        public static final String NOTICE_GATEWAY = "noticeGateway";
        /** 制发告知书 Issue notice of proposed penalty. */
        public static final String ISSUE_NOTICE = "issueNotice";
        /** 送达告知书 Serve notice (officer): sets {@link Variables#PARTY_WINDOWS}. */
        public static final String SERVE_NOTICE = "serveNotice";
        /** Parallel: the statement/defence window and the hearing-request window. */
        public static final String PARTY_WINDOWS_FORK = "partyWindowsFork";
        /** 听取陈述申辩 Hear statement and defence (officer), until notice.reply runs out. */
        public static final String HEAR_STATEMENT = "hearStatement";
        /** Interrupting timer on {@link #HEAR_STATEMENT} at {@code partyWindows.replyDueAt}. */
        public static final String STATEMENT_WINDOW_CLOSED = "statementWindowClosed";
        public static final String STATEMENT_MERGE = "statementMerge";
        public static final String HEARING_RIGHT_GATEWAY = "hearingRightGateway";
        /** 听证申请 Hearing request (officer), until hearing.request runs out: sets {@link Variables#HEARING_REQUESTED}. */
        public static final String RECORD_HEARING_REQUEST = "recordHearingRequest";
        /** Interrupting timer on {@link #RECORD_HEARING_REQUEST} at {@code partyWindows.hearingRequestDueAt}. */
        public static final String HEARING_WINDOW_CLOSED = "hearingWindowClosed";
        public static final String HEARING_MERGE = "hearingMerge";
        public static final String PARTY_WINDOWS_JOIN = "partyWindowsJoin";
        public static final String HEARING_GATEWAY = "hearingGateway";
        /** 安排听证 Schedule hearing (officer): sets {@link Variables#HEARING_AT}. */
        public static final String SCHEDULE_HEARING = "scheduleHearing";
        /** 举行听证 Hold hearing (legal reviewer chairs); then back to {@link #REVIEW_MERGE}. */
        public static final String HOLD_HEARING = "holdHearing";
        public static final String DECISION_MERGE = "decisionMerge";
        /** 处罚决定审批 Decision approval (head of the unit). */
        public static final String DECISION_APPROVAL = "decisionApproval";
        /** 批准决定？ Decision approved? (no: returned for further investigation). */
        public static final String DECISION_GATEWAY = "decisionGateway";
        /** 办理完毕 Case handled: terminate end of {@link #CASE_HANDLING} after the decision is approved. */
        public static final String CASE_HANDLED = "caseHandled";
        public static final String TRANSFER_MERGE = "transferMerge";
        /** 移送涉嫌犯罪 Report suspected crime: the hand-off point of the criminal transfer. */
        public static final String REPORT_SUSPECTED_CRIME = "reportSuspectedCrime";
        /** Waits for {@link Messages#TRANSFER_CONCLUDED}. */
        public static final String AWAIT_TRANSFER_OUTCOME = "awaitTransferOutcome";
        public static final String TRANSFER_OUTCOME_GATEWAY = "transferOutcomeGateway";
        /** Terminate end of {@link #CASE_HANDLING}: the police accepted the case. */
        public static final String TRANSFERRED_TO_POLICE = "transferredToPolice";
        /** 恢复办理 Resume the case after the transfer came back. */
        public static final String RESUME_AFTER_TRANSFER = "resumeAfterTransfer";
        /**
         * 决定期限监控 Watch decision clock: call activity running {@link StatutoryClockProcess} for
         * {@link Variables#DECISION_CLOCK}. In: clockId, reminderAt, dueAt from {@code decisionClock}; out:
         * {@link StatutoryClockProcess.Variables#ESCALATED_FOR} as {@link Variables#DECISION_ESCALATED_FOR}.
         */
        public static final String WATCH_DECISION_CLOCK = "watchDecisionClock";
        public static final String DECISION_OVERDUE_GATEWAY = "decisionOverdueGateway";
        public static final String DECISION_CLOCK_MET = "decisionClockMet";
        /** 超期督办 Escalate overdue decision (head of the unit); the case goes on. */
        public static final String ESCALATE_OVERDUE_DECISION = "escalateOverdueDecision";
        public static final String ESCALATION_HANDLED = "escalationHandled";

        /** 案件结论？ Decided (penalty or no penalty) or transferred to the police. */
        public static final String CASE_OUTCOME_GATEWAY = "caseOutcomeGateway";
        /** 制发决定书 Issue decision (or no-penalty decision). */
        public static final String ISSUE_DECISION = "issueDecision";
        /** 送达决定书 Serve decision (officer). */
        public static final String SERVE_DECISION = "serveDecision";
        /** Parallel: execution and publication. */
        public static final String DECISION_SERVED_FORK = "decisionServedFork";
        public static final String PAYMENT_GATEWAY = "paymentGateway";
        public static final String PAYMENT_MERGE = "paymentMerge";
        /** Event-based: paid, deferral applied for, or fine.pay runs out. */
        public static final String AWAIT_PAYMENT = "awaitPayment";
        public static final String PAYMENT_SETTLED = "paymentSettled";
        public static final String DEFERRAL_REQUESTED = "deferralRequested";
        /** 延期分期审批 Approve deferral (head): sets {@link Variables#PAYMENT_DUE_AT}. */
        public static final String APPROVE_DEFERRAL = "approveDeferral";
        /** Timer at {@link Variables#PAYMENT_DUE_AT}. */
        public static final String PAYMENT_OVERDUE = "paymentOverdue";
        /** 催告 Remind to pay (officer): sets the enforcement window. */
        public static final String REMIND_PAYMENT = "remindPayment";
        public static final String AWAIT_PAYMENT_AFTER_REMINDER = "awaitPaymentAfterReminder";
        public static final String PAYMENT_SETTLED_AFTER_REMINDER = "paymentSettledAfterReminder";
        /** Timer at {@link Variables#ENFORCEMENT_OPENS_AT}. */
        public static final String ENFORCEMENT_WINDOW_OPENED = "enforcementWindowOpened";
        /** 申请法院强制执行 Apply for court enforcement (officer). */
        public static final String APPLY_FOR_COURT_ENFORCEMENT = "applyForCourtEnforcement";
        public static final String EXECUTION_MERGE = "executionMerge";
        /** Join of executed cases and cases transferred to the police. */
        public static final String CLOSING_MERGE = "closingMerge";
        /** 结案 Close case. */
        public static final String CLOSE_CASE = "closeCase";
        /** 案卷评查 Review case file (legal reviewer); no statutory clock, so no due date. */
        public static final String REVIEW_CASE_FILE = "reviewCaseFile";
        public static final String CASE_CLOSED = "caseClosed";
        public static final String PUBLICATION_GATEWAY = "publicationGateway";
        /** 审核公示内容 Review publication (officer). */
        public static final String REVIEW_PUBLICATION = "reviewPublication";
        /** 公示决定 Publish decision. */
        public static final String PUBLISH_DECISION = "publishDecision";
        /** Published or not to be published: either way the decision may still be revoked until final. */
        public static final String PUBLICATION_MERGE = "publicationMerge";
        /** Only a penalty decision awaits revocation; a decision not to penalise ends here. */
        public static final String REVOCABLE_GATEWAY = "revocableGateway";
        /** Event-based: revoked, or the decision becomes final. */
        public static final String AWAIT_REVOCATION = "awaitRevocation";
        public static final String DECISION_REVOKED = "decisionRevoked";
        /** Interrupting message boundary on the publication review: revoked before anything was published. */
        public static final String REVOKED_DURING_PUBLICATION_REVIEW = "revokedDuringPublicationReview";
        public static final String REVOCATION_MERGE = "revocationMerge";
        /** 撤回公示 Close the revoked case and withdraw its publication, if published. */
        public static final String WITHDRAW_PUBLICATION = "withdrawPublication";
        /** Terminate end: a revoked decision is not executed any further. */
        public static final String PUBLICATION_WITHDRAWN = "publicationWithdrawn";
        /** Timer at {@link Variables#DECISION_FINAL_AT}. */
        public static final String DECISION_FINAL = "decisionFinal";
        public static final String FINAL_MERGE = "finalMerge";
        /** The decision is final: no revocation can withdraw it any more. */
        public static final String PUBLICATION_ENDED = "publicationEnded";

        private Elements() {}
    }

    /** Job types of the service tasks, plus the job-worker user-task type. */
    public static final class JobTypes {
        public static final String REGISTER_LEAD = "uep.lead.register";
        public static final String REFER_LEAD = "uep.lead.refer";
        public static final String CLOSE_TIME_BARRED_LEAD = "uep.lead.close-time-barred";
        public static final String DECLINE_TO_FILE = "uep.lead.decline";
        public static final String FILE_CASE = "uep.case.file";
        public static final String REPORT_SUSPECTED_CRIME = "uep.case.report-crime";
        public static final String RESUME_AFTER_TRANSFER = "uep.case.resume";
        public static final String ASSESS_PROPOSAL = "uep.penalty.assess";
        public static final String ISSUE_NOTICE = "uep.penalty.notify";
        public static final String ISSUE_DECISION = "uep.penalty.issue-decision";
        public static final String CLOSE_CASE = "uep.case.close";
        public static final String PUBLISH_DECISION = "uep.publication.publish";
        public static final String WITHDRAW_PUBLICATION = "uep.publication.withdraw";
        /** Job type Zeebe gives every user task with the job-worker implementation. */
        public static final String USER_TASK = "io.camunda.zeebe:userTask";

        private JobTypes() {}
    }

    /** Form keys of the user tasks ({@code uep:<form-name>}). */
    public static final class Forms {
        public static final String LEAD_VERIFICATION = "uep:lead-verification";
        public static final String FILE_CASE_APPROVAL = "uep:file-case-approval";
        public static final String INVESTIGATION = "uep:investigation";
        public static final String INVESTIGATION_REVIEW = "uep:investigation-review";
        public static final String PENALTY_PROPOSAL = "uep:penalty-proposal";
        public static final String LEGAL_REVIEW = "uep:legal-review";
        public static final String COLLECTIVE_DISCUSSION = "uep:collective-discussion";
        public static final String NOTICE_SERVICE = "uep:notice-service";
        public static final String STATEMENT_DEFENCE = "uep:statement-defence";
        public static final String HEARING_REQUEST = "uep:hearing-request";
        public static final String HEARING_SCHEDULE = "uep:hearing-schedule";
        public static final String HEARING_RECORD = "uep:hearing-record";
        public static final String DECISION_APPROVAL = "uep:decision-approval";
        public static final String OVERDUE_ESCALATION = "uep:overdue-escalation";
        public static final String DECISION_SERVICE = "uep:decision-service";
        public static final String DEFERRAL_APPROVAL = "uep:deferral-approval";
        public static final String PAYMENT_REMINDER = "uep:payment-reminder";
        public static final String COURT_ENFORCEMENT = "uep:court-enforcement";
        public static final String CASE_FILE_REVIEW = "uep:case-file-review";
        public static final String PUBLICATION_REVIEW = "uep:publication-review";

        private Forms() {}
    }

    /** Messages the case waits for; every one is correlated by {@link Variables#CASE_NUMBER}. */
    public static final class Messages {
        /** The criminal transfer ended; carries {@link Variables#TRANSFER_OUTCOME}. */
        public static final String TRANSFER_CONCLUDED = "uep.transfer.concluded";
        /** The collection side confirmed the fine (and late fee) paid in full. */
        public static final String PAYMENT_SETTLED = "uep.payment.settled";
        /** The party applied for deferral or instalments (Art. 66). */
        public static final String DEFERRAL_REQUESTED = "uep.payment.deferral-requested";
        /** The decision was revoked or changed (review, lawsuit, self-correction). */
        public static final String DECISION_REVOKED = "uep.decision.revoked";

        private Messages() {}
    }

    /** 核查结论 What the lead verification found ({@link Variables#LEAD_FINDING}). */
    public enum LeadFinding { FILE, NOT_COMPETENT, OUT_OF_LIMITATION }

    /** 调查终结结论 Outcome of the end-of-investigation review (Art. 57; {@link Variables#INVESTIGATION_OUTCOME}). */
    public enum InvestigationOutcome { PENALTY, NO_PENALTY, NOT_ESTABLISHED, SUSPECTED_CRIME, SUPPLEMENT }

    /** 法制审核意见 Outcome of the legal review ({@link Variables#LEGAL_REVIEW_OUTCOME}). */
    public enum LegalReviewOutcome { AGREE, RETURN, TRANSFER }

    /** 集体讨论结论 Conclusion of the collective discussion ({@link Variables#DISCUSSION_OUTCOME}). */
    public enum DiscussionOutcome { PROCEED, RETURN }

    /** 移送结果 How the criminal transfer ended ({@link Variables#TRANSFER_OUTCOME}). */
    public enum TransferOutcome { ACCEPTED, RETURNED }

    /** Process variables (small: ids, decisions, due instants as ISO-8601 date-times with offset). */
    public static final class Variables {
        /** Set at start: the lead's id in PostgreSQL. */
        public static final String LEAD_ID = "leadId";
        /** Set at start: the handling unit's group path, e.g. {@code /zhoushan/dinghai/comprehensive}. */
        public static final String UNIT_PATH = "unitPath";
        /** Set by registerLead: lead.verify due instant. */
        public static final String LEAD_VERIFY_DUE = "leadVerifyDue";
        /** Set by the verification: a {@link LeadFinding}. */
        public static final String LEAD_FINDING = "leadFinding";
        /** Set by the filing approval task: true = file, false = decline. */
        public static final String FILING_APPROVED = "filingApproved";
        /** Set by fileCase. */
        public static final String CASE_ID = "caseId";
        /** Set by fileCase; the correlation key of every message. */
        public static final String CASE_NUMBER = "caseNumber";
        /**
         * Set by fileCase: the case.decide clock as the domain computed it, a FEEL context
         * {@code {clockId, reminderAt (or null), dueAt}}: the start variables of {@link StatutoryClockProcess} and the
         * due date of the tasks in {@link Elements#CASE_HANDLING}. Not updated when the clock moves (the watcher gets
         * the move as a message).
         */
        public static final String DECISION_CLOCK = "decisionClock";
        /** Set by {@link Elements#WATCH_DECISION_CLOCK}: the dueAt that expired, or null if stopped in time. */
        public static final String DECISION_ESCALATED_FOR = "decisionEscalatedFor";
        /** Set by the end-of-investigation review: an {@link InvestigationOutcome}. */
        public static final String INVESTIGATION_OUTCOME = "investigationOutcome";
        /** Set by the message {@link Messages#TRANSFER_CONCLUDED}: a {@link TransferOutcome}. */
        public static final String TRANSFER_OUTCOME = "transferOutcome";
        /** Set by assessProposal: legal review needed now (Art. 58, and again after a hearing). */
        public static final String LEGAL_REVIEW_REQUIRED = "legalReviewRequired";
        /** Set by assessProposal when a review is required: legal.review due instant, else null. */
        public static final String LEGAL_REVIEW_DUE_AT = "legalReviewDueAt";
        /** Set by assessProposal: collective discussion needed and not yet held (Art. 57). */
        public static final String COLLECTIVE_DISCUSSION_REQUIRED = "collectiveDiscussionRequired";
        /** Set by assessProposal: no served notice covers the proposal (first, or heavier: Art. 45, 62). */
        public static final String NOTICE_REQUIRED = "noticeRequired";
        /** Set by assessProposal: the proposal carries the right to request a hearing (Art. 63). */
        public static final String HEARING_QUALIFIES = "hearingQualifies";
        /** Set by the legal review: a {@link LegalReviewOutcome}. */
        public static final String LEGAL_REVIEW_OUTCOME = "legalReviewOutcome";
        /** Set by the collective discussion: a {@link DiscussionOutcome}. */
        public static final String DISCUSSION_OUTCOME = "discussionOutcome";
        /**
         * Set by the notice service: FEEL context {@code {replyDueAt, hearingRequestDueAt (null without a hearing
         * right)}}, the ends of notice.reply and hearing.request.
         */
        public static final String PARTY_WINDOWS = "partyWindows";
        /** Field of {@link #PARTY_WINDOWS}. */
        public static final String REPLY_DUE_AT = "replyDueAt";
        /** Field of {@link #PARTY_WINDOWS}. */
        public static final String HEARING_REQUEST_DUE_AT = "hearingRequestDueAt";
        /** Set by the hearing request task: true when the party asked for a hearing (unset when the window ran out). */
        public static final String HEARING_REQUESTED = "hearingRequested";
        /** Set by the hearing schedule: when the hearing is held. */
        public static final String HEARING_AT = "hearingAt";
        /** Set by the decision approval task: true = approve, false = return for further investigation. */
        public static final String DECISION_APPROVED = "decisionApproved";
        /** Set by issueDecision: decision.serve due instant. */
        public static final String DECISION_SERVE_DUE_AT = "decisionServeDueAt";
        /** Set by the decision service: a fine or confiscated money must be paid. */
        public static final String PAYMENT_REQUIRED = "paymentRequired";
        /** Set by the decision service (fine.pay), moved by an approved deferral. */
        public static final String PAYMENT_DUE_AT = "paymentDueAt";
        /** Set by the decision service: the decision is published (Art. 48; not for minors, not without penalty). */
        public static final String PUBLICATION_REQUIRED = "publicationRequired";
        /** Set by the decision service: publish.decision due instant, null when not published. */
        public static final String PUBLICATION_DUE_AT = "publicationDueAt";
        /** Set by the decision service: when the review and lawsuit windows have passed. */
        public static final String DECISION_FINAL_AT = "decisionFinalAt";
        /** Set by the payment reminder: the earliest court application (10 working days after service, final). */
        public static final String ENFORCEMENT_OPENS_AT = "enforcementOpensAt";
        /** Set by the payment reminder: enforce.court due instant. */
        public static final String ENFORCEMENT_DUE_AT = "enforcementDueAt";

        private Variables() {}
    }

    /** Candidate groups follow {@code <role>@<unit path>} (ARCHITECTURE.md), built in FEEL from {@link Variables#UNIT_PATH}. */
    public static final class Roles {
        public static final String HEAD = "head";
        public static final String OFFICER = "officer";
        public static final String LEGAL_REVIEWER = "legal-reviewer";

        private Roles() {}
    }
}
