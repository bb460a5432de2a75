package org.uep.domain.transfer;

import java.time.Clock;
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
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;
import org.uep.processes.penalty.PenaltyCaseProcess.InvestigationOutcome;
import org.uep.processes.penalty.PenaltyCaseProcess.LegalReviewOutcome;
import org.uep.processes.penalty.PenaltyCaseProcess.TransferOutcome;

/**
 * 行刑衔接: a case suspected to be a crime is reported to the police and waits, its case.decide clock paused, for their
 * answer; accepted, the administrative case ends; returned, it resumes. The answer reaches the waiting process through
 * the outbox ({@link EngineCommand.Kind#TRANSFER_CONCLUDED}). Every step is audited in the case's stream; the process
 * steps are safe to repeat.
 */
@Service
public class CriminalTransfers {

    static final int MAX_NOTE_LENGTH = 2000;
    /** Task outcomes that send a case to the police: the end-of-investigation review's and the legal review's. */
    private static final Set<String> REPORTING_OUTCOMES = Set.of(InvestigationOutcome.SUSPECTED_CRIME.name(),
            LegalReviewOutcome.TRANSFER.name());

    private final CriminalTransferRepository transfers;
    private final CaseService cases;
    private final CaseFiles caseFiles;
    private final InboxService inbox;
    private final StatutoryClocks clocks;
    private final EngineOutbox outbox;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    public CriminalTransfers(CriminalTransferRepository transfers, CaseService cases, CaseFiles caseFiles,
                             InboxService inbox, StatutoryClocks clocks, EngineOutbox outbox, AccessPolicy access,
                             AuditLog audit, Clock clock) {
        this.transfers = transfers;
        this.cases = cases;
        this.caseFiles = caseFiles;
        this.inbox = inbox;
        this.clocks = clocks;
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * 移送涉嫌犯罪: records the hand-off, signed by whoever decided it (the review that concluded "suspected crime"),
     * and pauses case.decide. While the case's latest transfer has not resumed, repeating it returns that transfer.
     */
    @Transactional
    public CriminalTransfer report(long caseId) {
        Optional<CriminalTransfer> open = transfers.findFirstByCaseIdOrderByIdDesc(caseId)
                .filter(transfer -> transfer.getResumedAt() == null);
        if (open.isPresent()) {
            return open.get();
        }
        PenaltyCase penaltyCase = cases.get(caseId);
        if (penaltyCase.getStatus() != PenaltyCase.Status.OPEN) {
            throw DomainException.conflict("Case " + caseId + " is " + penaltyCase.getStatus() + " and cannot be transferred");
        }
        String decidedBy = inbox.tasksOfLead(penaltyCase.getLeadId()).stream()
                .filter(task -> REPORTING_OUTCOMES.contains(task.getOutcome()))
                .reduce((earlier, later) -> later).map(InboxTask::getCompletedBy).orElse(AuditLog.SYSTEM);
        CriminalTransfer transfer = transfers.save(new CriminalTransfer(caseId, penaltyCase.getLeadId(), clock.instant(),
                decidedBy));
        clocks.pause(AuditLog.leadStream(penaltyCase.getLeadId()), CaseService.CASE_DECIDE, AuditLog.SYSTEM,
                "移送公安机关 reported to the police as a suspected crime (transfer " + transfer.getId() + ")");
        audit.append(AuditLog.caseStream(caseId), decidedBy, penaltyCase.getUnitPath(), "transfer.reported", null,
                state(transfer));
        return transfer;
    }

    /**
     * Records the police's answer to the case's transfer and queues it for the waiting process, in one transaction.
     * Staff of the case's unit only; refused when no transfer awaits an answer (none reported, or answered already).
     */
    @Transactional
    public CriminalTransfer answer(long caseId, String outcome, String note, Caller caller) {
        PenaltyCase penaltyCase = caseFiles.readable(caseId, caller);
        access.requireEnforcementStaffOf(caller, penaltyCase.getUnitPath(), "record the police's answer to a transfer");
        TransferOutcome answer = parse(outcome);
        String reasons = note(note);
        Optional<CriminalTransfer> latest = transfers.findFirstByCaseIdOrderByIdDesc(caseId);
        CriminalTransfer transfer = latest.filter(t -> t.getStatus() == CriminalTransfer.Status.AWAITING_POLICE)
                .orElseThrow(() -> DomainException.conflict("Case " + caseId + " has no transfer awaiting the police's "
                        + "answer" + latest.map(t -> ": its latest transfer was " + t.getStatus() + " on "
                        + t.getAnsweredAt()).orElse(": none was reported")));
        Map<String, Object> before = state(transfer);
        transfer.answered(CriminalTransfer.Status.valueOf(answer.name()), reasons, caller.username(), clock.instant());
        outbox.enqueue(EngineCommand.Kind.TRANSFER_CONCLUDED, transfer.getId());
        audit.append(AuditLog.caseStream(caseId), caller.username(), penaltyCase.getUnitPath(), "transfer.answered",
                before, state(transfer));
        return transfer;
    }

    /** 恢复办理: the police returned the case; case.decide runs on (the paused time does not count). Safe to repeat. */
    @Transactional
    public CriminalTransfer resume(long caseId) {
        CriminalTransfer transfer = transfers.findFirstByCaseIdOrderByIdDesc(caseId)
                .orElseThrow(() -> DomainException.conflict("Case " + caseId + " was never transferred"));
        if (transfer.getResumedAt() != null) {
            return transfer;
        }
        if (transfer.getStatus() != CriminalTransfer.Status.RETURNED) {
            throw DomainException.conflict("Transfer " + transfer.getId() + " of case " + caseId + " is "
                    + transfer.getStatus() + ", not returned by the police");
        }
        Map<String, Object> before = state(transfer);
        transfer.resumed(clock.instant());
        clocks.resume(AuditLog.leadStream(transfer.getLeadId()), CaseService.CASE_DECIDE, AuditLog.SYSTEM);
        audit.append(AuditLog.caseStream(caseId), AuditLog.SYSTEM, cases.get(caseId).getUnitPath(), "transfer.resumed",
                before, state(transfer));
        return transfer;
    }

    /** What the waiting process is told: its correlation key and the police's answer. */
    public record Conclusion(String caseNumber, TransferOutcome outcome) {}

    @Transactional(readOnly = true)
    public Conclusion conclusion(long transferId) {
        CriminalTransfer transfer = transfers.findById(transferId)
                .orElseThrow(() -> DomainException.notFound("Transfer", transferId));
        if (transfer.getStatus() == CriminalTransfer.Status.AWAITING_POLICE) {
            throw DomainException.conflict("Transfer " + transferId + " still awaits the police's answer");
        }
        return new Conclusion(cases.get(transfer.getCaseId()).getCaseNumber(),
                TransferOutcome.valueOf(transfer.getStatus().name()));
    }

    private static TransferOutcome parse(String outcome) {
        for (TransferOutcome value : TransferOutcome.values()) {
            if (value.name().equals(outcome)) {
                return value;
            }
        }
        throw DomainException.invalid("outcome must be one of " + List.of(TransferOutcome.values()));
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            throw DomainException.invalid("note is required: the police's answer (e.g. the number and date of their "
                    + "立案/不予立案 notice)");
        }
        if (note.length() > MAX_NOTE_LENGTH) {
            throw DomainException.invalid("note is longer than " + MAX_NOTE_LENGTH + " characters");
        }
        return note.strip();
    }

    private static Map<String, Object> state(CriminalTransfer transfer) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("transferId", transfer.getId());
        state.put("status", transfer.getStatus());
        state.put("reportedBy", transfer.getReportedBy());
        state.put("answeredBy", transfer.getAnsweredBy());
        state.put("resumedAt", transfer.getResumedAt() == null ? null : transfer.getResumedAt().toString());
        return state;
    }
}
