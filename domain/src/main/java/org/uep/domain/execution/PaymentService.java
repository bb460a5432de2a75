package org.uep.domain.execution;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.cases.PenaltyCaseRepository;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.penalty.PenaltyProceedings;

/**
 * Payments of a fine. Deciding and collecting are separated (Art. 67): payments are confirmed by the collection side
 * (bank, 非税收入系统) through its service account, or — as the fallback — entered by finance staff from a bank receipt
 * with a reason; never by the deciding officers. A payment is idempotent by its reference: the same report again returns
 * the recorded payment, a different one under the same reference is refused. The payment that completes the amount due
 * (fine + late fee up to that day) meets the deadline clocks and queues {@link EngineCommand.Kind#PAYMENT_RECORDED} once.
 */
@Service
public class PaymentService {

    private final ExecutionRepository executions;
    private final PaymentRepository payments;
    private final ExecutionService execution;
    private final PenaltyProceedings proceedings;
    private final PenaltyCaseRepository cases;
    private final AccessPolicy access;
    private final EngineOutbox outbox;
    private final Clock clock;

    public PaymentService(ExecutionRepository executions, PaymentRepository payments, ExecutionService execution,
                          PenaltyProceedings proceedings, PenaltyCaseRepository cases, AccessPolicy access,
                          EngineOutbox outbox, Clock clock) {
        this.executions = executions;
        this.payments = payments;
        this.execution = execution;
        this.proceedings = proceedings;
        this.cases = cases;
        this.access = access;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The case number of the case a payment belongs to: the correlation key of the case's payment message. */
    @Transactional(readOnly = true)
    public String caseNumberOf(long paymentId) {
        Payment payment = payments.findById(paymentId).orElseThrow(() -> DomainException.notFound("Payment", paymentId));
        long leadId = executions.findById(payment.getExecutionId()).orElseThrow().getLeadId();
        return cases.findByLeadId(leadId).orElseThrow().getCaseNumber();
    }

    /** A payment the collection system confirmed against a decision number (决定书文号). */
    @Transactional
    public RecordedPayment recordConfirmed(String decisionNumber, PaymentDetails details, Caller collector) {
        access.requireAnyRole(collector, Set.of(AccessPolicy.PAYMENT_COLLECTOR), "confirm payments");
        String number = ExecutionService.required(decisionNumber, "decisionNumber");
        Execution target = executions.lockByDecisionNumber(number).orElseThrow(() -> DomainException.notFound(
                "Served penalty decision with number", number));
        return record(target, details, Payment.Source.COLLECTION, null, collector.username(), "payment.recorded");
    }

    /** A payment finance staff of the case's unit enter from a bank receipt (its reference), saying why. */
    @Transactional
    public RecordedPayment recordManually(long caseId, PaymentDetails receipt, String reason, Caller finance) {
        access.requireAnyRole(finance, Set.of(AccessPolicy.FINANCE), "enter payments from bank receipts");
        long leadId = cases.findById(caseId).filter(c -> access.isFinanceOf(finance, c.getUnitPath()))
                .orElseThrow(() -> DomainException.notFound("Case", caseId)).getLeadId();
        Execution target = execution.locked(leadId);
        String why = ExecutionService.required(reason, "reason");
        proceedings.decision(leadId).filter(d -> d.getDecidedBy().equals(finance.username())).ifPresent(d -> {
            throw DomainException.forbidden("作出处罚决定的人员不得收缴罚款（第六十七条）。Whoever decided the penalty may not "
                    + "record its payment (Art. 67).");
        });
        return record(target, receipt, Payment.Source.MANUAL, why, finance.username(), "payment.entered-manually");
    }

    private RecordedPayment record(Execution target, PaymentDetails details, Payment.Source source, String reason,
                                   String actor, String action) {
        if (details == null) {
            throw DomainException.invalid("缴款信息不能为空。The payment is required.");
        }
        Optional<Payment> known = payments.findByReference(details.reference());
        if (known.isPresent()) {
            if (known.get().sameAs(target.getId(), details)) {
                return new RecordedPayment(known.get(), false);
            }
            throw DomainException.conflict("缴款凭证号 " + details.reference() + " 已记录了不同的缴款。Payment reference "
                    + details.reference() + " is already recorded with other content (" + known.get().getAmountFen()
                    + " fen at " + known.get().getPaidAt() + " via " + known.get().getChannel() + ").");
        }
        if (details.paidAt().isAfter(clock.instant())) {
            throw DomainException.invalid("缴款时间不能晚于当前时间。The time paid cannot be in the future; got " + details.paidAt() + ".");
        }
        Payment payment = payments.save(new Payment(target.getId(), details, source, reason, actor,
                ExecutionService.stored(clock.instant())));
        Map<String, Object> after = state(payment);
        execution.record(target, actor, action, null, after);

        List<Payment> paid = payments.findByExecutionIdOrderByPaidAtAscIdAsc(target.getId());
        LocalDate asOf = LegalTime.dayOf(paid.getLast().getPaidAt());
        Balance balance = execution.balance(target, paid, asOf);
        if (target.getPaidInFullAt() == null && balance.settled()) {
            execution.paidInFull(target, payment.getPaidAt(), actor);
            outbox.enqueue(EngineCommand.Kind.PAYMENT_RECORDED, payment.getId());
            Map<String, Object> settled = new LinkedHashMap<>();
            settled.put("payment", payment.getId());
            settled.put("paidFen", balance.paidFen());
            settled.put("lateFeeFen", balance.lateFeeFen());
            execution.record(target, actor, "execution.paid-in-full", null, settled);
        }
        return new RecordedPayment(payment, true);
    }

    private static Map<String, Object> state(Payment payment) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("payment", payment.getId());
        state.put("reference", payment.getReference());
        state.put("amountFen", payment.getAmountFen());
        state.put("paidAt", payment.getPaidAt().toString());
        state.put("channel", payment.getChannel());
        state.put("source", payment.getSource());
        state.put("reason", payment.getReason());
        return state;
    }
}
