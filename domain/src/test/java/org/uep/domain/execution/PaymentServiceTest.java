package org.uep.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uep.domain.execution.ExecutionTesting.COLLECTOR;
import static org.uep.domain.execution.ExecutionTesting.FINANCE;
import static org.uep.domain.execution.ExecutionTesting.FINE;
import static org.uep.domain.testing.SettableClock.shanghai;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.DomainTest;
import org.uep.domain.audit.AuditEvent;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.testing.Callers;

/** Payments against PostgreSQL: idempotent by reference, counted until paid in full, one engine command then. */
@DomainTest
@Import(ExecutionTesting.class)
class PaymentServiceTest {

    /** Served Mon 2026-03-02: fine.pay due Tue 03-17 (15 natural days), late fee from 03-18. */
    private static final String SERVED = "2026-03-02T10:00:00";

    @Autowired PaymentService payments;
    @Autowired ExecutionService executions;
    @Autowired AuditEventRepository audit;
    @Autowired ExecutionTesting.Fixture fixture;

    @Test
    void theSameReferenceIsOnePaymentAndOtherContentUnderItIsRefused() {
        Execution execution = fixture.served(SERVED);
        fixture.clock().set("2026-03-05T09:00:00");
        PaymentDetails half = new PaymentDetails("FS-2026-0001", FINE / 2, shanghai("2026-03-04T15:30:00.123456789"), "非税收入网上缴款");

        RecordedPayment first = payments.recordConfirmed(execution.getDecisionNumber(), half, COLLECTOR);
        assertThat(first.created()).isTrue();
        String recorded = fixture.snapshot(execution);
        RecordedPayment again = payments.recordConfirmed(execution.getDecisionNumber(), half, COLLECTOR);
        assertThat(again.created()).isFalse();
        assertThat(again.payment().getId()).isEqualTo(first.payment().getId());
        assertThat(fixture.snapshot(execution)).as("the same report again").isEqualTo(recorded);

        fixture.refused(execution, () -> payments.recordConfirmed(execution.getDecisionNumber(), new PaymentDetails("FS-2026-0001",
                FINE, half.paidAt(), half.channel()), COLLECTOR), DomainException.Kind.CONFLICT, "already recorded with other content");
        assertThat(executions.statement(execution.getLeadId()).balance())
                .isEqualTo(new Balance(FINE, FINE / 2, 0, FINE / 2));
        assertThat(fixture.paymentCommands(execution)).as("partly paid: the process waits").isZero();
    }

    @Test
    void eightConcurrentReportsOfOnePaymentRecordItOnce() throws Exception {
        Execution execution = fixture.served(SERVED);
        fixture.clock().set("2026-03-05T09:00:00");
        PaymentDetails full = new PaymentDetails("FS-2026-0008-" + execution.getId(), FINE, shanghai("2026-03-05T08:00:00"), "银行柜台");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<RecordedPayment>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(threads.submit(() -> {
                start.await();
                return payments.recordConfirmed(execution.getDecisionNumber(), full, COLLECTOR);
            }));
        }
        start.countDown();
        List<RecordedPayment> recorded = new ArrayList<>();
        for (Future<RecordedPayment> result : results) {
            recorded.add(result.get());
        }
        threads.shutdown();

        assertThat(recorded).filteredOn(RecordedPayment::created).hasSize(1);
        assertThat(recorded).extracting(r -> r.payment().getId()).containsOnly(recorded.getFirst().payment().getId());
        assertThat(executions.statement(execution.getLeadId()).payments()).hasSize(1);
        assertThat(fixture.paymentCommands(execution)).isEqualTo(1);
        assertThat(actions(execution)).containsOnlyOnce("payment.recorded", "execution.paid-in-full");
    }

    @Test
    void aLatePartialPaymentThenTheRestWithTheLateFeeQueuesExactlyOneCommand() {
        Execution execution = fixture.served(SERVED);
        fixture.clock().set("2026-03-20T16:00:00");
        // 03-18, 03-19, 03-20 overdue: 3 × 600 fen.
        RecordedPayment fine = payments.recordConfirmed(execution.getDecisionNumber(),
                new PaymentDetails("FS-A-" + execution.getId(), FINE, shanghai("2026-03-20T10:00:00"), "银行柜台"), COLLECTOR);
        assertThat(executions.statement(execution.getLeadId()).balance()).isEqualTo(new Balance(FINE, FINE, 1_800, 1_800));
        assertThat(fixture.paymentCommands(execution)).isZero();
        assertThat(fixture.clock(execution, ExecutionService.FINE_PAY).getStoppedAt()).isNull();

        RecordedPayment rest = payments.recordConfirmed(execution.getDecisionNumber(),
                new PaymentDetails("FS-B-" + execution.getId(), 1_800, shanghai("2026-03-20T15:00:00"), "银行柜台"), COLLECTOR);
        assertThat(fixture.paymentCommands(execution)).isEqualTo(1);
        assertThat(fixture.jdbc().queryForObject("select target_id from engine_command where kind = 'PAYMENT_RECORDED' and "
                + "target_id in (?, ?)", Long.class, fine.payment().getId(), rest.payment().getId())).isEqualTo(rest.payment().getId());
        ExecutionStatement paid = executions.statement(execution.getLeadId());
        assertThat(paid.balance().settled()).isTrue();
        assertThat(paid.execution().getPaidInFullAt()).isEqualTo(shanghai("2026-03-20T15:00:00"));
        assertThat(fixture.clock(execution, ExecutionService.FINE_PAY).getStoppedAt()).as("fine.pay met late").isNotNull();

        fixture.clock().set("2026-04-30T10:00:00");
        payments.recordConfirmed(execution.getDecisionNumber(),
                new PaymentDetails("FS-C-" + execution.getId(), 100, shanghai("2026-04-30T09:00:00"), "银行柜台"), COLLECTOR);
        assertThat(fixture.paymentCommands(execution)).as("paid in full once").isEqualTo(1);
        assertThat(executions.statement(execution.getLeadId()).balance().lateFeeFen()).as("the late fee stopped when paid").isEqualTo(1_800);
    }

    @Test
    void badReportsAreRefusedAndChangeNothing() {
        Execution execution = fixture.served(SERVED);
        fixture.clock().set("2026-03-05T09:00:00");
        PaymentDetails ok = new PaymentDetails("FS-X-" + execution.getId(), 500, shanghai("2026-03-05T08:00:00"), "银行柜台");
        fixture.refused(execution, () -> payments.recordConfirmed("定综执罚〔2026〕0号", ok, COLLECTOR), DomainException.Kind.NOT_FOUND,
                "定综执罚〔2026〕0号");
        fixture.refused(execution, () -> payments.recordConfirmed(execution.getDecisionNumber(), new PaymentDetails("FS-Y", 0,
                ok.paidAt(), "银行柜台"), COLLECTOR), DomainException.Kind.INVALID, "above zero");
        fixture.refused(execution, () -> payments.recordConfirmed(execution.getDecisionNumber(), new PaymentDetails("FS-Y", 500,
                shanghai("2026-03-05T10:00:00"), "银行柜台"), COLLECTOR), DomainException.Kind.INVALID, "future");
        fixture.refused(execution, () -> payments.recordConfirmed(execution.getDecisionNumber(), ok, Callers.head(ExecutionTesting.HEAD)),
                DomainException.Kind.FORBIDDEN, "confirm payments");
        fixture.refused(execution, () -> payments.recordManually(fixture.caseOf(execution), ok, "回单补录", Callers.officer(ExecutionTesting.OFFICER)),
                DomainException.Kind.FORBIDDEN, "bank receipts");
    }

    @Test
    void financeEntersABankReceiptWithAReason() {
        Execution execution = fixture.served(SERVED);
        fixture.clock().set("2026-03-06T09:00:00");
        long caseId = fixture.caseOf(execution);
        PaymentDetails receipt = new PaymentDetails("ICBC-RCPT-" + execution.getId(), FINE, shanghai("2026-03-05T11:00:00"), "银行柜台");
        fixture.refused(execution, () -> payments.recordManually(caseId, receipt, " ", FINANCE), DomainException.Kind.INVALID, "reason");
        fixture.refused(execution, () -> payments.recordManually(caseId, receipt, "回单补录", new Caller("finance.huannan",
                "finance.huannan", List.of("/zhoushan/dinghai/huannan"), FINANCE.roles(), null)), DomainException.Kind.NOT_FOUND, "Case");

        RecordedPayment entered = payments.recordManually(caseId, receipt, "非税系统接口故障，依银行回单补录", FINANCE);
        assertThat(entered.created()).isTrue();
        assertThat(entered.payment().getSource()).isEqualTo(Payment.Source.MANUAL);
        assertThat(payments.recordManually(caseId, receipt, "非税系统接口故障，依银行回单补录", FINANCE).created()).isFalse();
        AuditEvent event = audit.findByStreamOrderById(AuditLog.leadStream(execution.getLeadId())).stream()
                .filter(e -> e.getAction().equals("payment.entered-manually")).findFirst().orElseThrow();
        assertThat(event.getActor()).isEqualTo("finance.dinghai");
        assertThat(event.getAfter()).contains("非税系统接口故障，依银行回单补录");
        assertThat(fixture.paymentCommands(execution)).isEqualTo(1);
    }

    private List<String> actions(Execution execution) {
        return audit.findByStreamOrderById(AuditLog.leadStream(execution.getLeadId())).stream().map(AuditEvent::getAction).toList();
    }
}
