package org.uep.workers.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.MessageIntent;
import io.camunda.zeebe.protocol.record.value.MessageRecordValue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.lead.Lead;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.transfer.CriminalTransfer;
import org.uep.domain.transfer.CriminalTransferRepository;
import org.uep.domain.transfer.CriminalTransfers;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.penalty.PenaltyCaseProcess.Messages;
import org.uep.processes.penalty.PenaltyCaseProcess.Variables;
import org.uep.workers.WorkersTest;
import org.uep.workers.testing.EngineRecords;
import org.uep.workers.testing.InJvmEngine;

/**
 * 行刑衔接 with every job delivered twice: one hand-off and one pause per report, one resume per return; the police's
 * answer is recorded once and published to the engine as the case's message.
 */
@WorkersTest
class TransferWorkersTest {

    @Autowired ReportSuspectedCrimeWorker reportSuspectedCrime;
    @Autowired ResumeAfterTransferWorker resumeAfterTransfer;
    @Autowired CriminalTransfers transfers;
    @Autowired CriminalTransferRepository transferRows;
    @Autowired CaseService cases;
    @Autowired StatutoryClocks clocks;
    @Autowired EngineOutbox outbox;
    @Autowired AuditEventRepository audit;
    @Autowired Dossiers dossiers;

    private final Caller officer = Callers.officer("officer.dinghai1");

    @Test
    void aReturnedTransferPausesAndResumesTheDecisionClockOnceEachAndTheCaseMayBeTransferredAgain() {
        Lead lead = dossiers.registeredLead();
        PenaltyCase filed = cases.file(lead.getId());

        reportSuspectedCrime.reportSuspectedCrime(filed.getId());
        reportSuspectedCrime.reportSuspectedCrime(filed.getId());
        assertThat(transfersOf(filed)).singleElement()
                .satisfies(t -> assertThat(t.getStatus()).isEqualTo(CriminalTransfer.Status.AWAITING_POLICE));
        assertThat(decisionClock(lead).getPausedSince()).isNotNull();

        CriminalTransfer returned = transfers.answer(filed.getId(), "RETURNED", "公安机关不予立案通知书（定公不立〔2026〕8号）", officer);
        assertThatThrownBy(() -> transfers.answer(filed.getId(), "ACCEPTED", "again", officer))
                .hasMessageContaining("no transfer awaiting the police's answer");
        assertThat(outbox.find(EngineCommand.Kind.TRANSFER_CONCLUDED, returned.getId())).isPresent();
        EngineRecords.await("the answer published to the engine", Duration.ofSeconds(30), () -> published(filed, "RETURNED"));

        resumeAfterTransfer.resumeAfterTransfer(filed.getId());
        resumeAfterTransfer.resumeAfterTransfer(filed.getId());
        assertThat(decisionClock(lead).getPausedSince()).isNull();
        assertThat(actions(lead, "clock.paused")).isOne();
        assertThat(actions(lead, "clock.resumed")).isOne();

        reportSuspectedCrime.reportSuspectedCrime(filed.getId());
        assertThat(transfersOf(filed)).extracting(CriminalTransfer::getStatus)
                .containsExactly(CriminalTransfer.Status.RETURNED, CriminalTransfer.Status.AWAITING_POLICE);
        assertThat(decisionClock(lead).getPausedSince()).isNotNull();
    }

    @Test
    void anAcceptedTransferLeavesTheClockPausedUntilTheCaseClosesAndClosingStopsIt() {
        Lead lead = dossiers.registeredLead();
        PenaltyCase filed = cases.file(lead.getId());
        reportSuspectedCrime.reportSuspectedCrime(filed.getId());

        transfers.answer(filed.getId(), "ACCEPTED", "公安机关立案决定书", officer);
        reportSuspectedCrime.reportSuspectedCrime(filed.getId());
        assertThatThrownBy(() -> resumeAfterTransfer.resumeAfterTransfer(filed.getId())).hasMessageContaining("ACCEPTED");
        cases.close(filed.getId());

        assertThat(transfersOf(filed)).singleElement()
                .satisfies(t -> assertThat(t.getStatus()).isEqualTo(CriminalTransfer.Status.ACCEPTED));
        assertThat(clocks.status(decisionClock(lead))).isIn(RunningClock.Status.MET, RunningClock.Status.MET_LATE);
    }

    private List<CriminalTransfer> transfersOf(PenaltyCase filed) {
        return transferRows.findAll().stream().filter(t -> t.getCaseId() == filed.getId()).toList();
    }

    private RunningClock decisionClock(Lead lead) {
        return clocks.of(List.of(AuditLog.leadStream(lead.getId()))).stream()
                .filter(c -> c.getClockId().equals(CaseService.CASE_DECIDE)).findFirst().orElseThrow();
    }

    private long actions(Lead lead, String action) {
        return audit.findByStreamOrderById(AuditLog.leadStream(lead.getId())).stream()
                .filter(e -> e.getAction().equals(action)).count();
    }

    private boolean published(PenaltyCase filed, String outcome) {
        return EngineRecords.<MessageRecordValue>records(InJvmEngine.shared(), ValueType.MESSAGE, MessageIntent.PUBLISHED)
                .stream().map(Record::getValue)
                .anyMatch(m -> m.getName().equals(Messages.TRANSFER_CONCLUDED)
                        && m.getCorrelationKey().equals(filed.getCaseNumber())
                        && outcome.equals(m.getVariables().get(Variables.TRANSFER_OUTCOME)));
    }
}
