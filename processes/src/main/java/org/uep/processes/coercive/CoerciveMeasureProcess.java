package org.uep.processes.coercive;

/**
 * Contract of {@code bpmn/coercive-measure.bpmn} (行政强制措施 Coercive measure, procedure.md §1.3): evidence preserved
 * by registration (先行登记保存, Art. 56) or sealing/seizure (查封/扣押, 行政强制法 Art. 18, 22–28). The head approves
 * first; two certified officers take the measure and record it; the officer concludes it within its clock
 * (evidence.preserve, seizure), the head approving a seizure's one extension; a clock that runs out releases the
 * measure by law.
 */
public final class CoerciveMeasureProcess {

    public static final String PROCESS_ID = "coercive-measure";
    public static final String RESOURCE = "bpmn/coercive-measure.bpmn";

    private CoerciveMeasureProcess() {}

    /** BPMN element ids. */
    public static final class Elements {
        public static final String MEASURE_REQUESTED = "measureRequested";
        /** 负责人审批 Prior approval (head): sets {@link Variables#MEASURE_APPROVED}. */
        public static final String APPROVE_MEASURE = "approveMeasure";
        public static final String APPROVAL_GATEWAY = "approvalGateway";
        public static final String MEASURE_REFUSED = "measureRefused";
        /** 实施并制作笔录 Take the measure (two officers): sets {@link Variables#MEASURE_TAKEN}, {@link Variables#MEASURE_DUE_AT}. */
        public static final String TAKE_MEASURE = "takeMeasure";
        public static final String TAKEN_GATEWAY = "takenGateway";
        public static final String MEASURE_NOT_TAKEN = "measureNotTaken";
        public static final String IN_FORCE_MERGE = "inForceMerge";
        /** 作出处理决定 Conclude within the clock: sets {@link Variables#MEASURE_CONCLUSION}. */
        public static final String CONCLUDE_MEASURE = "concludeMeasure";
        public static final String MEASURE_EXPIRED = "measureExpired";
        public static final String CONCLUSION_GATEWAY = "conclusionGateway";
        /** 延长审批 The head approves or refuses the seizure's extension: sets {@link Variables#MEASURE_DUE_AT}. */
        public static final String APPROVE_EXTENSION = "approveExtension";
        public static final String EXTENSION_EXPIRED = "extensionExpired";
        public static final String MEASURE_CONCLUDED = "measureConcluded";
        public static final String EXPIRY_MERGE = "expiryMerge";
        /** 到期解除 Release by law when the clock ran out. */
        public static final String RELEASE_EXPIRED_MEASURE = "releaseExpiredMeasure";
        public static final String MEASURE_LAPSED = "measureLapsed";

        private Elements() {}
    }

    /** Job types of the service tasks. */
    public static final class JobTypes {
        public static final String RELEASE_EXPIRED = "uep.coercive.release-expired";

        private JobTypes() {}
    }

    /** Form keys of the user tasks. */
    public static final class Forms {
        public static final String APPROVAL = "uep:coercive-measure-approval";
        public static final String RECORD = "uep:coercive-measure-record";
        public static final String CONCLUSION = "uep:coercive-measure-conclusion";
        public static final String EXTENSION = "uep:coercive-measure-extension";

        private Forms() {}
    }

    /** How the officer concludes a measure in force ({@link Variables#MEASURE_CONCLUSION}). */
    public enum Conclusion {
        /** 解除 Released to the party. */
        RELEASE,
        /** 移交/没收 Kept for the decision's confiscation, or handed over (police, appraisal body). */
        HAND_OVER,
        /** 转为查封扣押 Preserved evidence becomes a seizure (a new measure, approved again). */
        CONVERT_TO_SEIZURE,
        /** 延长 A seizure's extension asked of the head (complex case). */
        EXTEND
    }

    /** Process variables. */
    public static final class Variables {
        /** Set at start: the measure on record. */
        public static final String MEASURE_ID = "measureId";
        /** Set at start: the dossier. */
        public static final String LEAD_ID = "leadId";
        /** Set at start: the case the measure is taken in (its tasks show its number). */
        public static final String CASE_ID = "caseId";
        /** Set at start: the unit whose head approves and whose officers act. */
        public static final String UNIT_PATH = "unitPath";
        /** Set at start: when the head's approval is due (ISO-8601 date-time with offset). */
        public static final String APPROVAL_DUE_AT = "approvalDueAt";
        /** Set by the approval: true = approved. */
        public static final String MEASURE_APPROVED = "measureApproved";
        /** Set by the approval: when the approved measure is to be taken. */
        public static final String TAKE_DUE_AT = "takeDueAt";
        /** Set by the record: true = taken (the clock runs), false = not taken. */
        public static final String MEASURE_TAKEN = "measureTaken";
        /** Set by the record and the extension: the measure's clock due instant. */
        public static final String MEASURE_DUE_AT = "measureDueAt";
        /** Set by the conclusion: a {@link Conclusion} name. */
        public static final String MEASURE_CONCLUSION = "measureConclusion";

        private Variables() {}
    }

    /** Candidate groups follow {@code <role>@<unit path>}. */
    public static final class Roles {
        public static final String OFFICER = "officer";
        public static final String HEAD = "head";

        private Roles() {}
    }
}
