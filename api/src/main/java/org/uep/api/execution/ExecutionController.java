package org.uep.api.execution;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uep.api.execution.ExecutionView.ArrangementView;
import org.uep.api.execution.ExecutionView.PaymentView;
import org.uep.domain.access.Caller;
import org.uep.domain.execution.Deferrals;
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.execution.Instalment;
import org.uep.domain.execution.PaymentDetails;
import org.uep.domain.execution.PaymentService;
import org.uep.domain.execution.RecordedPayment;

/** 执行: payments of a fine (confirmed by the collection side, or entered by finance staff) and what is still owed. */
@RestController
@Tag(name = "Execution 执行")
class ExecutionController {

    private final PaymentService payments;
    private final ExecutionService executions;
    private final Deferrals deferrals;

    ExecutionController(PaymentService payments, ExecutionService executions, Deferrals deferrals) {
        this.payments = payments;
        this.executions = executions;
        this.deferrals = deferrals;
    }

    record DeferralRequest(LocalDate newDueDay, List<Instalment> instalments, Instant appliedAt) {}

    record ConfirmedPaymentRequest(String reference, String decisionNumber, Long amountFen, Instant paidAt, String channel) {}

    record ManualPaymentRequest(String receiptReference, Long amountFen, Instant paidAt, String channel, String reason) {}

    @PostMapping("/api/payments")
    @Operation(summary = "The collection side (bank / 非税收入系统, role payment-collector, client-credentials token) confirms a "
            + "payment against a decision number. Idempotent by reference: 201 when recorded, 200 with the recorded payment "
            + "when the same report comes again, 409 for other content under the same reference")
    ResponseEntity<PaymentView> confirmed(@RequestBody ConfirmedPaymentRequest request, Caller caller) {
        return answer(payments.recordConfirmed(request.decisionNumber(), new PaymentDetails(request.reference(),
                amount(request.amountFen()), request.paidAt(), request.channel()), caller));
    }

    @PostMapping("/api/cases/{id}/payments/manual")
    @Operation(summary = "Finance staff of the case's unit enter a payment from a bank receipt, with the reason it did not come "
            + "from the collection system. Idempotent by the receipt reference like POST /api/payments")
    ResponseEntity<PaymentView> manual(@PathVariable long id, @RequestBody ManualPaymentRequest request, Caller caller) {
        return answer(payments.recordManually(id, new PaymentDetails(request.receiptReference(), amount(request.amountFen()),
                request.paidAt(), request.channel()), request.reason(), caller));
    }

    @PostMapping("/api/cases/{id}/payments/deferral")
    @Operation(summary = "An officer, squad leader or head of the case's unit records the party's application to pay later "
            + "(newDueDay) or in instalments (instalments: [{dueDay, amountFen}…], adding up to the fine), made at appliedAt "
            + "before the payment deadline (Art. 66); the head of the unit then decides in the task 延期分期审批. 201 with the "
            + "application; the same application again answers the same")
    ResponseEntity<ArrangementView> deferral(@PathVariable long id, @RequestBody DeferralRequest request, Caller caller) {
        return ResponseEntity.status(HttpStatus.CREATED).body(ArrangementView.of(deferrals.apply(id, request.newDueDay(),
                request.instalments(), request.appliedAt(), caller)));
    }

    @GetMapping("/api/cases/{id}/execution")
    @Operation(summary = "The fine, payments, late fee accrued as of today (3 %/day, capped at the fine, not during review or "
            + "lawsuit), what is outstanding, the due date and any deferral or instalments, the court application window")
    ExecutionView execution(@PathVariable long id, Caller caller) {
        return ExecutionView.of(executions.statementOfCase(id, caller));
    }

    private static ResponseEntity<PaymentView> answer(RecordedPayment recorded) {
        return ResponseEntity.status(recorded.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(PaymentView.of(recorded.payment()));
    }

    private static long amount(Long fen) {
        return fen == null ? 0 : fen;
    }
}
