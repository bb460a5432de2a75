package org.uep.domain.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.party.FreshIdentifiers;
import org.uep.domain.party.IdentifierType;
import org.uep.domain.party.PartyDetails;
import org.uep.domain.party.PartyKind;
import org.uep.domain.penalty.Penalty;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.testing.Callers;

/**
 * The summary procedure against PostgreSQL: within the limits a dossier with its pre-numbered decision and the filing
 * clock; above them, cash above the cash limit, or without a valid certificate, refused with nothing left behind.
 */
@DomainTest
class SummaryProcedureTest {

    private static final Caller OFFICER = Callers.officer("officer.dinghai1");

    @Autowired SummaryProcedure summary;
    @Autowired PenaltyProceedings proceedings;
    @Autowired StatutoryClocks clocks;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aFineWithinTheLimitIsDecidedNumberedServedAndFiled() {
        SummaryProcedure.Decided decided = summary.decide(onTheSpot(PartyKind.NATURAL_PERSON, 20_000, false), OFFICER);
        assertThat(summary.isOnTheSpot(decided.leadId())).isTrue();
        assertThat(proceedings.decision(decided.leadId()).orElseThrow().getProcedure())
                .isEqualTo(org.uep.domain.penalty.PenaltyDecision.Procedure.SUMMARY);

        Instant filingDue = summary.issue(decided.leadId(), AuditLog.SYSTEM);
        assertThat(summary.issue(decided.leadId(), AuditLog.SYSTEM)).as("issued once").isEqualTo(filingDue);
        assertThat(proceedings.decision(decided.leadId()).orElseThrow().getDocumentNumber())
                .matches("定综执罚决字〔\\d{4}〕第\\d+号");
        assertThat(jdbc.queryForObject("select count(*) from execution where lead_id = ?", Integer.class,
                decided.leadId())).as("paid at the bank: fine.pay runs").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from running_clock where subject = ? and clock_id = 'case.decide'",
                Integer.class, AuditLog.leadStream(decided.leadId()))).as("decided already: no case.decide").isZero();

        summary.filed(decided.leadId(), Instant.now(), "officer.dinghai1");
        assertThat(clocks.of(List.of(AuditLog.leadStream(decided.leadId()))).stream()
                .filter(c -> c.getClockId().equals(SummaryProcedure.SUMMARY_FILE)).findFirst().orElseThrow()
                .getStoppedAt()).isNotNull();
        summary.reviewed(decided.leadId(), false, "head.dinghai");
        assertThatThrownBy(() -> summary.reviewed(decided.leadId(), true, "head.dinghai"))
                .as("a returned filing must be filed again").hasMessageContaining("is not filed");
        summary.filed(decided.leadId(), Instant.now(), "officer.dinghai1");
        summary.reviewed(decided.leadId(), true, "head.dinghai");
    }

    @Test
    void aboveTheSummaryLimitOrCashAboveTheCashLimitOrWithoutACertificateIsRefusedAndLeavesNothing() {
        refused(() -> summary.decide(onTheSpot(PartyKind.NATURAL_PERSON, 20_001, false), OFFICER), "needs the general procedure");
        refused(() -> summary.decide(onTheSpot(PartyKind.NATURAL_PERSON, 15_000, true), OFFICER), "(Art. 68)");
        Caller expired = new Caller("officer.expired", "officer.expired", List.of(Callers.DINGHAI), Set.of("officer"),
                Credentials.certificate("ZJ-X", LocalDate.of(2020, 1, 1)));
        refused(() -> summary.decide(onTheSpot(PartyKind.NATURAL_PERSON, 5_000, false), expired), "(Art. 52)");
        assertThat(summary.decide(onTheSpot(PartyKind.ORGANISATION, 300_000, false), OFFICER).decisionId())
                .as("an organisation's limit is ¥3,000").isPositive();
    }

    private void refused(ThrowingCallable act, String english) {
        String before = counts();
        assertThatThrownBy(act).isInstanceOf(DomainException.class).hasMessageContaining(english);
        assertThat(counts()).as("a refusal leaves nothing behind").isEqualTo(before);
    }

    private String counts() {
        return jdbc.queryForList("""
                select (select count(*) from lead) leads, (select count(*) from penalty_case) cases,
                       (select count(*) from penalty_decision) decisions, (select count(*) from summary_penalty) summaries,
                       (select count(*) from dossier_party) named, (select count(*) from engine_command) commands""")
                .toString();
    }

    private static SummaryProcedure.OnTheSpot onTheSpot(PartyKind kind, long fineFen, boolean cash) {
        PartyDetails party = kind == PartyKind.NATURAL_PERSON
                ? new PartyDetails(kind, IdentifierType.RESIDENT_ID, FreshIdentifiers.residentId(), "李四", null, null)
                : new PartyDetails(kind, IdentifierType.USCC, FreshIdentifiers.uscc(), "某某餐饮有限公司",
                        null, null);
        return new SummaryProcedure.OnTheSpot(Callers.DINGHAI, party, new Penalty(List.of(Penalty.Measure.of(
                Penalty.Kind.FINE, fineFen)), "《城市市容和环境卫生管理条例》第三十六条", Penalty.DiscretionTier.ORDINARY, false),
                "店外占道经营", "《浙江省市容环境卫生管理条例》第十七条", "定海区解放路", cash);
    }
}
