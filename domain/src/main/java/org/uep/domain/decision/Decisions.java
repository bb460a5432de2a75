package org.uep.domain.decision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.cases.PenaltyCaseRepository;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.document.CaseDocument;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.document.Documents;
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.party.Party;
import org.uep.domain.party.PartyRegister;
import org.uep.domain.penalty.PenaltyDecision;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.penalty.PenaltyProposal;
import org.uep.domain.penalty.ReviewGate;
import org.uep.domain.penalty.ServiceMethod;

/**
 * After the decision (Art. 59–61): the numbered decision document, its service within decision.serve, and what the
 * service opens — the payment of a fine (execution) and the publication of the decision (Art. 48, publish.decision).
 */
@Service
public class Decisions {

    public static final String DECISION_SERVE = "decision.serve";
    public static final String PUBLISH_DECISION = "publish.decision";
    /** The article a no-penalty decision rests on, by the review's ground (or outcome when facts are not established). */
    private static final Map<Object, String> NO_PENALTY_BASIS = Map.of(
            "MINOR_AND_CORRECTED", "《中华人民共和国行政处罚法》第三十三条第一款",
            "FIRST_VIOLATION", "《中华人民共和国行政处罚法》第三十三条第一款",
            "NO_FAULT", "《中华人民共和国行政处罚法》第三十三条第二款",
            "NOT_ESTABLISHED", "《中华人民共和国行政处罚法》第五十七条第一款第（三）项");
    /** 行政诉讼 may be brought within six months of service (行政诉讼法 Art. 46); the decision is final after it. */
    static final int LAWSUIT_WINDOW_MONTHS = 6;

    private final PenaltyProceedings proceedings;
    private final ReviewGate gate;
    private final PartyRegister parties;
    private final PenaltyCaseRepository cases;
    private final Documents documents;
    private final ExecutionService executions;
    private final StatutoryClocks clocks;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Decisions(PenaltyProceedings proceedings, ReviewGate gate, PartyRegister parties, PenaltyCaseRepository cases,
              Documents documents, ExecutionService executions, StatutoryClocks clocks, AuditLog audit, JdbcTemplate jdbc,
              Clock clock) {
        this.proceedings = proceedings;
        this.gate = gate;
        this.parties = parties;
        this.cases = cases;
        this.documents = documents;
        this.executions = executions;
        this.clocks = clocks;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the service of the decision opens, read by the model. */
    public record Served(boolean paymentRequired, Instant paymentDueAt, boolean publicationRequired,
                         Instant publicationDueAt, Instant finalAt) {}

    /**
     * 制发决定书: renders the numbered decision — the penalty decision, or the no-penalty decision (不予行政处罚决定书)
     * when the end-of-investigation review decided so — once (a repeated call returns the same document), and starts
     * decision.serve, and publish.decision for a penalty decision to be published. Returns when decision.serve is due.
     */
    @Transactional
    public Instant issue(long leadId, String actor) {
        Optional<PenaltyDecision> decided = proceedings.decision(leadId);
        Instant decidedAt;
        if (decided.isPresent()) {
            PenaltyDecision decision = decided.get();
            PenaltyProposal proposal = gate.current(leadId);
            render(decision, proposal.getFacts(), proposal.getEvidence(), proposal.getViolatedProvision(), actor);
            decidedAt = decision.getDecidedAt();
        } else {
            decidedAt = renderNoPenalty(leadId, actor);
        }
        String subject = subject(leadId);
        RunningClock serve = clocks.start(subject, DECISION_SERVE, decidedAt, actor);
        if (decided.filter(this::published).isPresent()) {
            clocks.start(subject, PUBLISH_DECISION, decidedAt, actor);
        }
        return serve.getDueAt();
    }

    /**
     * Renders the numbered decision document (Art. 59) for the decision with what it states about the facts; issuing
     * again returns the same document.
     */
    @Transactional
    public CaseDocument render(PenaltyDecision decision, String facts, String evidence, String violatedProvision,
                               String actor) {
        long leadId = decision.getLeadId();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("party", party(leadId).getName());
        fields.put("facts", facts);
        fields.put("evidence", evidence);
        fields.put("violatedProvision", violatedProvision);
        fields.put("legalBasis", decision.getPenalty().legalBasis());
        fields.put("penalty", decision.getPenalty().describe());
        fields.put("performance", decision.getPenalty().fineFen() > 0
                ? "自收到本决定书之日起十五日内，到指定银行或者通过电子支付系统缴纳罚款（第六十七条）。"
                : "自收到本决定书之日起履行。");
        CaseDocument document = documents.issue(penaltyCase(leadId).getId(), DocumentKind.DECISION,
                "decision/" + decision.getId(), fields, actor);
        decision.numbered(document.getNumber());
        return document;
    }

    /**
     * 不予行政处罚决定书 from the latest end-of-investigation review that concluded without penalty: the facts the
     * investigation found, the evidence on record, the ground's article, the head's reasons. Meets case.decide.
     */
    private Instant renderNoPenalty(long leadId, String actor) {
        PenaltyCase penaltyCase = penaltyCase(leadId);
        Map<String, Object> review = jdbc.queryForList("""
                select id, outcome, ground, opinion, reviewed_at from investigation_review
                where case_id = ? and outcome in ('NO_PENALTY', 'NOT_ESTABLISHED') order by id desc limit 1""",
                penaltyCase.getId()).stream().findFirst().orElseThrow(() -> DomainException.conflict("案件既无处罚决定，"
                + "也无不予处罚的审查结论。Lead " + leadId + " has neither a decision nor a no-penalty review to issue."));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("party", party(leadId).getName());
        fields.put("facts", jdbc.queryForList("select findings from investigation where case_id = ? order by id desc limit 1",
                String.class, penaltyCase.getId()).stream().findFirst().orElse("见调查终结报告"));
        fields.put("evidence", String.join("；", jdbc.queryForList(
                "select title from evidence_item where lead_id = ? order by id", String.class, leadId)));
        fields.put("legalBasis", NO_PENALTY_BASIS.get(review.get("ground") != null ? review.get("ground") : review.get("outcome")));
        fields.put("reasons", (String) review.get("opinion"));
        if (fields.get("evidence").isEmpty()) {
            fields.put("evidence", "见案卷");
        }
        documents.issue(penaltyCase.getId(), DocumentKind.NO_PENALTY_DECISION, "no-penalty/" + review.get("id"), fields,
                actor);
        clocks.stop(AuditLog.leadStream(leadId), CaseService.CASE_DECIDE, actor);
        return ((Timestamp) review.get("reviewed_at")).toInstant();
    }

    /** Records that the decision reached the party (once per case). Returns whether this call recorded it. */
    @Transactional
    public boolean recordService(long leadId, Instant servedAt, ServiceMethod method, boolean electronicConsent,
                                 String actor) {
        return jdbc.update("""
                insert into decision_service (lead_id, served_at, service_method, electronic_consent, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) on conflict (lead_id) do nothing""", leadId, Timestamp.from(servedAt),
                method.name(), electronicConsent, actor, Timestamp.from(clock.instant())) == 1;
    }

    /**
     * 送达 of the decision (Art. 61: electronic service only with the party's signed consent): stops decision.serve and
     * opens execution of a fine (fine.pay). The same service recorded again changes nothing.
     */
    @Transactional
    public Served served(long leadId, Instant servedAt, ServiceMethod method, boolean electronicConsent, String actor) {
        Optional<PenaltyDecision> decision = proceedings.decision(leadId);
        Instant decidedAt = decision.map(PenaltyDecision::getDecidedAt).orElseGet(() -> issuedAt(leadId));
        if (decision.isPresent() && decision.get().getDocumentNumber() == null) {
            throw DomainException.conflict("决定书尚未制作。The decision document of lead " + leadId + " is not issued yet.");
        }
        if (method == null || servedAt == null) {
            throw DomainException.invalid("须写明送达方式和时间。The service method and time are required.");
        }
        if (method == ServiceMethod.ELECTRONIC && !electronicConsent) {
            throw DomainException.invalid("电子送达须经当事人同意并签订确认书（第六十一条）。Electronic service needs the party's "
                    + "signed consent (Art. 61).");
        }
        if (servedAt.isBefore(decidedAt) || servedAt.isAfter(clock.instant())) {
            throw DomainException.invalid("送达时间须在决定之后、不晚于现在。The decision is served after it was made ("
                    + decidedAt + ") and not in the future.");
        }
        boolean recorded = recordService(leadId, servedAt, method, electronicConsent, actor);
        clocks.stop(subject(leadId), DECISION_SERVE, actor);
        decision.filter(d -> d.getPenalty().fineFen() > 0).ifPresent(d ->
                executions.decisionServed(leadId, d.getDocumentNumber(), servedAt, actor));
        if (recorded) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("decisionId", decision.map(PenaltyDecision::getId).orElse(null));
            after.put("servedAt", servedAt);
            after.put("method", method);
            after.put("electronicConsent", electronicConsent);
            PenaltyCase penaltyCase = penaltyCase(leadId);
            audit.append(AuditLog.caseStream(penaltyCase.getId()), actor, penaltyCase.getUnitPath(), "decision.served",
                    null, after);
        }
        return service(leadId);
    }

    /** When the no-penalty decision was issued (its document), for a case decided without penalty. */
    private Instant issuedAt(long leadId) {
        return jdbc.queryForList("select issued_at from document where lead_id = ? and kind = 'NO_PENALTY_DECISION'",
                Timestamp.class, leadId).stream().findFirst().map(Timestamp::toInstant).orElseThrow(() ->
                DomainException.conflict("决定书尚未制作。The decision document of lead " + leadId + " is not issued yet."));
    }

    /** Whether the case ended with a penalty decision (rather than a no-penalty decision). */
    @Transactional(readOnly = true)
    public boolean decided(long leadId) {
        return proceedings.decision(leadId).isPresent();
    }

    /** What the recorded service of the decision opened: payment (fine.pay), publication, finality. */
    @Transactional(readOnly = true)
    public Served service(long leadId) {
        Instant servedAt = jdbc.queryForList("select served_at from decision_service where lead_id = ?", Timestamp.class,
                leadId).stream().findFirst().map(Timestamp::toInstant).orElseThrow(() -> DomainException.conflict(
                "决定书尚未送达。The decision of lead " + leadId + " is not served."));
        Optional<RunningClock> payment = clock(AuditLog.leadStream(leadId), ExecutionService.FINE_PAY);
        Optional<RunningClock> publication = clock(subject(leadId), PUBLISH_DECISION);
        return new Served(payment.isPresent(), payment.map(RunningClock::getDueAt).orElse(null), publication.isPresent(),
                publication.map(RunningClock::getDueAt).orElse(null),
                LegalTime.endOf(LegalTime.dayOf(servedAt).plusMonths(LAWSUIT_WINDOW_MONTHS)));
    }

    /** Decisions under the general procedure are published (执法公示); the redaction withholds what must not be. */
    private boolean published(PenaltyDecision decision) {
        return decision.getProcedure() == PenaltyDecision.Procedure.GENERAL;
    }

    private Optional<RunningClock> clock(String subject, String clockId) {
        return clocks.of(List.of(subject)).stream().filter(c -> c.getClockId().equals(clockId)).findFirst();
    }

    private PenaltyCase penaltyCase(long leadId) {
        return cases.findByLeadId(leadId).orElseThrow(() -> DomainException.notFound("Case of lead", leadId));
    }

    private Party party(long leadId) {
        return parties.partyOf(leadId).orElseThrow(() -> DomainException.conflict("案件尚未登记当事人。Lead " + leadId
                + " names no party."));
    }

    /** The decision's own clocks (decision.serve, publish.decision, publish.withdraw) run on {@code lead/<id>/decision}. */
    public static String subject(long leadId) {
        return AuditLog.leadStream(leadId) + "/decision";
    }
}
