package org.uep.domain.coercive;

import java.time.Instant;
import java.util.List;

/** One coercive measure of a dossier as it stands (table coercive_measure). */
public record CoerciveMeasure(long id, long leadId, Kind kind, String items, String place, String reason,
                              Long convertedFrom, Status status, String requestedBy, Instant requestedAt,
                              Instant approvalDueAt, String approvedBy, Instant approvedAt, Instant takenAt,
                              List<String> officers, String record, Instant extensionAskedAt, String concludedBy,
                              Instant concludedAt, String conclusionReason,
                              Long processInstanceKey) {

    /** What is done to the items, and the clock that limits it. */
    public enum Kind {
        /** 先行登记保存 evidence preserved by registration (Art. 56). */
        PRESERVATION("evidence.preserve"),
        /** 查封 sealing (行政强制法 Art. 22). */
        SEALING("seizure"),
        /** 扣押 seizure (行政强制法 Art. 22). */
        SEIZURE("seizure");

        private final String clockId;

        Kind(String clockId) {
            this.clockId = clockId;
        }

        public String clockId() {
            return clockId;
        }
    }

    public enum Status {
        REQUESTED, REFUSED, APPROVED, NOT_TAKEN, IN_FORCE,
        /** 解除 released to the party. */
        RELEASED,
        /** kept for the decision's confiscation, or handed to the police or an appraisal body. */
        HANDED_OVER,
        /** preserved evidence turned into a seizure (a new measure). */
        CONVERTED,
        /** the clock ran out with no conclusion: released by law. */
        RELEASED_ON_EXPIRY
    }

    /** The running clock's subject: one clock per measure on the dossier. */
    public String clockSubject() {
        return "lead/" + leadId + "/measure/" + id;
    }
}
