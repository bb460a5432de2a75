package org.uep.domain.penalty;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseService;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.party.PartyKind;

/**
 * From the proposed penalty to the decision, on a dossier (keyed by its lead): the notice (告知) and its service, the
 * party's waiver and hearing request, and the decision — refused without a served notice (Art. 62), while the party's
 * windows may still run, and when heavier than the notice in force (Art. 45). The summary procedure decides on the spot
 * without a notice (Art. 51–52). Every act is audited in the dossier's stream; repeating an act changes nothing.
 *
 * <p>The windows are the catalogue's clocks notice.reply and hearing.request, started at service on the notice's own
 * subject ({@code lead/<id>/notice/<id>}): a clock runs once per subject, and a new notice must run new windows.
 */
@Service
public class PenaltyProceedings {

    public static final String NOTICE_REPLY = "notice.reply";
    public static final String HEARING_REQUEST = "hearing.request";

    private final PenaltyNoticeRepository notices;
    private final PenaltyDecisionRepository decisions;
    private final LeadService leads;
    private final RuleCatalogue catalogue;
    private final StatutoryClocks clocks;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public PenaltyProceedings(PenaltyNoticeRepository notices, PenaltyDecisionRepository decisions, LeadService leads,
                              RuleCatalogue catalogue, StatutoryClocks clocks, AuditLog audit, JdbcTemplate jdbc,
                              Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.decisions = decisions;
        this.leads = leads;
        this.catalogue = catalogue;
        this.clocks = clocks;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the penalty to be notified to the party of a filed case. A notice still awaiting service is withdrawn
     * by a different proposal; the same proposal again returns it.
     */
    @Transactional
    public PenaltyNotice proposeAndNotify(long leadId, PartyKind party, Penalty proposal, String actor) {
        Lead lead = leads.get(leadId);
        String by = required(actor, "actor");
        if (party == null || proposal == null) {
            throw DomainException.invalid("须写明当事人类别和拟作出的处罚。The party kind and the proposed penalty are required.");
        }
        if (lead.getStatus() != Lead.Status.FILED) {
            throw DomainException.conflict("线索 " + leadId + " 尚未立案，不能告知拟作出的处罚。Lead " + leadId + " is "
                    + lead.getStatus() + ": a notice of proposed penalty needs a filed case.");
        }
        requireUndecided(leadId);
        Optional<PenaltyNotice> pending = notices.findByLeadIdAndStatus(leadId, PenaltyNotice.Status.PROPOSED);
        if (pending.isPresent()) {
            PenaltyNotice unserved = pending.get();
            if (unserved.getPartyKind() == party && unserved.getProposal().equals(proposal)) {
                return unserved;
            }
            Map<String, Object> before = state(unserved);
            unserved.withdrawn();
            notices.flush();
            record(lead, by, "penalty.notice.withdrawn", before, state(unserved));
        }
        boolean qualifies = PenaltyRules.hearingQualifies(proposal, party, rules(lead).thresholds());
        PenaltyNotice notice = notices.save(new PenaltyNotice(leadId, party, proposal, qualifies, clock.instant(), by));
        record(lead, by, "penalty.notice.proposed", null, state(notice));
        return notice;
    }

    /**
     * 送达: the notice reached the party; its windows start. A notice served earlier on the dossier is superseded (its
     * windows stop). Electronic service needs the party's signed consent (Art. 61).
     */
    @Transactional
    public PenaltyNotice noticeServed(long noticeId, Instant servedAt, ServiceMethod method, boolean electronicConsent,
                                      String actor) {
        String by = required(actor, "actor");
        PenaltyNotice notice = get(noticeId);
        servedAt = stored(servedAt);
        if (notice.getServedAt() != null && notice.getServedAt().equals(servedAt) && notice.getServiceMethod() == method) {
            return notice;
        }
        if (notice.getStatus() != PenaltyNotice.Status.PROPOSED) {
            throw DomainException.conflict(notice.getStatus() == PenaltyNotice.Status.WITHDRAWN
                    ? "告知书 " + noticeId + " 已在送达前被新的告知取代。Notice " + noticeId + " was replaced by a newer proposal before service."
                    : "告知书 " + noticeId + " 已于 " + notice.getServedAt() + " 以 " + notice.getServiceMethod() + " 方式送达。Notice "
                    + noticeId + " was already served at " + notice.getServedAt() + " (" + notice.getServiceMethod() + ").");
        }
        if (method == null) {
            throw DomainException.invalid("须写明送达方式。The service method is required.");
        }
        if (method == ServiceMethod.ELECTRONIC && !electronicConsent) {
            throw DomainException.invalid("电子送达须经当事人同意并签订确认书（第六十一条）。Electronic service needs the party's "
                    + "signed consent (Art. 61).");
        }
        requireBetween(servedAt, notice.getProposedAt(), "送达时间", "The time of service");
        Lead lead = leads.get(notice.getLeadId());
        notices.findByLeadIdAndStatus(lead.getId(), PenaltyNotice.Status.SERVED).ifPresent(older -> {
            Map<String, Object> before = state(older);
            older.superseded();
            notices.flush();
            stopWindows(older, by);
            record(lead, by, "penalty.notice.superseded", before, state(older));
        });
        Map<String, Object> before = state(notice);
        notice.served(servedAt, method);
        clocks.start(subject(notice), NOTICE_REPLY, servedAt, by);
        if (notice.isHearingQualifies()) {
            clocks.start(subject(notice), HEARING_REQUEST, servedAt, by);
        }
        Map<String, Object> after = state(notice);
        after.put("electronicConsent", electronicConsent);
        record(lead, by, "penalty.notice.served", before, after);
        return notice;
    }

    /**
     * The party's explicit written waiver: the case need not wait for the statement/defence window (and, if waived too,
     * the hearing-request window). It never replaces the notice: only a served notice can be waived.
     */
    @Transactional
    public PenaltyNotice waiverReceived(long noticeId, Instant writtenWaiverAt, PenaltyNotice.Waiver waiver, String actor) {
        String by = required(actor, "actor");
        PenaltyNotice notice = get(noticeId);
        writtenWaiverAt = stored(writtenWaiverAt);
        if (notice.getWaiver() != null) {
            if (notice.getWaiver() == waiver && notice.getWaivedAt().equals(writtenWaiverAt)) {
                return notice;
            }
            throw DomainException.conflict("告知书 " + noticeId + " 已记录当事人的书面放弃。A written waiver (" + notice.getWaiver()
                    + ", " + notice.getWaivedAt() + ") is already recorded on notice " + noticeId + ".");
        }
        requireInForce(notice, "书面放弃不能代替告知（第六十二条）。A waiver never replaces the notice (Art. 62).");
        if (waiver == null) {
            throw DomainException.invalid("须写明放弃的权利。Say which rights the party waived.");
        }
        requireBetween(writtenWaiverAt, notice.getServedAt(), "书面放弃时间", "The time of the written waiver");
        if (waiver.includesHearing()) {
            requireNoHearingRequested(notice);
        }
        Map<String, Object> before = state(notice);
        notice.waived(waiver, writtenWaiverAt);
        clocks.stop(subject(notice), NOTICE_REPLY, by);
        if (waiver.includesHearing()) {
            clocks.stop(subject(notice), HEARING_REQUEST, by);
        }
        record(leads.get(notice.getLeadId()), by, "penalty.notice.waived", before, state(notice));
        return notice;
    }

    /** The party requested a hearing (Art. 63–64) within the window; the first request stands. */
    @Transactional
    public PenaltyNotice hearingRequested(long noticeId, Instant at, String actor) {
        String by = required(actor, "actor");
        PenaltyNotice notice = get(noticeId);
        at = stored(at);
        if (notice.getHearingRequestedAt() != null) {
            return notice;
        }
        requireInForce(notice, "听证须在告知后申请。A hearing is requested on a served notice.");
        requireHearingRight(notice);
        if (notice.getWaiver() != null && notice.getWaiver().includesHearing()) {
            throw DomainException.conflict("当事人已于 " + notice.getWaivedAt() + " 书面放弃听证。The party waived the hearing "
                    + "in writing at " + notice.getWaivedAt() + ".");
        }
        requireBetween(at, notice.getServedAt(), "听证申请时间", "The time of the request");
        RunningClock window = windowClocks(notice).get(HEARING_REQUEST);
        // A window ending in a year without holiday data may end later than computed: the party gets the benefit.
        if (!window.isProvisional() && !at.isBefore(window.getDueAt())) {
            throw DomainException.conflict("听证申请已超过告知后五个工作日的期限，视为放弃（第六十四条）。The request at " + at
                    + " came after the hearing-request window ended at " + window.getDueAt() + " (Art. 64(1)): the hearing "
                    + "counts as waived.");
        }
        Map<String, Object> before = state(notice);
        notice.hearingRequested(at);
        clocks.stop(subject(notice), HEARING_REQUEST, by);
        record(leads.get(notice.getLeadId()), by, "penalty.hearing.requested", before, state(notice));
        return notice;
    }

    /** The party stated in writing that they will not request a hearing: the hearing-request window closes. */
    @Transactional
    public PenaltyNotice hearingWaived(long noticeId, Instant at, String actor) {
        String by = required(actor, "actor");
        PenaltyNotice notice = get(noticeId);
        at = stored(at);
        requireInForce(notice, "放弃听证须在告知后。A hearing is waived on a served notice.");
        requireHearingRight(notice);
        requireNoHearingRequested(notice);
        requireBetween(at, notice.getServedAt(), "放弃听证时间", "The time of the waiver");
        clocks.stop(subject(notice), HEARING_REQUEST, by);
        Map<String, Object> after = state(notice);
        after.put("hearingWaivedAt", at);
        record(leads.get(notice.getLeadId()), by, "penalty.hearing.waived", null, after);
        return notice;
    }

    /** 陈述申辩: what the party said on the notice in force and how the body reviewed it (Art. 45). */
    @Transactional
    public void statementHeard(long noticeId, String statement, String review, String actor) {
        String by = required(actor, "actor");
        PenaltyNotice notice = get(noticeId);
        requireInForce(notice, "陈述申辩针对已送达的告知。A statement answers a served notice.");
        jdbc.update("""
                insert into party_statement (notice_id, statement, review_opinion, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)""", noticeId, statement, review, by, java.sql.Timestamp.from(clock.instant()));
        Map<String, Object> after = state(notice);
        after.put("statement", statement);
        after.put("review", review);
        record(leads.get(notice.getLeadId()), by, "penalty.statement.heard", null, after);
    }

    /** The notice served and in force in the dossier. */
    @Transactional(readOnly = true)
    public PenaltyNotice noticeInForce(long leadId) {
        return notices.findByLeadIdAndStatus(leadId, PenaltyNotice.Status.SERVED).orElseThrow(() ->
                DomainException.conflict("案件没有已送达的告知书。No notice is served in lead " + leadId + "."));
    }

    /**
     * The requested hearing ended: held (the decision follows its transcript, Art. 65) or waived (Art. 64(8)); the
     * statement window closes with it.
     */
    @Transactional
    public PenaltyNotice hearingConcluded(long noticeId, Instant at, PenaltyNotice.HearingOutcome outcome, String actor) {
        String by = required(actor, "actor");
        PenaltyNotice notice = get(noticeId);
        at = stored(at);
        if (notice.getHearingOutcome() != null) {
            if (notice.getHearingOutcome() == outcome && notice.getHearingConcludedAt().equals(at)) {
                return notice;
            }
            throw DomainException.conflict("告知书 " + noticeId + " 的听证已有结果。The hearing on notice " + noticeId
                    + " already ended (" + notice.getHearingOutcome() + ", " + notice.getHearingConcludedAt() + ").");
        }
        requireInForce(notice, "听证须在告知后进行。A hearing follows a served notice.");
        if (notice.getHearingRequestedAt() == null) {
            throw DomainException.conflict("当事人未申请听证。No hearing was requested on notice " + noticeId + ".");
        }
        if (outcome == null) {
            throw DomainException.invalid("须写明听证结果。The hearing's outcome is required.");
        }
        requireBetween(at, notice.getHearingRequestedAt(), "听证结束时间", "The end of the hearing");
        Map<String, Object> before = state(notice);
        notice.hearingConcluded(at, outcome);
        // The party stated and defended at the hearing (or waived it by not coming): the statement window is over too.
        clocks.stop(subject(notice), NOTICE_REPLY, by);
        record(leads.get(notice.getLeadId()), by, "penalty.hearing.concluded", before, state(notice));
        return notice;
    }

    /**
     * 处罚决定 under the general procedure, by the head ({@code decidedBy}). Refused without a served notice (the latest
     * notice must be served), while the party's windows may run, while a requested hearing is pending, and when heavier
     * than the notice in force — a heavier penalty needs a new notice served first. Meets the case.decide clock.
     */
    @Transactional
    public PenaltyDecision decide(long leadId, Penalty penalty, String decidedBy, String actor) {
        Lead lead = leads.get(leadId);
        Optional<PenaltyDecision> existing = decisions.findByLeadId(leadId);
        if (existing.isPresent()) {
            return sameDecision(existing.get(), PenaltyDecision.Procedure.GENERAL, penalty, decidedBy);
        }
        if (penalty == null) {
            throw DomainException.invalid("须写明处罚。The penalty is required.");
        }
        String head = required(decidedBy, "decidedBy");
        String by = required(actor, "actor");
        PenaltyNotice notice = notices.findByLeadIdOrderById(leadId).stream()
                .filter(n -> n.getStatus() != PenaltyNotice.Status.WITHDRAWN).reduce((first, second) -> second)
                .filter(latest -> latest.getStatus() == PenaltyNotice.Status.SERVED)
                .orElseThrow(() -> DomainException.conflict("未向当事人送达行政处罚告知书，不得作出处罚决定（第六十二条）。No decision "
                        + "without a served notice of the proposed penalty (Art. 62): the latest notice of lead " + leadId
                        + " is not served, or there is none."));
        NoticeWindows windows = windows(notice);
        if (!windows.closed()) {
            throw DomainException.conflict("当事人的陈述申辩、听证申请期限尚未届满或听证尚未结束，且未书面放弃。The party's windows on notice "
                    + notice.getId() + " are not closed: statement/defence " + (windows.replyOpen() ? "open until " + windows.replyDueAt() : "closed")
                    + ", hearing request " + (windows.hearingRequestOpen() ? "open until " + windows.hearingRequestDueAt() : "closed")
                    + (windows.hearingPending() ? ", requested hearing not concluded" : "") + ".");
        }
        requireNotHeavier(penalty, notice);
        PenaltyDecision decision = decisions.save(new PenaltyDecision(leadId, PenaltyDecision.Procedure.GENERAL,
                notice.getId(), notice.getPartyKind(), penalty, clock.instant(), head, by));
        stopWindows(notice, by);
        clocks.stop(AuditLog.leadStream(leadId), CaseService.CASE_DECIDE, by);
        record(lead, by, "penalty.decided", null, state(decision));
        return decision;
    }

    /** 当场处罚 (summary procedure, Art. 51–52): no notice, within the summary limits for the party only. */
    @Transactional
    public PenaltyDecision decideOnTheSpot(long leadId, PartyKind party, Penalty penalty, String officer) {
        Lead lead = leads.get(leadId);
        Optional<PenaltyDecision> existing = decisions.findByLeadId(leadId);
        if (existing.isPresent()) {
            return sameDecision(existing.get(), PenaltyDecision.Procedure.SUMMARY, penalty, officer);
        }
        String by = required(officer, "officer");
        if (party == null || penalty == null) {
            throw DomainException.invalid("须写明当事人类别和处罚。The party kind and the penalty are required.");
        }
        PenaltyRules.requireSummaryProcedure(penalty, party, rules(lead).thresholds());
        PenaltyDecision decision = decisions.save(new PenaltyDecision(leadId, PenaltyDecision.Procedure.SUMMARY, null,
                party, penalty, clock.instant(), by, by));
        record(lead, by, "penalty.decided", null, state(decision));
        return decision;
    }

    /** The party's windows on the notice in force; empty while no notice is served. */
    @Transactional(readOnly = true)
    public Optional<NoticeWindows> windows(long leadId) {
        return notices.findByLeadIdAndStatus(leadId, PenaltyNotice.Status.SERVED).map(this::windows);
    }

    /** The rules in force for the dossier's acting body (实施主体), for the review and discussion gates. */
    @Transactional(readOnly = true)
    public LocalRules rules(long leadId) {
        return rules(leads.get(leadId));
    }

    @Transactional(readOnly = true)
    public List<PenaltyNotice> notices(long leadId) {
        return notices.findByLeadIdOrderById(leadId);
    }

    @Transactional(readOnly = true)
    public Optional<PenaltyDecision> decision(long leadId) {
        return decisions.findByLeadId(leadId);
    }

    private LocalRules rules(Lead lead) {
        return catalogue.forUnit(lead.getActingBody());
    }

    private NoticeWindows windows(PenaltyNotice notice) {
        Map<String, RunningClock> running = windowClocks(notice);
        RunningClock reply = running.get(NOTICE_REPLY);
        RunningClock hearing = running.get(HEARING_REQUEST);
        boolean hearingPending = notice.getHearingRequestedAt() != null && notice.getHearingOutcome() == null;
        return new NoticeWindows(notice.getId(), reply.getDueAt(), mayRun(reply), hearing == null ? null : hearing.getDueAt(),
                hearing != null && mayRun(hearing), hearingPending);
    }

    /** Open unless stopped (waived, used, superseded, decided) or run out; a provisional end may still move later. */
    private boolean mayRun(RunningClock window) {
        return window.getStoppedAt() == null && (window.isProvisional() || clock.instant().isBefore(window.getDueAt()));
    }

    private Map<String, RunningClock> windowClocks(PenaltyNotice notice) {
        return clocks.of(List.of(subject(notice))).stream()
                .collect(Collectors.toMap(RunningClock::getClockId, Function.identity()));
    }

    private void stopWindows(PenaltyNotice notice, String actor) {
        clocks.stop(subject(notice), NOTICE_REPLY, actor);
        clocks.stop(subject(notice), HEARING_REQUEST, actor);
    }

    private static String subject(PenaltyNotice notice) {
        return AuditLog.leadStream(notice.getLeadId()) + "/notice/" + notice.getId();
    }

    private static void requireNotHeavier(Penalty penalty, PenaltyNotice notice) {
        List<String> heavier = penalty.heavierAspectsThan(notice.getProposal());
        if (!heavier.isEmpty()) {
            throw DomainException.conflict("处罚决定重于告知书 " + notice.getId() + " 告知的处罚，须重新告知并送达（第四十五条）："
                    + String.join("；", heavier) + "。The decision is heavier than the penalty notified in notice "
                    + notice.getId() + " (Art. 45); serve a new notice first.");
        }
    }

    private void requireUndecided(long leadId) {
        decisions.findByLeadId(leadId).ifPresent(decision -> {
            throw DomainException.conflict("线索 " + leadId + " 已作出处罚决定。Lead " + leadId + " was decided at "
                    + decision.getDecidedAt() + ".");
        });
    }

    /** A repeated decision returns the recorded one; a different one is refused. */
    private static PenaltyDecision sameDecision(PenaltyDecision existing, PenaltyDecision.Procedure procedure, Penalty penalty,
                                                String decidedBy) {
        if (existing.getProcedure() == procedure && existing.getPenalty().equals(penalty)
                && existing.getDecidedBy().equals(decidedBy)) {
            return existing;
        }
        throw DomainException.conflict("线索 " + existing.getLeadId() + " 已作出处罚决定 " + existing.getId() + "。Lead "
                + existing.getLeadId() + " was already decided at " + existing.getDecidedAt() + " by " + existing.getDecidedBy() + ".");
    }

    private static void requireHearingRight(PenaltyNotice notice) {
        if (!notice.isHearingQualifies()) {
            throw DomainException.conflict("告知的处罚不属于可以要求听证的情形（第六十三条）。The notified penalty does not qualify "
                    + "for a hearing (Art. 63).");
        }
    }

    /** A requested hearing is not waived: it ends with an outcome (withdrawn or absent counts as waived, Art. 64(8)). */
    private static void requireNoHearingRequested(PenaltyNotice notice) {
        if (notice.getHearingRequestedAt() != null) {
            throw DomainException.conflict("当事人已申请听证，撤回听证请记录听证结果。The party requested a hearing; record its "
                    + "withdrawal as the hearing's outcome.");
        }
    }

    private static void requireInForce(PenaltyNotice notice, String reason) {
        if (notice.getStatus() != PenaltyNotice.Status.SERVED) {
            throw DomainException.conflict("告知书 " + notice.getId() + " 不是已送达的现行告知（" + notice.getStatus() + "）。" + reason
                    + " Notice " + notice.getId() + " is " + notice.getStatus() + ", not the served notice in force.");
        }
    }

    private void requireBetween(Instant at, Instant notBefore, String zh, String en) {
        if (at == null || at.isBefore(notBefore) || at.isAfter(clock.instant())) {
            throw DomainException.invalid(zh + "须在 " + notBefore + " 之后且不晚于当前时间。" + en + " must lie between "
                    + notBefore + " and now; got " + at + ".");
        }
    }

    private PenaltyNotice get(long noticeId) {
        return notices.findById(noticeId).orElseThrow(() -> DomainException.notFound("Notice", noticeId));
    }

    private void record(Lead lead, String actor, String action, Map<String, Object> before, Map<String, Object> after) {
        audit.append(AuditLog.leadStream(lead.getId()), actor, lead.getUnitPath(), action, before, after);
    }

    private static Map<String, Object> state(PenaltyNotice notice) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("notice", notice.getId());
        state.put("status", notice.getStatus());
        state.put("partyKind", notice.getPartyKind());
        state.put("proposal", notice.getProposal());
        state.put("hearingQualifies", notice.isHearingQualifies());
        state.put("servedAt", text(notice.getServedAt()));
        state.put("serviceMethod", notice.getServiceMethod());
        state.put("waiver", notice.getWaiver());
        state.put("waivedAt", text(notice.getWaivedAt()));
        state.put("hearingRequestedAt", text(notice.getHearingRequestedAt()));
        state.put("hearingOutcome", notice.getHearingOutcome());
        state.put("hearingConcludedAt", text(notice.getHearingConcludedAt()));
        return state;
    }

    private static Map<String, Object> state(PenaltyDecision decision) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("decision", decision.getId());
        state.put("procedure", decision.getProcedure());
        state.put("notice", decision.getNoticeId());
        state.put("partyKind", decision.getPartyKind());
        state.put("penalty", decision.getPenalty());
        state.put("decidedAt", text(decision.getDecidedAt()));
        state.put("decidedBy", decision.getDecidedBy());
        return state;
    }

    /** As PostgreSQL keeps it (microseconds), so a repeated act with the same instant compares equal after a reload. */
    private static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field + " 不能为空。" + field + " is required.");
        }
        return value.strip();
    }
}
