package org.uep.domain.execution;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.calendar.CalendarService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.cases.PenaltyCaseRepository;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.organisation.Directory;
import org.uep.domain.penalty.PenaltyDecision;
import org.uep.domain.penalty.PenaltyProceedings;

/**
 * 执行: the fine of a served decision, keyed by the dossier's lead — the payment deadline (clock fine.pay) and its
 * deferral or instalments (Art. 66), review and lawsuit periods (the late fee pauses, Art. 73), the reminder (催告) and
 * the court application (行政强制法 Art. 53–54, clock enforce.court). Payments: {@link PaymentService}. Every act is
 * audited in the dossier's stream; repeating an act with the same inputs changes nothing, a refused act changes nothing.
 */
@Service
public class ExecutionService {

    public static final String FINE_PAY = "fine.pay";
    public static final String ENFORCE_COURT = "enforce.court";
    /** 行政复议法 Art. 20 gives 60 days, 行政诉讼法 Art. 46 six months: the lawsuit window always ends later. */
    static final int LAWSUIT_WINDOW_MONTHS = 6;
    /** 行政强制法 Art. 54: ten days after the reminder was served — working days (Art. 69). */
    static final int REMINDER_WORKING_DAYS = 10;
    static final int COURT_WINDOW_MONTHS = 3;

    private final ExecutionRepository executions;
    private final PaymentRepository payments;
    private final ChallengeRepository challenges;
    private final PaymentArrangementRepository arrangements;
    private final PenaltyProceedings proceedings;
    private final PenaltyCaseRepository cases;
    private final LeadService leads;
    private final Directory directory;
    private final StatutoryClocks clocks;
    private final CalendarService calendars;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxDeferralDays;

    public ExecutionService(ExecutionRepository executions, PaymentRepository payments, ChallengeRepository challenges,
                            PaymentArrangementRepository arrangements, PenaltyProceedings proceedings,
                            PenaltyCaseRepository cases, LeadService leads, Directory directory, StatutoryClocks clocks,
                            CalendarService calendars, AccessPolicy access, AuditLog audit, Clock clock,
                            @Value("${uep.execution.max-deferral-days:180}") int maxDeferralDays) {
        this.executions = executions;
        this.payments = payments;
        this.challenges = challenges;
        this.arrangements = arrangements;
        this.proceedings = proceedings;
        this.cases = cases;
        this.leads = leads;
        this.directory = directory;
        this.clocks = clocks;
        this.calendars = calendars;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxDeferralDays = maxDeferralDays;
    }

    /**
     * 送达: the decision with a fine reached the party; execution opens under the decision's number (决定书文号, what the
     * collection system reports payments against). Starts fine.pay (15 natural days) and enforce.court (three months
     * from the end of the lawsuit window).
     */
    @Transactional
    public Execution decisionServed(long leadId, String decisionNumber, Instant servedAt, String actor) {
        String by = required(actor, "actor");
        String number = required(decisionNumber, "decisionNumber");
        Instant served = stored(servedAt);
        Optional<Execution> existing = executions.findByLeadId(leadId);
        if (existing.isPresent()) {
            Execution opened = existing.get();
            if (opened.getDecisionNumber().equals(number) && opened.getDecisionServedAt().equals(served)) {
                return opened;
            }
            throw DomainException.conflict("线索 " + leadId + " 的处罚决定已于 " + opened.getDecisionServedAt() + " 以文号 "
                    + opened.getDecisionNumber() + " 送达。The decision of lead " + leadId + " was already served at "
                    + opened.getDecisionServedAt() + " as " + opened.getDecisionNumber() + ".");
        }
        PenaltyDecision decision = proceedings.decision(leadId).orElseThrow(() -> DomainException.conflict("线索 " + leadId
                + " 尚未作出处罚决定。Lead " + leadId + " has no penalty decision to serve."));
        long fine = decision.getPenalty().fineFen();
        if (fine == 0) {
            throw DomainException.conflict("处罚决定 " + decision.getId() + " 没有罚款，无需缴款。Decision " + decision.getId()
                    + " imposes no fine: there is nothing to collect.");
        }
        requireBetween(served, decision.getDecidedAt(), "送达时间", "The time of service");
        executions.findByDecisionNumber(number).ifPresent(other -> {
            throw DomainException.conflict("文号 " + number + " 已用于线索 " + other.getLeadId() + "。Decision number " + number
                    + " is already used by lead " + other.getLeadId() + ".");
        });
        String subject = AuditLog.leadStream(leadId);
        RunningClock finePay = clocks.start(subject, FINE_PAY, served, by);
        LocalDate lawsuitWindowEnds = calendars.calendar()
                .addNaturalDays(LegalTime.dayOf(served).plusMonths(LAWSUIT_WINDOW_MONTHS), 0).date();
        clocks.start(subject, ENFORCE_COURT, lawsuitWindowEnds.atStartOfDay(LegalTime.ZONE).toInstant(), by);
        Execution execution = executions.save(new Execution(leadId, decision.getId(), number, fine, served,
                dueDay(finePay), by));
        record(execution, by, "execution.opened", null, state(execution));
        return execution;
    }

    /** 复议 or 诉讼 filed against the decision: the late fee stops accruing from that day. One runs at a time. */
    @Transactional
    public Challenge challengeFiled(long leadId, Challenge.Kind kind, LocalDate filedOn, String actor) {
        String by = required(actor, "actor");
        Execution execution = locked(leadId);
        List<Challenge> known = challenges.findByExecutionIdOrderByFiledOnAsc(execution.getId());
        Optional<Challenge> same = known.stream().filter(c -> c.getKind() == kind && c.getFiledOn().equals(filedOn)).findFirst();
        if (same.isPresent()) {
            return same.get();
        }
        if (kind == null) {
            throw DomainException.invalid("须写明复议（REVIEW）或诉讼（LAWSUIT）。Say whether a review or a lawsuit was filed.");
        }
        requireDay(filedOn, LegalTime.dayOf(execution.getDecisionServedAt()), "提起日期", "The day it was filed");
        known.stream().filter(c -> c.getEndedOn() == null).findFirst().ifPresent(open -> {
            throw DomainException.conflict("已有未结束的" + open.getKind() + "（" + open.getFiledOn() + " 起）。A " + open.getKind()
                    + " filed on " + open.getFiledOn() + " has not ended yet.");
        });
        Challenge challenge = challenges.save(new Challenge(execution.getId(), kind, filedOn));
        record(execution, by, "execution.challenge.filed", null, state(challenge));
        return challenge;
    }

    /**
     * The review or lawsuit ended (decided, withdrawn): the late fee accrues again from the next day, and the court
     * application window (enforce.court) runs three months from its end if that is later than the lawsuit window.
     */
    @Transactional
    public Challenge challengeEnded(long leadId, Challenge.Kind kind, LocalDate endedOn, String actor) {
        String by = required(actor, "actor");
        Execution execution = locked(leadId);
        List<Challenge> known = challenges.findByExecutionIdOrderByFiledOnAsc(execution.getId());
        Optional<Challenge> done = known.stream()
                .filter(c -> c.getKind() == kind && Objects.equals(c.getEndedOn(), endedOn) && endedOn != null).findFirst();
        if (done.isPresent()) {
            return done.get();
        }
        Challenge open = known.stream().filter(c -> c.getKind() == kind && c.getEndedOn() == null).findFirst()
                .orElseThrow(() -> DomainException.conflict("没有未结束的" + kind + "。No " + kind + " is pending on lead "
                        + leadId + "."));
        requireDay(endedOn, open.getFiledOn(), "结束日期", "The day it ended");
        Map<String, Object> before = state(open);
        open.ended(endedOn);
        challenges.flush();
        LocalDate windowEnds = windowEnds(execution, known);
        if (windowEnds.equals(endedOn)) {
            clocks.moveDueTo(AuditLog.leadStream(leadId), ENFORCE_COURT, endedOn.plusMonths(COURT_WINDOW_MONTHS), by,
                    "复议或诉讼于 " + endedOn + " 结束 review/lawsuit ended " + endedOn);
        }
        record(execution, by, "execution.challenge.ended", before, state(open));
        return open;
    }

    /** The party applied to pay the whole fine later (延期缴纳, Art. 66); the head decides. */
    @Transactional
    public PaymentArrangement deferralApplied(long leadId, LocalDate newDueDay, Instant appliedAt, String actor) {
        Execution execution = locked(leadId);
        return applied(execution, PaymentArrangement.Kind.DEFERRAL,
                List.of(new Instalment(newDueDay, execution.getFineFen())), appliedAt, actor);
    }

    /** The party applied to pay in instalments (分期缴纳, Art. 66): at least two, in order, adding up to the fine. */
    @Transactional
    public PaymentArrangement instalmentsApplied(long leadId, List<Instalment> instalments, Instant appliedAt, String actor) {
        return applied(locked(leadId), PaymentArrangement.Kind.INSTALMENTS, instalments, appliedAt, actor);
    }

    /**
     * The head of the dossier's unit approves or refuses the application. Approval moves the fine.pay due day to the
     * (last) approved day; the late fee then runs per instalment.
     */
    @Transactional
    public PaymentArrangement arrangementDecided(long arrangementId, boolean approved, String head) {
        String by = required(head, "head");
        PaymentArrangement arrangement = arrangements.findById(arrangementId)
                .orElseThrow(() -> DomainException.notFound("Payment arrangement", arrangementId));
        Execution execution = locked(executions.findById(arrangement.getExecutionId()).orElseThrow().getLeadId());
        PaymentArrangement.Status outcome = approved ? PaymentArrangement.Status.APPROVED : PaymentArrangement.Status.REFUSED;
        if (arrangement.getStatus() != PaymentArrangement.Status.APPLIED) {
            if (arrangement.getStatus() == outcome && arrangement.getDecidedBy().equals(by)) {
                return arrangement;
            }
            throw DomainException.conflict("申请 " + arrangementId + " 已由 " + arrangement.getDecidedBy() + " 决定（"
                    + arrangement.getStatus() + "）。Application " + arrangementId + " was already decided by "
                    + arrangement.getDecidedBy() + " (" + arrangement.getStatus() + ").");
        }
        Lead lead = leads.get(execution.getLeadId());
        boolean isHead = directory.officer(by).filter(o -> o.getRoles().contains("head") && o.getUnits().contains(lead.getUnitPath()))
                .isPresent();
        if (!isHead) {
            throw DomainException.forbidden("延期或分期缴纳须经 " + lead.getUnitPath() + " 负责人批准。Only a head of "
                    + lead.getUnitPath() + " may decide on deferral or instalments (Art. 66); " + by + " is not one.");
        }
        Map<String, Object> before = state(arrangement);
        if (approved) {
            requireUnpaid(execution);
            clocks.moveDueTo(AuditLog.leadStream(execution.getLeadId()), FINE_PAY, arrangement.lastDueDay(), by,
                    "第六十六条 " + arrangement.getKind() + " 批准 approved (application " + arrangementId + ")");
        }
        arrangement.decided(outcome, by, clock.instant());
        record(execution, by, "execution.arrangement." + outcome.name().toLowerCase(), before, state(arrangement));
        return arrangement;
    }

    /** 催告 served on the party after the payment deadline passed (行政强制法 Art. 35, 54). */
    @Transactional
    public Execution reminderServed(long leadId, Instant servedAt, String actor) {
        String by = required(actor, "actor");
        Execution execution = locked(leadId);
        Instant served = stored(servedAt);
        if (execution.getReminderServedAt() != null) {
            if (execution.getReminderServedAt().equals(served)) {
                return execution;
            }
            throw DomainException.conflict("催告书已于 " + execution.getReminderServedAt() + " 送达。A reminder was already served "
                    + "at " + execution.getReminderServedAt() + ".");
        }
        requireUnpaid(execution);
        Instant dueAt = finePay(execution).getDueAt();
        requireBetween(served, dueAt, "催告送达时间（缴款期限届满后）", "The reminder (after the payment deadline passed)");
        Map<String, Object> before = state(execution);
        execution.reminderServed(served);
        record(execution, by, "execution.reminder.served", before, state(execution));
        return execution;
    }

    /** When the court application may be made, and what still stands in the way. */
    @Transactional(readOnly = true)
    public CourtWindow courtWindow(long leadId) {
        return courtWindow(execution(leadId));
    }

    /** 申请人民法院强制执行: refused outside the window of {@link #courtWindow}. Meets clock enforce.court. */
    @Transactional
    public Execution appliedToCourt(long leadId, Instant appliedAt, String court, String actor) {
        String by = required(actor, "actor");
        Execution execution = locked(leadId);
        Instant at = stored(appliedAt);
        String to = required(court, "court");
        if (execution.getCourtAppliedAt() != null) {
            if (execution.getCourtAppliedAt().equals(at) && execution.getCourt().equals(to)) {
                return execution;
            }
            throw DomainException.conflict("已于 " + execution.getCourtAppliedAt() + " 向 " + execution.getCourt()
                    + " 申请强制执行。The court application was already made at " + execution.getCourtAppliedAt() + " to "
                    + execution.getCourt() + ".");
        }
        requireBetween(at, execution.getDecisionServedAt(), "申请时间", "The time of the application");
        CourtWindow window = courtWindow(execution);
        if (!window.isOpenAt(at)) {
            throw DomainException.conflict("不在申请法院强制执行的期间内（行政强制法第五十三、五十四条）。The court application at " + at
                    + " is outside its window (行政强制法 Art. 53–54): opens " + window.opensAt() + ", closes "
                    + window.closesAt() + (window.blockers().isEmpty() ? "" : "; " + String.join("; ", window.blockers())) + ".");
        }
        Map<String, Object> before = state(execution);
        execution.appliedToCourt(at, to);
        clocks.stop(AuditLog.leadStream(leadId), ENFORCE_COURT, by);
        record(execution, by, "execution.court.applied", before, state(execution));
        return execution;
    }

    /** The execution of a dossier as of now, for the job workers. */
    @Transactional(readOnly = true)
    public ExecutionStatement statement(long leadId) {
        return statement(execution(leadId));
    }

    /** The dossier's execution, when its decision opened one. */
    @Transactional(readOnly = true)
    public Optional<ExecutionStatement> statementIfAny(long leadId) {
        return executions.findByLeadId(leadId).map(this::statement);
    }

    /** The execution of a case, for those who may read the dossier and for finance staff of its unit. */
    @Transactional(readOnly = true)
    public ExecutionStatement statementOfCase(long caseId, Caller caller) {
        PenaltyCase penaltyCase = cases.findById(caseId)
                .filter(c -> access.canRead(caller, c.getLeadId(), c.getUnitPath()) || access.isFinanceOf(caller, c.getUnitPath()))
                .orElseThrow(() -> DomainException.notFound("Case", caseId));
        return statement(executions.findByLeadId(penaltyCase.getLeadId())
                .orElseThrow(() -> DomainException.notFound("Execution of case", caseId)));
    }

    private ExecutionStatement statement(Execution execution) {
        List<Payment> paid = payments.findByExecutionIdOrderByPaidAtAscIdAsc(execution.getId());
        return new ExecutionStatement(execution, finePay(execution).getDueAt(), schedule(execution),
                balance(execution, paid, LegalTime.today(clock)), paid,
                challenges.findByExecutionIdOrderByFiledOnAsc(execution.getId()),
                arrangements.findByExecutionIdOrderByIdAsc(execution.getId()), courtWindow(execution));
    }

    /** The balance as of {@code asOf}, {@code paid} in the order paid. */
    Balance balance(Execution execution, List<Payment> paid, LocalDate asOf) {
        return Balance.asOf(asOf, schedule(execution), paid, challenges.findByExecutionIdOrderByFiledOnAsc(execution.getId())
                .stream().filter(c -> !c.getFiledOn().isAfter(asOf)).map(c -> c.pauseUntil(asOf)).toList());
    }

    /** Paid in full: the deadline clocks are met. */
    void paidInFull(Execution execution, Instant at, String actor) {
        execution.paidInFull(at);
        clocks.stop(AuditLog.leadStream(execution.getLeadId()), FINE_PAY, actor);
        clocks.stop(AuditLog.leadStream(execution.getLeadId()), ENFORCE_COURT, actor);
    }

    /** The approved instalment plan, or the whole fine by the fine.pay due day (as deferred, if it was). */
    private List<Instalment> schedule(Execution execution) {
        return arrangements.findByExecutionIdOrderByIdAsc(execution.getId()).stream()
                .filter(a -> a.getStatus() == PaymentArrangement.Status.APPROVED).reduce((first, second) -> second)
                .filter(a -> a.getKind() == PaymentArrangement.Kind.INSTALMENTS)
                .map(PaymentArrangement::getInstalments)
                .orElseGet(() -> List.of(new Instalment(dueDay(finePay(execution)), execution.getFineFen())));
    }

    private PaymentArrangement applied(Execution execution, PaymentArrangement.Kind kind, List<Instalment> instalments,
                                       Instant appliedAt, String actor) {
        String by = required(actor, "actor");
        Instant applied = stored(appliedAt);
        List<PaymentArrangement> known = arrangements.findByExecutionIdOrderByIdAsc(execution.getId());
        Optional<PaymentArrangement> pending = known.stream()
                .filter(a -> a.getStatus() == PaymentArrangement.Status.APPLIED).findFirst();
        if (pending.isPresent()) {
            PaymentArrangement waiting = pending.get();
            if (waiting.getKind() == kind && waiting.getInstalments().equals(instalments) && waiting.getAppliedAt().equals(applied)) {
                return waiting;
            }
            throw DomainException.conflict("申请 " + waiting.getId() + " 尚待负责人决定。Application " + waiting.getId()
                    + " awaits the head's decision.");
        }
        requireUnpaid(execution);
        RunningClock finePay = finePay(execution);
        requireBetween(applied, execution.getDecisionServedAt(), "申请时间", "The time of the application");
        if (!applied.isBefore(finePay.getDueAt())) {
            throw DomainException.conflict("缴款期限已于 " + finePay.getDueAt() + " 届满，不能再申请延期或分期。The payment deadline "
                    + "passed at " + finePay.getDueAt() + ": deferral or instalments are applied for before it.");
        }
        requirePlan(execution, kind, instalments, LegalTime.dayOf(applied), dueDay(finePay));
        PaymentArrangement arrangement = arrangements.save(new PaymentArrangement(execution.getId(), kind, instalments,
                applied, by));
        record(execution, by, "execution.arrangement.applied", null, state(arrangement));
        return arrangement;
    }

    private void requirePlan(Execution execution, PaymentArrangement.Kind kind, List<Instalment> instalments,
                             LocalDate appliedOn, LocalDate dueDay) {
        if (instalments == null || instalments.isEmpty() || instalments.stream().anyMatch(Objects::isNull)
                || kind == PaymentArrangement.Kind.INSTALMENTS && instalments.size() < 2) {
            throw DomainException.invalid("分期缴纳须至少两期。Instalments need at least two parts.");
        }
        long total = instalments.stream().mapToLong(Instalment::amountFen).sum();
        if (total != execution.getFineFen()) {
            throw DomainException.invalid("各期金额之和须等于罚款。The instalments add up to " + total + " fen, not the fine of "
                    + execution.getFineFen() + " fen.");
        }
        LocalDate previous = appliedOn;
        for (Instalment instalment : instalments) {
            if (!instalment.dueDay().isAfter(previous)) {
                throw DomainException.invalid("各期缴款期限须晚于申请日并依次递增。Due days must come after the application day and "
                        + "after one another; " + instalment.dueDay() + " does not.");
            }
            previous = instalment.dueDay();
        }
        if (!previous.isAfter(dueDay)) {
            throw DomainException.invalid("延期或分期的最后期限须晚于现行缴款期限 " + dueDay + "。The last due day must come after the "
                    + "current one, " + dueDay + ".");
        }
        LocalDate latest = execution.getStatutoryDueDay().plusDays(maxDeferralDays);
        if (previous.isAfter(latest)) {
            throw DomainException.invalid("延期或分期最长至法定缴款期限后 " + maxDeferralDays + " 日（" + latest + "）。Payment may be "
                    + "put off at most " + maxDeferralDays + " days past the statutory due day, to " + latest + "; asked "
                    + previous + ".");
        }
    }

    private CourtWindow courtWindow(Execution execution) {
        List<Challenge> known = challenges.findByExecutionIdOrderByFiledOnAsc(execution.getId());
        List<String> blockers = new ArrayList<>();
        if (execution.getPaidInFullAt() != null) {
            blockers.add("已缴清 paid in full at " + execution.getPaidInFullAt());
        }
        if (execution.getReminderServedAt() == null) {
            blockers.add("未送达催告书 no reminder (催告) served");
        }
        known.stream().filter(c -> c.getEndedOn() == null).forEach(c ->
                blockers.add(c.getKind() + " 未结束 pending since " + c.getFiledOn()));
        Instant windowEnded = LegalTime.endOf(windowEnds(execution, known));
        Instant opensAt = execution.getReminderServedAt() == null ? null : latest(windowEnded, LegalTime.endOf(calendars.calendar()
                .addWorkingDays(LegalTime.dayOf(execution.getReminderServedAt()), REMINDER_WORKING_DAYS).date()));
        RunningClock enforce = clocks.of(List.of(AuditLog.leadStream(execution.getLeadId()))).stream()
                .filter(c -> c.getClockId().equals(ENFORCE_COURT)).findFirst().orElseThrow();
        return new CourtWindow(opensAt, enforce.getDueAt(), List.copyOf(blockers));
    }

    /** The last day of the review/lawsuit window: six months after service, or the end of a later challenge. */
    private LocalDate windowEnds(Execution execution, List<Challenge> known) {
        LocalDate lawsuitWindow = calendars.calendar()
                .addNaturalDays(LegalTime.dayOf(execution.getDecisionServedAt()).plusMonths(LAWSUIT_WINDOW_MONTHS), 0).date();
        return known.stream().map(Challenge::getEndedOn).filter(Objects::nonNull).filter(lawsuitWindow::isBefore)
                .max(LocalDate::compareTo).orElse(lawsuitWindow);
    }

    private RunningClock finePay(Execution execution) {
        return clocks.of(List.of(AuditLog.leadStream(execution.getLeadId()))).stream()
                .filter(c -> c.getClockId().equals(FINE_PAY)).findFirst().orElseThrow();
    }

    private static LocalDate dueDay(RunningClock running) {
        return LegalTime.dayOf(running.getDueAt().minusNanos(1));
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private void requireUnpaid(Execution execution) {
        if (execution.getPaidInFullAt() != null) {
            throw DomainException.conflict("罚款已于 " + execution.getPaidInFullAt() + " 缴清。The fine was paid in full at "
                    + execution.getPaidInFullAt() + ".");
        }
    }

    Execution locked(long leadId) {
        return executions.lockByLeadId(leadId).orElseThrow(() -> DomainException.notFound("Execution of lead", leadId));
    }

    private Execution execution(long leadId) {
        return executions.findByLeadId(leadId).orElseThrow(() -> DomainException.notFound("Execution of lead", leadId));
    }

    /**
     * Compared at the database's precision: PostgreSQL rounds an instant to microseconds while one kept in memory is
     * truncated, so the same instant may differ by a microsecond.
     */
    private void requireBetween(Instant at, Instant notBefore, String zh, String en) {
        if (at == null || stored(at).isBefore(stored(notBefore).minus(1, ChronoUnit.MICROS)) || at.isAfter(clock.instant())) {
            throw DomainException.invalid(zh + "须在 " + notBefore + " 之后且不晚于当前时间。" + en + " must lie between "
                    + notBefore + " and now; got " + at + ".");
        }
    }

    private void requireDay(LocalDate day, LocalDate notBefore, String zh, String en) {
        if (day == null || day.isBefore(notBefore) || day.isAfter(LegalTime.today(clock))) {
            throw DomainException.invalid(zh + "须在 " + notBefore + " 至今天之间。" + en + " must lie between " + notBefore
                    + " and today; got " + day + ".");
        }
    }

    void record(Execution execution, String actor, String action, Map<String, Object> before, Map<String, Object> after) {
        audit.append(AuditLog.leadStream(execution.getLeadId()), actor, leads.get(execution.getLeadId()).getUnitPath(), action,
                before, after);
    }

    private static Map<String, Object> state(Execution execution) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("execution", execution.getId());
        state.put("decision", execution.getDecisionId());
        state.put("decisionNumber", execution.getDecisionNumber());
        state.put("fineFen", execution.getFineFen());
        state.put("decisionServedAt", text(execution.getDecisionServedAt()));
        state.put("statutoryDueDay", execution.getStatutoryDueDay().toString());
        state.put("paidInFullAt", text(execution.getPaidInFullAt()));
        state.put("reminderServedAt", text(execution.getReminderServedAt()));
        state.put("courtAppliedAt", text(execution.getCourtAppliedAt()));
        state.put("court", execution.getCourt());
        return state;
    }

    private static Map<String, Object> state(Challenge challenge) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("challenge", challenge.getId());
        state.put("kind", challenge.getKind());
        state.put("filedOn", challenge.getFiledOn().toString());
        state.put("endedOn", challenge.getEndedOn() == null ? null : challenge.getEndedOn().toString());
        return state;
    }

    private static Map<String, Object> state(PaymentArrangement arrangement) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("arrangement", arrangement.getId());
        state.put("kind", arrangement.getKind());
        state.put("instalments", arrangement.getInstalments().stream()
                .map(i -> Map.of("dueDay", i.dueDay().toString(), "amountFen", i.amountFen())).toList());
        state.put("appliedAt", text(arrangement.getAppliedAt()));
        state.put("status", arrangement.getStatus());
        state.put("decidedBy", arrangement.getDecidedBy());
        return state;
    }

    /** As PostgreSQL keeps it (microseconds), so a repeated act with the same instant compares equal after a reload. */
    static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field + " 不能为空。" + field + " is required.");
        }
        return value.strip();
    }
}
