package org.uep.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uep.domain.execution.ExecutionTesting.FINE;
import static org.uep.domain.execution.ExecutionTesting.HEAD;
import static org.uep.domain.execution.ExecutionTesting.OFFICER;
import static org.uep.domain.testing.SettableClock.shanghai;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;

/** Late fee, deferral and instalments, review/lawsuit pauses, the reminder and the court window, on the 2026 calendar. */
@DomainTest
@Import(ExecutionTesting.class)
class ExecutionServiceTest {

    /** Served Mon 2026-03-02: fine.pay due Tue 03-17, late fee from 03-18 at 600 fen a day. */
    private static final String SERVED = "2026-03-02T10:00:00";

    @Autowired ExecutionService executions;
    @Autowired PaymentService payments;
    @Autowired EngineOutbox outbox;
    @Autowired ExecutionTesting.Fixture fixture;

    /** A review from Fri 03-20 to Wed 03-25 (six days, both included) does not count. */
    @ParameterizedTest(name = "as of {0}: {1} fen")
    @CsvSource({
            "2026-03-17, 0",        // the due day itself
            "2026-03-18, 600",
            "2026-03-19, 1200",
            "2026-03-22, 1200",     // under review
            "2026-03-25, 1200",     // the review's last day
            "2026-03-26, 1800",
            "2026-04-24, 19200",    // 38 days − 6 paused = 32
            "2026-04-25, 19800",
            "2026-04-26, 20000",    // 34 days: capped at the fine
            "2026-06-30, 20000"})
    void theLateFeeAccruesThreePercentADayOutsideTheReviewCappedAtTheFine(LocalDate asOf, long lateFee) {
        Execution execution = fixture.served(SERVED);
        fixture.clock().set("2026-03-20T09:00:00");
        executions.challengeFiled(execution.getLeadId(), Challenge.Kind.REVIEW, LocalDate.parse("2026-03-20"), OFFICER);
        fixture.clock().set("2026-03-25T17:00:00");
        executions.challengeEnded(execution.getLeadId(), Challenge.Kind.REVIEW, LocalDate.parse("2026-03-25"), OFFICER);
        String ended = fixture.snapshot(execution);
        executions.challengeEnded(execution.getLeadId(), Challenge.Kind.REVIEW, LocalDate.parse("2026-03-25"), OFFICER);
        assertThat(fixture.snapshot(execution)).as("the same end again").isEqualTo(ended);

        fixture.clock().set(asOf + "T12:00:00");
        ExecutionStatement statement = executions.statement(execution.getLeadId());
        assertThat(statement.balance()).isEqualTo(new Balance(FINE, 0, lateFee, FINE + lateFee));
        assertThat(LegalTime.dayOf(statement.dueAt().minusNanos(1))).isEqualTo(LocalDate.parse("2026-03-17"));
    }

    @Test
    void anApprovedDeferralMovesTheFinePayClockAndRefusalsChangeNothing() {
        Execution execution = fixture.served(SERVED);
        fixture.headKnown();
        long lead = execution.getLeadId();
        fixture.clock().set("2026-03-10T09:00:00");
        fixture.refused(execution, () -> executions.deferralApplied(lead, LocalDate.parse("2026-09-14"), fixture.clock().instant(), OFFICER),
                DomainException.Kind.INVALID, "at most 180 days past the statutory due day, to 2026-09-13");
        fixture.refused(execution, () -> executions.deferralApplied(lead, LocalDate.parse("2026-03-16"), fixture.clock().instant(), OFFICER),
                DomainException.Kind.INVALID, "must come after the current one, 2026-03-17");

        PaymentArrangement deferral = executions.deferralApplied(lead, LocalDate.parse("2026-04-15"), fixture.clock().instant(), OFFICER);
        assertThat(executions.deferralApplied(lead, LocalDate.parse("2026-04-15"), fixture.clock().instant(), OFFICER).getId())
                .as("the same application again").isEqualTo(deferral.getId());
        fixture.refused(execution, () -> executions.instalmentsApplied(lead, List.of(new Instalment(LocalDate.parse("2026-03-31"), 10_000),
                new Instalment(LocalDate.parse("2026-04-30"), 10_000)), fixture.clock().instant(), OFFICER),
                DomainException.Kind.CONFLICT, "awaits the head's decision");
        fixture.refused(execution, () -> executions.arrangementDecided(deferral.getId(), true, OFFICER), DomainException.Kind.FORBIDDEN,
                "Only a head of /zhoushan/dinghai/comprehensive");

        fixture.clock().set("2026-03-11T09:00:00");
        executions.arrangementDecided(deferral.getId(), true, HEAD);
        String approved = fixture.snapshot(execution);
        executions.arrangementDecided(deferral.getId(), true, HEAD);
        assertThat(fixture.snapshot(execution)).as("approved again").isEqualTo(approved);
        fixture.refused(execution, () -> executions.arrangementDecided(deferral.getId(), false, HEAD), DomainException.Kind.CONFLICT,
                "already decided");

        var finePay = fixture.clock(execution, ExecutionService.FINE_PAY);
        assertThat(finePay.getDueAt()).isEqualTo(LegalTime.endOf(LocalDate.parse("2026-04-15")));
        assertThat(outbox.find(EngineCommand.Kind.CLOCK_MOVED, finePay.getId()))
                .as("no watcher listens: the case re-arms its payment timer from the approval's paymentDueAt").isEmpty();
        fixture.clock().set("2026-04-15T12:00:00");
        assertThat(executions.statement(lead).balance().lateFeeFen()).isZero();
        fixture.clock().set("2026-04-16T12:00:00");
        assertThat(executions.statement(lead).balance().lateFeeFen()).isEqualTo(600);
    }

    @Test
    void instalmentsAccrueTheirOwnLateFee() {
        Execution execution = fixture.served(SERVED);
        fixture.headKnown();
        long lead = execution.getLeadId();
        fixture.clock().set("2026-03-10T09:00:00");
        fixture.refused(execution, () -> executions.instalmentsApplied(lead, List.of(new Instalment(LocalDate.parse("2026-03-31"), 10_000),
                new Instalment(LocalDate.parse("2026-04-30"), 9_000)), fixture.clock().instant(), OFFICER),
                DomainException.Kind.INVALID, "add up to 19000 fen");
        PaymentArrangement plan = executions.instalmentsApplied(lead, List.of(new Instalment(LocalDate.parse("2026-03-31"), 10_000),
                new Instalment(LocalDate.parse("2026-04-30"), 10_000)), fixture.clock().instant(), OFFICER);
        executions.arrangementDecided(plan.getId(), true, HEAD);
        assertThat(fixture.clock(execution, ExecutionService.FINE_PAY).getDueAt()).isEqualTo(LegalTime.endOf(LocalDate.parse("2026-04-30")));

        // The first half two days late (04-01, 04-02: 2 × 3 % of 10,000 fen), the second on time.
        fixture.clock().set("2026-04-02T12:00:00");
        payments.recordConfirmed(execution.getDecisionNumber(), new PaymentDetails("FS-I1-" + lead, 10_000,
                shanghai("2026-04-02T10:00:00"), "银行柜台"), ExecutionTesting.COLLECTOR);
        fixture.clock().set("2026-04-30T12:00:00");
        payments.recordConfirmed(execution.getDecisionNumber(), new PaymentDetails("FS-I2-" + lead, 10_600,
                shanghai("2026-04-30T10:00:00"), "银行柜台"), ExecutionTesting.COLLECTOR);
        assertThat(executions.statement(lead).balance()).isEqualTo(new Balance(FINE, 20_600, 600, 0));
        assertThat(fixture.paymentCommands(execution)).isEqualTo(1);
    }

    @Test
    void theCourtApplicationOnlyInsideItsWindow() {
        // Served Mon 01-05: fine.pay due 01-20; lawsuit window to 07-05 (Sun) → 07-06; court window closes 3 months later.
        Execution execution = fixture.served("2026-01-05T10:00:00");
        long lead = execution.getLeadId();
        fixture.clock().set("2026-01-20T10:00:00");
        fixture.refused(execution, () -> executions.reminderServed(lead, fixture.clock().instant(), OFFICER), DomainException.Kind.INVALID,
                "after the payment deadline passed");
        fixture.clock().set("2026-02-02T10:00:00");
        fixture.refused(execution, () -> executions.appliedToCourt(lead, fixture.clock().instant(), "定海区人民法院", OFFICER),
                DomainException.Kind.CONFLICT, "no reminder (催告) served");
        executions.reminderServed(lead, fixture.clock().instant(), OFFICER);
        executions.reminderServed(lead, fixture.clock().instant(), OFFICER);

        CourtWindow window = executions.courtWindow(lead);
        assertThat(window.opensAt()).isEqualTo(shanghai("2026-07-07T00:00:00"));
        assertThat(window.closesAt()).isEqualTo(fixture.clock(execution, ExecutionService.ENFORCE_COURT).getDueAt())
                .isAfterOrEqualTo(shanghai("2026-10-07T00:00:00"));
        assertThat(window.blockers()).isEmpty();

        fixture.clock().set("2026-07-06T23:59:00");
        fixture.refused(execution, () -> executions.appliedToCourt(lead, fixture.clock().instant(), "定海区人民法院", OFFICER),
                DomainException.Kind.CONFLICT, "outside its window");
        fixture.clock().set("2026-12-01T09:00:00");
        fixture.refused(execution, () -> executions.appliedToCourt(lead, fixture.clock().instant(), "定海区人民法院", OFFICER),
                DomainException.Kind.CONFLICT, "outside its window");
        var appliedAt = shanghai("2026-07-07T09:00:00");
        executions.appliedToCourt(lead, appliedAt, "定海区人民法院", OFFICER);
        executions.appliedToCourt(lead, appliedAt, "定海区人民法院", OFFICER);
        fixture.refused(execution, () -> executions.appliedToCourt(lead, appliedAt, "普陀区人民法院", OFFICER), DomainException.Kind.CONFLICT,
                "already made");
        assertThat(fixture.clock(execution, ExecutionService.ENFORCE_COURT).getStoppedAt()).isNotNull();
    }

    @Test
    void aLawsuitEndingAfterItsWindowMovesTheCourtWindow() {
        Execution execution = fixture.served("2026-01-05T10:00:00");
        long lead = execution.getLeadId();
        fixture.clock().set("2026-02-02T10:00:00");
        executions.reminderServed(lead, fixture.clock().instant(), OFFICER);
        fixture.clock().set("2026-03-02T10:00:00");
        executions.challengeFiled(lead, Challenge.Kind.LAWSUIT, LocalDate.parse("2026-03-02"), OFFICER);
        fixture.refused(execution, () -> executions.challengeFiled(lead, Challenge.Kind.REVIEW, LocalDate.parse("2026-03-02"), OFFICER),
                DomainException.Kind.CONFLICT, "has not ended yet");
        fixture.clock().set("2026-07-08T10:00:00");
        fixture.refused(execution, () -> executions.appliedToCourt(lead, fixture.clock().instant(), "定海区人民法院", OFFICER),
                DomainException.Kind.CONFLICT, "LAWSUIT 未结束 pending since 2026-03-02");

        fixture.clock().set("2026-08-20T16:00:00");
        executions.challengeEnded(lead, Challenge.Kind.LAWSUIT, LocalDate.parse("2026-08-20"), OFFICER);
        CourtWindow window = executions.courtWindow(lead);
        assertThat(window.opensAt()).isEqualTo(shanghai("2026-08-21T00:00:00"));
        assertThat(window.closesAt()).isEqualTo(LegalTime.endOf(LocalDate.parse("2026-11-20")));
        fixture.refused(execution, () -> executions.appliedToCourt(lead, fixture.clock().instant(), "定海区人民法院", OFFICER),
                DomainException.Kind.CONFLICT, "outside its window");
        fixture.clock().set("2026-08-21T09:00:00");
        assertThat(executions.appliedToCourt(lead, fixture.clock().instant(), "定海区人民法院", OFFICER).getCourtAppliedAt()).isNotNull();
    }
}
