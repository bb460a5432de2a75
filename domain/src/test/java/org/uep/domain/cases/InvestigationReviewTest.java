package org.uep.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.InvestigationReview.Ground;
import org.uep.domain.lead.Lead;
import org.uep.domain.party.DossierRole;
import org.uep.domain.party.FreshIdentifiers;
import org.uep.domain.party.IdentifierType;
import org.uep.domain.party.Party;
import org.uep.domain.party.PartyDetails;
import org.uep.domain.party.PartyKind;
import org.uep.domain.party.PartyRegister;
import org.uep.domain.penalty.Penalty;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * 调查终结审查 through the inbox: an outcome with an opinion, a ground for no penalty, no 首违不罚 for a party penalised
 * before, and no review by someone who investigated. A refusal records nothing.
 */
@DomainTest
class InvestigationReviewTest {

    @Autowired InboxService inbox;
    @Autowired CaseService cases;
    @Autowired InvestigationRepository investigations;
    @Autowired InvestigationReviewRepository reviews;
    @Autowired PartyRegister parties;
    @Autowired PenaltyProceedings proceedings;
    @Autowired AuditEventRepository audit;
    @Autowired Dossiers dossiers;

    private final Caller head = Callers.head("head.dinghai");
    private final Caller officer = Callers.officer("officer.dinghai1");

    @Test
    void aReviewIsRecordedWithItsOutcomeAndAudited() {
        Review review = filedAndInvestigated();

        String outcome = complete(review, new TaskCompletion("SUSPECTED_CRIME", "涉嫌犯罪，移送公安机关", null, List.of()));

        assertThat(outcome).isEqualTo("SUSPECTED_CRIME");
        assertThat(reviews.findByCaseIdOrderById(review.caseId())).singleElement().satisfies(r -> {
            assertThat(r.getReviewedBy()).isEqualTo("head.dinghai");
            assertThat(r.getGround()).isNull();
        });
        assertThat(actions(review)).containsOnlyOnce("investigation.reviewed");
    }

    @Test
    void noPenaltyNeedsOneOfTheGroundsAndKeepsIt() {
        Review review = filedAndInvestigated();

        refused(review, new TaskCompletion("NO_PENALTY", "情节轻微", null, List.of()), "data.ground is required");
        refused(review, new TaskCompletion("NO_PENALTY", "情节轻微", null, List.of(), Map.of("ground", "MINOR")),
                "MINOR_AND_CORRECTED, FIRST_VIOLATION, NO_FAULT");
        refused(review, new TaskCompletion("PENALTY", null, null, List.of()), "opinion is required");
        refused(review, new TaskCompletion("DISMISS", "x", null, List.of()), "outcome must be one of");

        complete(review, new TaskCompletion("NO_PENALTY", "当事人无主观过错", null, List.of(), Map.of("ground", "NO_FAULT")));
        assertThat(reviews.findByCaseIdOrderById(review.caseId())).extracting(InvestigationReview::getGround)
                .containsExactly(Ground.NO_FAULT);
    }

    @Test
    void firstViolationIsRefusedListingThePartysPriorPenaltyAndAllowedForAFirstOffender() {
        Party repeat = party("周某");
        Lead earlier = dossiers.registeredLead();
        parties.addToDossier(earlier.getId(), repeat.getId(), DossierRole.PARTY, officer);
        proceedings.decideOnTheSpot(earlier.getId(), PartyKind.NATURAL_PERSON,
                new Penalty(List.of(Penalty.Measure.of(Penalty.Kind.WARNING)), "《城市市容和环境卫生管理条例》第三十六条",
                        Penalty.DiscretionTier.ORDINARY, false), "officer.dinghai1");
        Review review = filedAndInvestigated();
        parties.addToDossier(review.lead().getId(), repeat.getId(), DossierRole.PARTY, officer);
        TaskCompletion firstViolation = new TaskCompletion("NO_PENALTY", "初次违法，及时改正", null, List.of(),
                Map.of("ground", "FIRST_VIOLATION"));

        refused(review, firstViolation, "FIRST_VIOLATION (Art. 33(1)) does not apply");
        assertThatThrownBy(() -> complete(review, firstViolation)).hasMessageContaining("周某: penalised on ");

        Review firstOffence = filedAndInvestigated();
        parties.addToDossier(firstOffence.lead().getId(), party("吴某").getId(), DossierRole.PARTY, officer);
        assertThat(complete(firstOffence, firstViolation)).isEqualTo("NO_PENALTY");
    }

    @Test
    void anOfficerWhoInvestigatedCannotReviewTheInvestigation() {
        Review review = filedAndInvestigated();
        Caller investigatingHead = Callers.head("head.dinghai");
        investigations.save(new Investigation(review.caseId(), review.task().getId(), List.of("head.dinghai", "officer.dinghai1"),
                "现场检查", "officer.dinghai1", Instant.now()));

        assertThatThrownBy(() -> inbox.complete(review.task().getId(),
                new TaskCompletion("PENALTY", "同意", null, List.of()), investigatingHead))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN))
                .hasMessageContaining("investigated this case");
        assertThat(reviews.findByCaseIdOrderById(review.caseId())).isEmpty();
        assertThat(inbox.find(review.task().getId()).getStatus()).isEqualTo(InboxTask.Status.OPEN);
    }

    private record Review(Lead lead, long caseId, InboxTask task) {}

    /** A filed case whose review task the head has claimed (the investigators are officers, not the head). */
    private Review filedAndInvestigated() {
        Lead lead = dossiers.registeredLead();
        long caseId = cases.file(lead.getId()).getId();
        InboxTask task = dossiers.openTask(lead, caseId, Elements.INVESTIGATION_REVIEW, Forms.INVESTIGATION_REVIEW, "head");
        return new Review(lead, caseId, inbox.claim(task.getId(), head));
    }

    private Party party(String name) {
        return parties.register(new PartyDetails(PartyKind.NATURAL_PERSON, IdentifierType.RESIDENT_ID,
                FreshIdentifiers.residentId(), name, null, null), officer);
    }

    private String complete(Review review, TaskCompletion completion) {
        return inbox.complete(review.task().getId(), completion, head).getOutcome();
    }

    private void refused(Review review, TaskCompletion completion, String message) {
        List<String> before = actions(review);
        assertThatThrownBy(() -> complete(review, completion))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID))
                .hasMessageContaining(message);
        assertThat(reviews.findByCaseIdOrderById(review.caseId())).isEmpty();
        assertThat(inbox.find(review.task().getId()).getStatus()).isEqualTo(InboxTask.Status.OPEN);
        assertThat(actions(review)).isEqualTo(before);
    }

    private List<String> actions(Review review) {
        return audit.findByStreamOrderById(AuditLog.caseStream(review.caseId())).stream().map(e -> e.getAction()).toList();
    }
}
