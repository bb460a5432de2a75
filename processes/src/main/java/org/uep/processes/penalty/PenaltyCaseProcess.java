package org.uep.processes.penalty;

/**
 * Contract of {@code bpmn/penalty-case.bpmn} (行政处罚案件 Penalty case): every id, job type, form key and
 * variable name that code outside the model may rely on. Workers, the inbox and tests use these
 * constants, never string literals.
 *
 * <p>First slice (foundation): lead registered → filing approval → investigation → decision approval →
 * close case, with the decline-to-file branch and the 90-day decision clock (case.decide) as a
 * non-interrupting escalation.
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
        /** 案件办理 Case handling: the scope the case.decide clock watches. */
        public static final String CASE_HANDLING = "caseHandling";
        /** 调查取证 Investigate (two officers). */
        public static final String INVESTIGATE = "investigate";
        /** 处罚决定审批 Decision approval (head of the unit). */
        public static final String DECISION_APPROVAL = "decisionApproval";
        /** 批准决定？ Decision approved? (no: returned for further investigation). */
        public static final String DECISION_GATEWAY = "decisionGateway";
        public static final String CASE_HANDLED = "caseHandled";
        /** Non-interrupting timer on {@link #CASE_HANDLING} at the case.decide due instant. */
        public static final String DECISION_DUE_TIMER = "decisionDueTimer";
        /** 超期督办 Escalate overdue decision (head of the unit). */
        public static final String ESCALATE_OVERDUE_DECISION = "escalateOverdueDecision";
        public static final String ESCALATION_HANDLED = "escalationHandled";
        /** 结案 Close case. */
        public static final String CLOSE_CASE = "closeCase";
        /** Terminate end: ends an escalation still open when the case closes (its inbox task is withdrawn). */
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
        /** Set by fileCase: case.decide due instant (ISO-8601 date-time), arms {@link Elements#DECISION_DUE_TIMER}. */
        public static final String DECISION_DUE = "decisionDue";
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
