package org.uep.processes.summary;

/**
 * Contract of {@code bpmn/summary-penalty.bpmn} (简易程序处罚 Summary penalty, procedure.md §2): what follows an
 * on-the-spot decision (当场处罚, Art. 51–52) that is already on record — the pre-numbered decision document, then the
 * officer files its copy with the body (备案) within the summary.file clock and the head reviews the filing, returning
 * it for correction until accepted.
 */
public final class SummaryPenaltyProcess {

    public static final String PROCESS_ID = "summary-penalty";
    public static final String RESOURCE = "bpmn/summary-penalty.bpmn";

    private SummaryPenaltyProcess() {}

    /** BPMN element ids. */
    public static final class Elements {
        public static final String DECIDED_ON_THE_SPOT = "decidedOnTheSpot";
        /** 制作当场处罚决定书 Issue the pre-numbered decision document. */
        public static final String ISSUE_SUMMARY_DECISION = "issueSummaryDecision";
        public static final String FILING_MERGE = "filingMerge";
        /** 报所属机关备案 File a copy with the body (officer). */
        public static final String FILE_COPY = "fileCopy";
        /** 备案审查 Review filing (head): sets {@link Variables#FILING_ACCEPTED}. */
        public static final String REVIEW_FILING = "reviewFiling";
        public static final String FILING_GATEWAY = "filingGateway";
        public static final String SUMMARY_FILED = "summaryFiled";

        private Elements() {}
    }

    /** Job types of the service tasks. */
    public static final class JobTypes {
        public static final String ISSUE_SUMMARY_DECISION = "uep.summary.issue-decision";

        private JobTypes() {}
    }

    /** Form keys of the user tasks. */
    public static final class Forms {
        public static final String SUMMARY_FILING = "uep:summary-filing";
        public static final String SUMMARY_FILING_REVIEW = "uep:summary-filing-review";

        private Forms() {}
    }

    /** Process variables. */
    public static final class Variables {
        /** Set at start: the lead the on-the-spot decision is recorded on. */
        public static final String LEAD_ID = "leadId";
        /** Set at start: the deciding officer's unit. */
        public static final String UNIT_PATH = "unitPath";
        /** Set by issueSummaryDecision: summary.file due instant (ISO-8601 date-time with offset). */
        public static final String FILING_DUE_AT = "filingDueAt";
        /** Set by the filing review: true = accepted, false = returned for correction. */
        public static final String FILING_ACCEPTED = "filingAccepted";

        private Variables() {}
    }

    /** Candidate groups follow {@code <role>@<unit path>}. */
    public static final class Roles {
        public static final String OFFICER = "officer";
        public static final String HEAD = "head";

        private Roles() {}
    }
}
