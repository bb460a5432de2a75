package org.uep.domain.party;

import java.time.LocalDate;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.lead.Lead;

/**
 * One dossier in a party's history. Anyone who may look at the history sees when it was received (and filed), its
 * matter and its outcome; the {@link Details} only where the access policy lets the caller read that dossier.
 * <p>
 * The outcome is where the dossier stands; {@code penalisedOn} whether a penalty was decided in it (行政处罚决定), which
 * is what the first-violation rule (首违不罚, Art. 33) looks at.
 *
 * @param receivedOn the day the lead was received (Asia/Shanghai)
 * @param filedOn    the day the case was filed (立案), null if none was
 * @param matterCode 事项代码 of the lead, null while unknown
 * @param penalisedOn the day a penalty was decided in the dossier, null if none was
 * @param details    null when the caller may not read the dossier ({@link #restricted()})
 */
public record DossierEntry(LocalDate receivedOn, LocalDate filedOn, String matterCode, Outcome outcome,
                           LocalDate penalisedOn, Details details) {

    public enum Outcome {
        /** A lead not yet filed or declined. */
        PENDING,
        /** 不予立案. */
        DECLINED,
        /** 移送管辖: referred to the competent body. */
        REFERRED,
        /** 超过追责时效: closed without a case (Art. 36). */
        TIME_BARRED,
        /** A filed case, not closed. */
        OPEN,
        /** A filed case, closed (结案). */
        CLOSED;

        /** Whether a case was filed (立案): a prima facie violation was found, not yet that a penalty was imposed. */
        public boolean caseFiled() {
            return this == OPEN || this == CLOSED;
        }

        static Outcome of(Lead.Status lead, PenaltyCase.Status penaltyCase) {
            if (penaltyCase != null) {
                return penaltyCase == PenaltyCase.Status.CLOSED ? CLOSED : OPEN;
            }
            return switch (lead) {
                case DECLINED -> DECLINED;
                case REFERRED -> REFERRED;
                case TIME_BARRED -> TIME_BARRED;
                case RECEIVED, REGISTERED, FILED -> PENDING;
            };
        }
    }

    /** What only readers of the dossier see. {@code caseId} and {@code caseNumber} are null before filing. */
    public record Details(long leadId, Long caseId, String caseNumber, String unitPath, String summary) {}

    public boolean penalised() {
        return penalisedOn != null;
    }

    /** True for another body's dossier the caller may not read: existence, dates, matter and outcome only. */
    public boolean restricted() {
        return details == null;
    }
}
