package org.uep.processes.penalty;

import org.uep.processes.clock.StatutoryClockProcess;

/**
 * Contract of {@code bpmn/penalty-case.bpmn} (行政处罚案件 Penalty case): every id, job type, form key and
 * variable name that code outside the model may rely on. Workers, the inbox and tests use these
 * constants, never string literals.
 *
 * <p>First slice (foundation): lead registered → filing approval → investigation → decision approval →
 * close case, with the decline-to-file branch and the 90-day decision clock (case.decide). The clock is watched
 * inside {@link Elements#CASE_HANDLING}, next to the case work, by the call activity
 * {@link Elements#WATCH_DECISION_CLOCK} ({@link StatutoryClockProcess}): due-soon reminder, re-arm when the domain
 * moves the clock, escalation to the head of the unit when it expires ({@link Elements#ESCALATE_OVERDUE_DECISION},
 * the case goes on). Approving the decision ends the case handling ({@link Elements#CASE_HANDLED}, terminate end):
 * the watcher and an open escalation are terminated.
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
        /** 立案审批 File case approval (head of the unit). */
        public static final String FILE_CASE_APPROVAL = "fileCaseApproval";
        /** 予以立案？ File the case? */
        public static final String FILE_CASE_GATEWAY = "fileCaseGateway";
        /** 不予立案 Decline to file. */
        public static final String DECLINE_TO_FILE = "declineToFile";
        public static final String LEAD_DECLINED = "leadDeclined";
        /** 立案 File case. */
        public static final String FILE_CASE = "fileCase";
        /** 案件办理 Case handling: the case work and, next to it, the watcher of the case.decide clock. */
        public static final String CASE_HANDLING = "caseHandling";
        public static final String CASE_HANDLING_STARTED = "caseHandlingStarted";
        /** Parallel gateway in {@link #CASE_HANDLING}: the case work and {@link #WATCH_DECISION_CLOCK} side by side. */
        public static final String CASE_HANDLING_FORK = "caseHandlingFork";
        /** Join of the first investigation and a case returned by {@link #DECISION_GATEWAY}. */
        public static final String INVESTIGATION_MERGE = "investigationMerge";
        /** 调查取证 Investigate (two officers). */
        public static final String INVESTIGATE = "investigate";
        /** 处罚决定审批 Decision approval (head of the unit). */
        public static final String DECISION_APPROVAL = "decisionApproval";
        /** 批准决定？ Decision approved? (no: returned for further investigation). */
        public static final String DECISION_GATEWAY = "decisionGateway";
        /**
         * 办理完毕 Case handled: terminate end of {@link #CASE_HANDLING} after the decision is approved; terminates
         * {@link #WATCH_DECISION_CLOCK} (and so the called watcher instance) and withdraws an open
         * {@link #ESCALATE_OVERDUE_DECISION}, then {@link #CLOSE_CASE} runs.
         */
        public static final String CASE_HANDLED = "caseHandled";
        /**
         * 决定期限监控 Watch decision clock: call activity in {@link #CASE_HANDLING}, next to the case work, that runs
         * {@link StatutoryClockProcess} (process id {@value StatutoryClockProcess#PROCESS_ID}) for
         * {@link Variables#DECISION_CLOCK}.
         * <ul>
         *   <li>In (no other variable is passed down): {@link StatutoryClockProcess.Variables#CLOCK_ID},
         *       {@link StatutoryClockProcess.Variables#REMINDER_AT} and {@link StatutoryClockProcess.Variables#DUE_AT}
         *       from the same-named fields of {@code decisionClock}.</li>
         *   <li>Out (nothing else comes back): {@link StatutoryClockProcess.Variables#ESCALATED_FOR} as
         *       {@link Variables#DECISION_ESCALATED_FOR}, null when the watcher never escalated.</li>
         *   <li>The watcher sends the due-soon reminder ({@link StatutoryClockProcess.JobTypes#REMIND}), re-arms on
         *       {@link StatutoryClockProcess.Messages#CLOCK_MOVED}, ends on
         *       {@link StatutoryClockProcess.Messages#CLOCK_STOPPED} (both correlated by the clockId) or after the
         *       escalation ({@link StatutoryClockProcess.JobTypes#ESCALATE}).</li>
         * </ul>
         */
        public static final String WATCH_DECISION_CLOCK = "watchDecisionClock";
        /** 决定逾期？ Decision overdue? Yes when {@link Variables#DECISION_ESCALATED_FOR} is set. */
        public static final String DECISION_OVERDUE_GATEWAY = "decisionOverdueGateway";
        /** 决定期限已满足 Decision clock met: the watcher ended without escalation (the clock was stopped in time). */
        public static final String DECISION_CLOCK_MET = "decisionClockMet";
        /** 超期督办 Escalate overdue decision (head of the unit), after the watcher escalated; the case goes on. */
        public static final String ESCALATE_OVERDUE_DECISION = "escalateOverdueDecision";
        public static final String ESCALATION_HANDLED = "escalationHandled";
        /** 结案 Close case. */
        public static final String CLOSE_CASE = "closeCase";
        /** Terminate end of the process; nothing else is still active ({@link #CASE_HANDLED} ended case handling). */
        public static final String CASE_CLOSED = "caseClosed";

        private Elements() {}
    }

    /** Job types of the service tasks, plus the job-worker user-task type. */
    public static final class JobTypes {
        public static final String REGISTER_LEAD = "uep.lead.register";
        public static final String DECLINE_TO_FILE = "uep.lead.decline";
        public static final String FILE_CASE = "uep.case.file";
        public static final String CLOSE_CASE = "uep.case.close";
        /** Job type Zeebe gives every user task with the job-worker implementation. */
        public static final String USER_TASK = "io.camunda.zeebe:userTask";

        private JobTypes() {}
    }

    /** Form keys of the user tasks ({@code uep:<form-name>}). */
    public static final class Forms {
        public static final String FILE_CASE_APPROVAL = "uep:file-case-approval";
        public static final String INVESTIGATION = "uep:investigation";
        public static final String DECISION_APPROVAL = "uep:decision-approval";
        public static final String OVERDUE_ESCALATION = "uep:overdue-escalation";

        private Forms() {}
    }

    /** Process variables (small: ids, decisions, due instants). */
    public static final class Variables {
        /** Set at start: the lead's id in PostgreSQL. */
        public static final String LEAD_ID = "leadId";
        /** Set at start: the handling unit's group path, e.g. {@code /zhoushan/dinghai/comprehensive}. */
        public static final String UNIT_PATH = "unitPath";
        /** Set by registerLead: lead.verify due instant (ISO-8601 date-time), due date of the filing approval. */
        public static final String LEAD_VERIFY_DUE = "leadVerifyDue";
        /** Set by the filing approval task: true = file, false = decline. */
        public static final String FILING_APPROVED = "filingApproved";
        /** Set by fileCase. */
        public static final String CASE_ID = "caseId";
        /** Set by fileCase. */
        public static final String CASE_NUMBER = "caseNumber";
        /**
         * Set by fileCase: the case.decide clock as the domain computed it, a JSON object (FEEL context)
         * {@code {"clockId": "<id>", "reminderAt": "<ISO-8601 date-time with offset, or null>", "dueAt": "<ISO-8601
         * date-time with offset>"}}. Its fields are the start variables of {@link StatutoryClockProcess}
         * ({@link Elements#WATCH_DECISION_CLOCK}); {@code decisionClock.dueAt} is the due date of the user tasks in
         * {@link Elements#CASE_HANDLING}. Not updated when the domain moves the clock (the watcher gets the move as a
         * message).
         */
        public static final String DECISION_CLOCK = "decisionClock";
        /**
         * Set by {@link Elements#WATCH_DECISION_CLOCK} when the watcher ends: the dueAt that expired (ISO-8601
         * date-time) if the clock was escalated, null if it was stopped in time. Read by
         * {@link Elements#DECISION_OVERDUE_GATEWAY}.
         */
        public static final String DECISION_ESCALATED_FOR = "decisionEscalatedFor";
        /** Set by the decision approval task: true = approve, false = return for further investigation. */
        public static final String DECISION_APPROVED = "decisionApproved";

        private Variables() {}
    }

    /** Candidate groups follow {@code <role>@<unit path>} (ARCHITECTURE.md), built in FEEL from {@link Variables#UNIT_PATH}. */
    public static final class Roles {
        public static final String HEAD = "head";
        public static final String OFFICER = "officer";

        private Roles() {}
    }
}
