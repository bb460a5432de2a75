package org.uep.api.execution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.uep.domain.execution.Balance;
import org.uep.domain.execution.Challenge;
import org.uep.domain.execution.CourtWindow;
import org.uep.domain.execution.ExecutionStatement;
import org.uep.domain.execution.Instalment;
import org.uep.domain.execution.Payment;
import org.uep.domain.execution.PaymentArrangement;

/** The execution of a decision: the fine, payments, late fee, what is outstanding, arrangements, the court window. */
public record ExecutionView(String decisionNumber, long fineFen, long paidFen, long lateFeeFen, long outstandingFen,
        Instant decisionServedAt, Instant dueAt, List<Instalment> schedule, Instant paidInFullAt,
        List<PaymentView> payments, List<ChallengeView> challenges, List<ArrangementView> arrangements,
        Instant reminderServedAt, CourtWindow courtWindow, Instant courtAppliedAt) {
    public static ExecutionView of(ExecutionStatement s) {
        Balance b = s.balance();
        return new ExecutionView(s.execution().getDecisionNumber(), b.fineFen(), b.paidFen(), b.lateFeeFen(),
                b.outstandingFen(), s.execution().getDecisionServedAt(), s.dueAt(), s.schedule(),
                s.execution().getPaidInFullAt(), s.payments().stream().map(PaymentView::of).toList(),
                s.challenges().stream().map(ChallengeView::of).toList(),
                s.arrangements().stream().map(ArrangementView::of).toList(), s.execution().getReminderServedAt(),
                s.courtWindow(), s.execution().getCourtAppliedAt());
    }

    public record PaymentView(long id, String reference, long amountFen, Instant paidAt, String channel, String source,
            String reason, String recordedBy, Instant recordedAt) {
        public static PaymentView of(Payment p) {
            return new PaymentView(p.getId(), p.getReference(), p.getAmountFen(), p.getPaidAt(), p.getChannel(),
                    p.getSource().name(), p.getReason(), p.getRecordedBy(), p.getRecordedAt());
        }
    }

    public record ChallengeView(String kind, LocalDate filedOn, LocalDate endedOn) {
        public static ChallengeView of(Challenge c) {
            return new ChallengeView(c.getKind().name(), c.getFiledOn(), c.getEndedOn());
        }
    }

    public record ArrangementView(long id, String kind, List<Instalment> instalments, Instant appliedAt, String status,
            String decidedBy, Instant decidedAt) {
        public static ArrangementView of(PaymentArrangement a) {
            return new ArrangementView(a.getId(), a.getKind().name(), a.getInstalments(), a.getAppliedAt(),
                    a.getStatus().name(), a.getDecidedBy(), a.getDecidedAt());
        }
    }
}
