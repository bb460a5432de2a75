package org.uep.domain.cases;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.InvestigationReview.Ground;
import org.uep.domain.party.DossierEntry;
import org.uep.domain.party.Party;
import org.uep.domain.party.PartyRegister;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;
import org.uep.processes.penalty.PenaltyCaseProcess.InvestigationOutcome;

/**
 * 调查终结审查 (Art. 57): the head's outcome with a written opinion, by someone who did not investigate the case. No
 * penalty needs its ground (Art. 33); the first-violation ground (首违不罚) is refused when a party of the dossier was
 * penalised before in any body's dossier, and the refusal lists those decisions so the head sees them.
 */
@Component
class InvestigationReviewForm implements TaskForm {

    private final InvestigationReviewRepository reviews;
    private final PenaltyCaseRepository cases;
    private final PartyRegister parties;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    InvestigationReviewForm(InvestigationReviewRepository reviews, PenaltyCaseRepository cases, PartyRegister parties,
                            AccessPolicy access, AuditLog audit, Clock clock) {
        this.reviews = reviews;
        this.cases = cases;
        this.parties = parties;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.INVESTIGATION_REVIEW);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        if (task.getCaseId() == null) {
            throw DomainException.conflict("Task " + task.getId() + " belongs to no filed case");
        }
        InvestigationOutcome outcome = completion.outcome(InvestigationOutcome.class, List.of(InvestigationOutcome.values()));
        String opinion = completion.requiredOpinion("write the conclusion of the review and its reasons");
        Ground ground = outcome == InvestigationOutcome.NO_PENALTY ? completion.choice("ground", Ground.class) : null;
        access.requireDidNotInvestigate(caller, task.getCaseId(), "review the investigation of");
        PenaltyCase penaltyCase = cases.findById(task.getCaseId()).orElseThrow();
        if (ground == Ground.FIRST_VIOLATION) {
            requireFirstViolation(penaltyCase.getLeadId(), caller);
        }
        InvestigationReview review = reviews.save(new InvestigationReview(penaltyCase.getId(), task.getId(), outcome,
                ground, opinion, caller.username(), clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("reviewId", review.getId());
        after.put("outcome", outcome);
        after.put("ground", ground);
        audit.append(AuditLog.caseStream(penaltyCase.getId()), caller.username(), penaltyCase.getUnitPath(),
                "investigation.reviewed", null, after);
        return outcome.name();
    }

    private void requireFirstViolation(long leadId, Caller caller) {
        List<String> prior = new ArrayList<>();
        for (Party party : parties.partiesOf(leadId)) {
            for (DossierEntry entry : parties.priorDossiers(party.getId(), leadId, caller).penalised()) {
                prior.add(party.getName() + ": penalised on " + entry.penalisedOn() + " (lead received "
                        + entry.receivedOn() + ", matter " + (entry.matterCode() == null ? "unknown" : entry.matterCode())
                        + (entry.restricted() ? ", another body's dossier" : ", case " + entry.details().caseNumber())
                        + ")");
            }
        }
        if (!prior.isEmpty()) {
            throw DomainException.invalid("首违不罚不适用：当事人此前受过行政处罚。FIRST_VIOLATION (Art. 33(1)) does not apply: "
                    + "the party has prior penalty decisions — " + String.join("; ", prior)
                    + ". Choose another ground (" + Ground.MINOR_AND_CORRECTED + ", " + Ground.NO_FAULT
                    + ") or another outcome.");
        }
    }
}
