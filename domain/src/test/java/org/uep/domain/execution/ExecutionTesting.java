package org.uep.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uep.domain.testing.SettableClock.shanghai;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseService;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.organisation.Directory;
import org.uep.domain.organisation.OfficerEntry;
import org.uep.domain.party.PartyKind;
import org.uep.domain.penalty.Penalty;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.domain.testing.SettableClock;
import org.uep.domain.testing.SettableTime;

/** Served decisions with a fine, on the shipped 2026 calendar, for the execution tests (shared Spring context). */
@TestConfiguration(proxyBeanMethods = false)
@Import(SettableTime.class)
class ExecutionTesting {

    static final String OFFICER = "officer.dinghai1";
    static final String HEAD = "head.dinghai";
    /** ¥200, the summary-procedure limit for a person: 3 %/day = 600 fen. */
    static final long FINE = 20_000;
    static final Caller COLLECTOR = new Caller("service-account-uep-collection", "uep-collection", List.of(),
            Set.of(AccessPolicy.PAYMENT_COLLECTOR), Credentials.NONE);
    static final Caller FINANCE = new Caller("finance.dinghai", "finance.dinghai", List.of(Callers.DINGHAI),
            Set.of(AccessPolicy.FINANCE), Credentials.NONE);

    @Bean
    Fixture executionFixture(Dossiers dossiers, CaseService cases, PenaltyProceedings proceedings,
                             ExecutionService executions, StatutoryClocks clocks, Directory directory, JdbcTemplate jdbc,
                             SettableClock clock) {
        return new Fixture(dossiers, cases, proceedings, executions, clocks, directory, jdbc, clock);
    }

    record Fixture(Dossiers dossiers, CaseService cases, PenaltyProceedings proceedings, ExecutionService executions,
                   StatutoryClocks clocks, Directory directory, JdbcTemplate jdbc, SettableClock clock) {

        /** A ¥200 fine decided on the spot and served at {@code servedAt} (Shanghai); the clock is left there. */
        Execution served(String servedAt) {
            clock.set(servedAt);
            long lead = dossiers.registeredLead().getId();
            cases.file(lead);
            proceedings.decideOnTheSpot(lead, PartyKind.NATURAL_PERSON, new Penalty(List.of(Penalty.Measure.of(
                    Penalty.Kind.FINE, FINE)), "《城市市容和环境卫生管理条例》第三十六条", Penalty.DiscretionTier.ORDINARY, false), OFFICER);
            return executions.decisionServed(lead, "定综执罚〔2026〕" + lead + "号", shanghai(servedAt), OFFICER);
        }

        /** The head of the Dinghai comprehensive team, as the directory knows them after a sync. */
        void headKnown() {
            directory.recordLogin(new OfficerEntry(HEAD, HEAD, Callers.DINGHAI, List.of(Callers.DINGHAI), Set.of("head"),
                    Credentials.certificate("ZJ-" + HEAD, LocalDate.of(2030, 12, 31))), Instant.now());
        }

        long caseOf(Execution execution) {
            return jdbc.queryForObject("select id from penalty_case where lead_id = ?", Long.class, execution.getLeadId());
        }

        RunningClock clock(Execution execution, String clockId) {
            return clocks.of(List.of(AuditLog.leadStream(execution.getLeadId()))).stream()
                    .filter(c -> c.getClockId().equals(clockId)).findFirst().orElseThrow();
        }

        /** The dossier's audit trail, payments, arrangements, challenges, clocks and engine commands, for "changes nothing". */
        String snapshot(Execution execution) {
            long lead = execution.getLeadId();
            return jdbc.queryForList("select id from audit_event where stream = ? order by id", Long.class,
                    AuditLog.leadStream(lead))
                    + "|" + jdbc.queryForList("select row(e.*)::text from execution e where id = ?", String.class, execution.getId())
                    + "|" + jdbc.queryForList("select row(p.*)::text from payment p where execution_id = ? order by id", String.class,
                    execution.getId())
                    + "|" + jdbc.queryForList("select row(a.*)::text from payment_arrangement a where execution_id = ? order by id",
                    String.class, execution.getId())
                    + "|" + jdbc.queryForList("select row(c.*)::text from execution_challenge c where execution_id = ? order by id",
                    String.class, execution.getId())
                    + "|" + jdbc.queryForList("select row(r.*)::text from running_clock r where subject = ? order by id", String.class,
                    AuditLog.leadStream(lead))
                    + "|" + jdbc.queryForList("select row(c.kind, c.target_id)::text from engine_command c where (kind like 'CLOCK%' and "
                    + "target_id in (select id from running_clock where subject = ?)) or (kind = 'PAYMENT_RECORDED' and target_id in "
                    + "(select id from payment where execution_id = ?)) order by id", String.class, AuditLog.leadStream(lead),
                    execution.getId());
        }

        /** The act is refused with {@code kind} and {@code message}, and changes nothing. */
        void refused(Execution execution, ThrowingCallable act, DomainException.Kind kind, String message) {
            String before = snapshot(execution);
            assertThatThrownBy(act).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(kind))
                    .hasMessageContaining(message);
            assertThat(snapshot(execution)).as("a refusal changes nothing").isEqualTo(before);
        }

        long paymentCommands(Execution execution) {
            return jdbc.queryForObject("select count(*) from engine_command where kind = 'PAYMENT_RECORDED' and target_id in "
                    + "(select id from payment where execution_id = ?)", Long.class, execution.getId());
        }
    }
}
