package org.uep.domain.penalty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.PenaltyCaseRepository;
import org.uep.domain.clock.ClockCatalogue;
import org.uep.domain.clock.ClockDefinition;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.document.Documents;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.party.Party;
import org.uep.domain.party.PartyRegister;
import org.uep.processes.penalty.PenaltyCaseProcess.DiscussionOutcome;
import org.uep.processes.penalty.PenaltyCaseProcess.LegalReviewOutcome;

/**
 * The review gate between the investigation and the decision: the proposal in force, whether it needs legal review
 * (法制审核, Art. 58: before the notice when a trigger is already known, and again after a hearing), collective
 * discussion (集体讨论, Art. 57, its own list) and a (new) notice (Art. 45, 62), and the records of those reviews. A
 * legal review runs in rounds, each on its own legal.review clock.
 */
@Service
public class ReviewGate {

    public static final String LEGAL_REVIEW = "legal.review";
    static final int MIN_PARTICIPANTS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PenaltyProposalRepository proposals;
    private final PenaltyProceedings proceedings;
    private final PartyRegister parties;
    private final LeadService leads;
    private final StatutoryClocks clocks;
    private final AuditLog audit;
    private final PenaltyCaseRepository cases;
    private final Documents documents;
    private final ClockCatalogue catalogue;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReviewGate(PenaltyProposalRepository proposals, PenaltyProceedings proceedings, PartyRegister parties,
               LeadService leads, StatutoryClocks clocks, AuditLog audit, PenaltyCaseRepository cases, Documents documents,
               ClockCatalogue catalogue, JdbcTemplate jdbc, Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.catalogue = catalogue;
        this.proposals = proposals;
        this.proceedings = proceedings;
        this.parties = parties;
        this.leads = leads;
        this.clocks = clocks;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the rules require for the proposal in force, read by the model's gateways. */
    public record Assessment(boolean legalReviewRequired, Instant legalReviewDueAt, boolean collectiveDiscussionRequired,
                             boolean noticeRequired, boolean hearingQualifies) {}

    /** One head's opinion in a collective discussion. */
    public record Participant(String name, String opinion) {}

    /**
     * Records a proposal for the dossier's party. A served notice that is at least as heavy covers it (a defence never
     * makes the penalty heavier, Art. 45); otherwise a notice is drawn up for it.
     */
    @Transactional
    public PenaltyProposal propose(long leadId, ProposalDetails details, String actor) {
        Lead lead = leads.get(leadId);
        Party party = parties.partyOf(leadId).orElseThrow(() -> DomainException.conflict("案件尚未登记当事人。Name the "
                + "party of lead " + leadId + " first (POST /api/leads/" + leadId + "/parties)."));
        LocalRules rules = proceedings.rules(leadId);
        // Refuses trigger codes that are on neither local list.
        PenaltyRules.legalReviewRequired(details.penalty(), party.getKind(), Set.copyOf(details.assertedTriggers()),
                false, rules);
        Optional<PenaltyNotice> served = noticeInForce(leadId);
        boolean covered = served.isPresent() && served.get().getPartyKind() == party.getKind()
                && !details.penalty().isHeavierThan(served.get().getProposal());
        Long noticeId = covered ? null
                : proceedings.proposeAndNotify(leadId, party.getKind(), details.penalty(), actor).getId();
        PenaltyProposal proposal = proposals.save(new PenaltyProposal(leadId, party.getKind(), details, noticeId, actor,
                clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("proposalId", proposal.getId());
        after.put("penalty", details.penalty());
        after.put("noticeId", noticeId);
        after.put("coveredByServedNotice", covered ? served.get().getId() : null);
        audit.append(AuditLog.leadStream(leadId), actor, lead.getUnitPath(), "penalty.proposed", null, after);
        return proposal;
    }

    /**
     * 制发告知书: renders the numbered notice of proposed penalty for the proposal in force (Art. 44: facts, reasons,
     * basis, the rights to state, defend and, where it qualifies, to request a hearing). Issuing again returns the
     * same document.
     */
    @Transactional
    public String issueNotice(long leadId, String actor) {
        PenaltyProposal proposal = current(leadId);
        PenaltyNotice notice = proceedings.notices(leadId).stream()
                .filter(n -> n.getId().equals(proposal.getNoticeId()) && n.getStatus() == PenaltyNotice.Status.PROPOSED)
                .findFirst().orElseThrow(() -> DomainException.conflict("处罚意见没有待制发的告知书。The proposal in force "
                        + "of lead " + leadId + " has no notice awaiting service."));
        ClockDefinition reply = catalogue.get(PenaltyProceedings.NOTICE_REPLY);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("party", parties.partyOf(leadId).orElseThrow().getName());
        fields.put("facts", proposal.getFacts());
        fields.put("evidence", proposal.getEvidence());
        fields.put("reasons", proposal.getReasons());
        fields.put("legalBasis", proposal.getPenalty().legalBasis());
        fields.put("penalty", proposal.getPenalty().describe());
        fields.put("replyPeriod", reply.getLength() + (reply.getUnit() == ClockDefinition.Unit.WORKING_DAYS ? "个工作日" : "日"));
        long caseId = cases.findByLeadId(leadId).orElseThrow(() -> DomainException.notFound("Case of lead", leadId)).getId();
        String number = documents.issue(caseId, DocumentKind.NOTICE, "notice/" + notice.getId(), fields, actor).getNumber();
        notice.numbered(number);
        return number;
    }

    /** The proposal in force. */
    @Transactional(readOnly = true)
    public PenaltyProposal current(long leadId) {
        return proposals.findFirstByLeadIdOrderByIdDesc(leadId).orElseThrow(() -> DomainException.conflict(
                "案件尚无处罚意见。No penalty has been proposed in lead " + leadId + "."));
    }

    /**
     * Applies the rules to the proposal in force. When legal review is due, submits it (a new round with its
     * legal.review clock, or the round already open): repeating the assessment changes nothing.
     */
    @Transactional
    public Assessment assess(long leadId) {
        PenaltyProposal proposal = current(leadId);
        Set<String> asserted = Set.copyOf(proposal.getAssertedTriggers());
        LocalRules rules = proceedings.rules(leadId);
        boolean hearingHeld = noticeInForce(leadId).map(PenaltyNotice::hearingHeld).orElse(false);
        List<Trigger> legal = PenaltyRules.legalReviewRequired(proposal.getPenalty(), proposal.getPartyKind(), asserted,
                hearingHeld, rules);
        boolean legalRequired = !legal.isEmpty() && !agreed(proposal, hearingHeld);
        Instant legalDueAt = legalRequired ? submitForLegalReview(proposal, hearingHeld, legal).getDueAt() : null;
        boolean discussionRequired = !PenaltyRules.collectiveDiscussionRequired(proposal.getPenalty(),
                proposal.getPartyKind(), asserted, hearingHeld, rules).isEmpty() && !discussed(proposal);
        Optional<PenaltyNotice> toServe = proposal.getNoticeId() == null ? Optional.empty()
                : proceedings.notices(leadId).stream().filter(n -> n.getId().equals(proposal.getNoticeId())
                        && n.getStatus() == PenaltyNotice.Status.PROPOSED).findFirst();
        return new Assessment(legalRequired, legalDueAt, discussionRequired, toServe.isPresent(),
                toServe.map(PenaltyNotice::isHearingQualifies).orElse(false));
    }

    /** 法制审核意见 on the open round; stops its clock. */
    @Transactional
    public void legalReviewed(long leadId, LegalReviewOutcome outcome, String opinion, String reviewer) {
        Lead lead = leads.get(leadId);
        Map<String, Object> open = jdbc.queryForList("select id, round from legal_review where lead_id = ? and outcome is null",
                leadId).stream().findFirst().orElseThrow(() -> DomainException.conflict(
                "案件没有待审核的法制审核。No legal review is open in lead " + leadId + "."));
        int round = ((Number) open.get("round")).intValue();
        jdbc.update("update legal_review set outcome = ?, opinion = ?, reviewer = ?, reviewed_at = ? where id = ?",
                outcome.name(), opinion, reviewer, Timestamp.from(clock.instant()), open.get("id"));
        clocks.stop(legalReviewSubject(leadId, round), LEGAL_REVIEW, reviewer);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("round", round);
        after.put("outcome", outcome);
        audit.append(AuditLog.leadStream(leadId), reviewer, lead.getUnitPath(), "legal-review.concluded", null, after);
    }

    /** 集体讨论记录: each head's opinion and the conclusion on the proposal in force. */
    @Transactional
    public void discussed(long leadId, DiscussionOutcome outcome, String conclusion, List<Participant> participants,
                          String recorder) {
        Lead lead = leads.get(leadId);
        PenaltyProposal proposal = current(leadId);
        if (participants == null || participants.size() < MIN_PARTICIPANTS || participants.stream().anyMatch(p -> p == null
                || p.name() == null || p.name().isBlank() || p.opinion() == null || p.opinion().isBlank())) {
            throw DomainException.invalid("集体讨论须记录至少 " + MIN_PARTICIPANTS + " 名负责人及其各自意见。A collective "
                    + "discussion records at least " + MIN_PARTICIPANTS + " participants, each with a name and an opinion.");
        }
        jdbc.update("""
                insert into collective_discussion (lead_id, proposal_id, outcome, conclusion, participants, recorded_by,
                    recorded_at) values (?, ?, ?, ?, ?::jsonb, ?, ?)""",
                leadId, proposal.getId(), outcome.name(), conclusion, json(participants), recorder,
                Timestamp.from(clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("proposalId", proposal.getId());
        after.put("outcome", outcome);
        after.put("participants", participants.stream().map(Participant::name).toList());
        audit.append(AuditLog.leadStream(leadId), recorder, lead.getUnitPath(), "collective-discussion.recorded", null,
                after);
    }

    private RunningClock submitForLegalReview(PenaltyProposal proposal, boolean afterHearing, List<Trigger> triggers) {
        long leadId = proposal.getLeadId();
        Integer open = jdbc.queryForList("select round from legal_review where lead_id = ? and outcome is null",
                Integer.class, leadId).stream().findFirst().orElse(null);
        if (open != null) {
            return clocks.of(List.of(legalReviewSubject(leadId, open))).get(0);
        }
        int round = jdbc.queryForObject("select coalesce(max(round), 0) + 1 from legal_review where lead_id = ?",
                Integer.class, leadId);
        Instant now = clock.instant();
        jdbc.update("""
                insert into legal_review (lead_id, round, proposal_id, after_hearing, triggers, submitted_at)
                values (?, ?, ?, ?, ?::jsonb, ?)""", leadId, round, proposal.getId(), afterHearing,
                json(triggers.stream().map(Trigger::code).toList()), Timestamp.from(now));
        RunningClock running = clocks.start(legalReviewSubject(leadId, round), LEGAL_REVIEW, now, AuditLog.SYSTEM);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("round", round);
        after.put("proposalId", proposal.getId());
        after.put("afterHearing", afterHearing);
        after.put("triggers", triggers.stream().map(Trigger::code).toList());
        audit.append(AuditLog.leadStream(leadId), AuditLog.SYSTEM, leads.get(leadId).getUnitPath(),
                "legal-review.submitted", null, after);
        return running;
    }

    private boolean agreed(PenaltyProposal proposal, boolean afterHearing) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from legal_review where proposal_id = ? and after_hearing = ? and outcome = 'AGREE')""",
                Boolean.class, proposal.getId(), afterHearing));
    }

    private boolean discussed(PenaltyProposal proposal) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from collective_discussion where proposal_id = ? and outcome = 'PROCEED')""",
                Boolean.class, proposal.getId()));
    }

    private Optional<PenaltyNotice> noticeInForce(long leadId) {
        return proceedings.notices(leadId).stream().filter(n -> n.getStatus() == PenaltyNotice.Status.SERVED).findFirst();
    }

    static String legalReviewSubject(long leadId, int round) {
        return AuditLog.leadStream(leadId) + "/legal-review/" + round;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
