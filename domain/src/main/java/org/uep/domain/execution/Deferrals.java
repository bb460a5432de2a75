package org.uep.domain.execution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.cases.PenaltyCaseRepository;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;

/**
 * 延期、分期缴纳 (Art. 66) as the case sees it: an officer of the case's unit records the party's application, and the
 * case is told ({@link EngineCommand.Kind#DEFERRAL_REQUESTED}) in the same transaction, so the head gets the approval
 * task. The same application again returns the recorded one and tells the case nothing new.
 */
@Service
public class Deferrals {

    private final ExecutionService executions;
    private final ExecutionRepository executionRows;
    private final PaymentArrangementRepository arrangements;
    private final PenaltyCaseRepository cases;
    private final AccessPolicy access;
    private final EngineOutbox outbox;

    Deferrals(ExecutionService executions, ExecutionRepository executionRows, PaymentArrangementRepository arrangements,
              PenaltyCaseRepository cases, AccessPolicy access, EngineOutbox outbox) {
        this.executions = executions;
        this.executionRows = executionRows;
        this.arrangements = arrangements;
        this.cases = cases;
        this.access = access;
        this.outbox = outbox;
    }

    /** Either {@code newDueDay} (延期) or {@code instalments} (分期), never both. */
    @Transactional
    public PaymentArrangement apply(long caseId, LocalDate newDueDay, List<Instalment> instalments, Instant appliedAt,
                                    Caller caller) {
        PenaltyCase penaltyCase = cases.findById(caseId)
                .filter(c -> access.canRead(caller, c.getLeadId(), c.getUnitPath()))
                .orElseThrow(() -> DomainException.notFound("Case", caseId));
        access.requireEnforcementStaffOf(caller, penaltyCase.getUnitPath(), "record deferral applications");
        if ((newDueDay == null) == (instalments == null || instalments.isEmpty())) {
            throw DomainException.invalid("须写明延期后的缴款期限（newDueDay）或分期计划（instalments），二者择一。Give either "
                    + "newDueDay (deferral) or instalments, not both and not neither.");
        }
        PaymentArrangement arrangement = newDueDay != null
                ? executions.deferralApplied(penaltyCase.getLeadId(), newDueDay, appliedAt, caller.username())
                : executions.instalmentsApplied(penaltyCase.getLeadId(), instalments, appliedAt, caller.username());
        outbox.enqueue(EngineCommand.Kind.DEFERRAL_REQUESTED, arrangement.getId());
        return arrangement;
    }

    /** The application of the dossier still awaiting the head's decision, if any. */
    @Transactional(readOnly = true)
    public Optional<PaymentArrangement> awaitingDecision(long leadId) {
        return executionRows.findByLeadId(leadId).stream()
                .flatMap(e -> arrangements.findByExecutionIdOrderByIdAsc(e.getId()).stream())
                .filter(a -> a.getStatus() == PaymentArrangement.Status.APPLIED).findFirst();
    }

    /** The case number of the case an application belongs to: the correlation key of its message. */
    @Transactional(readOnly = true)
    public String caseNumberOf(long arrangementId) {
        PaymentArrangement arrangement = arrangements.findById(arrangementId)
                .orElseThrow(() -> DomainException.notFound("Payment arrangement", arrangementId));
        long leadId = executionRows.findById(arrangement.getExecutionId()).orElseThrow().getLeadId();
        return cases.findByLeadId(leadId).orElseThrow().getCaseNumber();
    }
}
