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
     * 制发决定书: renders the numbered decision (once: a repeated call returns the same document) and starts
     * decision.serve, and publish.decision for a decision to be published. Returns when decision.serve is due.
     */
    @Transactional
    public Instant issue(long leadId, String actor) {
        PenaltyDecision decision = proceedings.decision(leadId).orElseThrow(() -> DomainException.conflict(
                "案件尚未作出处罚决定。Lead " + leadId + " has no decision to issue."));
        PenaltyCase penaltyCase = penaltyCase(leadId);
        PenaltyProposal proposal = gate.current(leadId);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("party", party(leadId).getName());
        fields.put("facts", proposal.getFacts());
        fields.put("evidence", proposal.getEvidence());
        fields.put("violatedProvision", proposal.getViolatedProvision());
        fields.put("legalBasis", decision.getPenalty().legalBasis());
        fields.put("penalty", decision.getPenalty().describe());
        fields.put("performance", decision.getPenalty().fineFen() > 0
                ? "自收到本决定书之日起十五日内，到指定银行或者通过电子支付系统缴纳罚款（第六十七条）。"
                : "自收到本决定书之日起履行。");
        CaseDocument document = documents.issue(penaltyCase.getId(), DocumentKind.DECISION, "decision/" + decision.getId(),
                fields, actor);
        decision.numbered(document.getNumber());
        String subject = subject(leadId);
        RunningClock serve = clocks.start(subject, DECISION_SERVE, decision.getDecidedAt(), actor);
        if (published(decision)) {
            clocks.start(subject, PUBLISH_DECISION, decision.getDecidedAt(), actor);
        }
        return serve.getDueAt();
    }

    /**
     * 送达 of the decision (Art. 61: electronic service only with the party's signed consent): stops decision.serve and
     * opens execution of a fine (fine.pay). The same service recorded again changes nothing.
     */
    @Transactional
    public Served served(long leadId, Instant servedAt, ServiceMethod method, boolean electronicConsent, String actor) {
        PenaltyDecision decision = proceedings.decision(leadId).orElseThrow(() -> DomainException.conflict(
                "案件尚未作出处罚决定。Lead " + leadId + " has no decision to serve."));
        if (decision.getDocumentNumber() == null) {
            throw DomainException.conflict("决定书尚未制作。The decision document of lead " + leadId + " is not issued yet.");
        }
        if (method == null || servedAt == null) {
            throw DomainException.invalid("须写明送达方式和时间。The service method and time are required.");
        }
        if (method == ServiceMethod.ELECTRONIC && !electronicConsent) {
            throw DomainException.invalid("电子送达须经当事人同意并签订确认书（第六十一条）。Electronic service needs the party's "
                    + "signed consent (Art. 61).");
        }
        if (servedAt.isBefore(decision.getDecidedAt()) || servedAt.isAfter(clock.instant())) {
            throw DomainException.invalid("送达时间须在决定之后、不晚于现在。The decision is served after it was made ("
                    + decision.getDecidedAt() + ") and not in the future.");
        }
        int recorded = jdbc.update("""
                insert into decision_service (lead_id, served_at, service_method, electronic_consent, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?) on conflict (lead_id) do nothing""", leadId, Timestamp.from(servedAt),
                method.name(), electronicConsent, actor, Timestamp.from(clock.instant()));
        clocks.stop(subject(leadId), DECISION_SERVE, actor);
        if (decision.getPenalty().fineFen() > 0) {
            executions.decisionServed(leadId, decision.getDocumentNumber(), servedAt, actor);
        }
        if (recorded == 1) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("decisionId", decision.getId());
            after.put("number", decision.getDocumentNumber());
            after.put("servedAt", servedAt);
            after.put("method", method);
            after.put("electronicConsent", electronicConsent);
            PenaltyCase penaltyCase = penaltyCase(leadId);
            audit.append(AuditLog.caseStream(penaltyCase.getId()), actor, penaltyCase.getUnitPath(), "decision.served",
                    null, after);
        }
        return service(leadId);
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
