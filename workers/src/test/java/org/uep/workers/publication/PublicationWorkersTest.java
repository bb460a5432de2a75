package org.uep.workers.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.execution.Deferrals;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.publication.Publications;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.ServedDecisions;
import org.uep.workers.WorkersTest;
import org.uep.workers.outbox.EngineCommandHandler;
import org.uep.workers.penalty.CloseCaseWorker;

/** Jobs and outbox commands (ExecutionMessagePublisher) after the decision's service are delivered at least once; each effect happens once. */
@WorkersTest
class PublicationWorkersTest {

    @Autowired PublicationWorkers workers;
    @Autowired CloseCaseWorker closeCase;
    @Autowired Publications publications;
    @Autowired Deferrals deferrals;
    @Autowired ServedDecisions decisions;
    @Autowired EngineOutbox outbox;
    @Autowired List<EngineCommandHandler> handlers;
    @Autowired JdbcTemplate jdbc;

    @Test
    void redeliveredPublishAndWithdrawJobsPublishAndWithdrawOnce() {
        long caseId = decisions.served(ServedDecisions.ADULT);
        long lead = leadOf(caseId);

        workers.publishDecision(lead);
        workers.publishDecision(lead);
        assertThat(count("select count(*) from document where case_id = ? and kind = 'PUBLICATION'", caseId)).isEqualTo(1);

        publications.revoke(caseId, Instant.now(), "舟山市定海区人民政府", "行政复议决定撤销", Callers.head(ServedDecisions.HEAD));
        workers.withdrawPublication(lead);
        workers.withdrawPublication(lead);
        assertThat(jdbc.queryForObject("select status from publication where lead_id = ?", String.class, lead))
                .isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForList("select action from audit_event where stream = ? and action like 'publication.%' order by id",
                String.class, AuditLog.caseStream(caseId))).containsExactly("publication.published", "publication.withdrawn");
    }

    @Test
    void aRedeliveredCloseJobRendersOneClosingReport() {
        long caseId = decisions.served(ServedDecisions.ADULT);

        closeCase.closeCase(caseId);
        closeCase.closeCase(caseId);

        assertThat(count("select count(*) from document where case_id = ? and kind = 'CLOSING_REPORT'", caseId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from penalty_case where id = ?", String.class, caseId)).isEqualTo("CLOSED");
    }

    @Test
    void theDeferralAndRevocationMessagesMayBeSentTwice() {
        long caseId = decisions.served(ServedDecisions.ADULT);
        long deferral = deferrals.apply(caseId, LocalDate.now().plusDays(40), null, Instant.now(),
                Callers.officer(ServedDecisions.OFFICER)).getId();
        long revocation = publications.revoke(caseId, Instant.now(), "舟山市定海区人民法院", "判决撤销",
                Callers.head(ServedDecisions.HEAD)).id();

        for (EngineCommand command : List.of(outbox.find(EngineCommand.Kind.DEFERRAL_REQUESTED, deferral).orElseThrow(),
                outbox.find(EngineCommand.Kind.DECISION_REVOKED, revocation).orElseThrow())) {
            EngineCommandHandler handler = handlers.stream().filter(h -> h.kinds().contains(command.getKind())).findFirst()
                    .orElseThrow();
            handler.send(command);
            handler.send(command);
        }
    }

    private long leadOf(long caseId) {
        return jdbc.queryForObject("select lead_id from penalty_case where id = ?", Long.class, caseId);
    }

    private long count(String sql, long caseId) {
        return jdbc.queryForObject(sql, Long.class, caseId);
    }
}
