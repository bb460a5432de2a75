package org.uep.workers.coercive;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseService;
import org.uep.domain.coercive.CoerciveMeasure;
import org.uep.domain.coercive.CoerciveMeasures;
import org.uep.domain.lead.Lead;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.processes.coercive.CoerciveMeasureProcess;
import org.uep.workers.WorkersTest;

/** The measure's start command and its release job, each delivered twice: one instance, one release. */
@WorkersTest
class CoerciveMeasureWorkersTest {

    @Autowired CoerciveMeasureStarter starter;
    @Autowired CoerciveMeasureWorkers workers;
    @Autowired CoerciveMeasures measures;
    @Autowired CaseService cases;
    @Autowired Dossiers dossiers;
    @Autowired EngineOutbox outbox;
    @Autowired CamundaClient client;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aRedeliveredStartStartsOneInstanceAndARedeliveredReleaseReleasesOnce() {
        client.newDeployResourceCommand().addResourceFromClasspath(CoerciveMeasureProcess.RESOURCE).send().join();
        Lead lead = dossiers.registeredLead();
        cases.file(lead.getId());
        CoerciveMeasure asked = measures.request(lead.getId(), new CoerciveMeasures.Request(CoerciveMeasure.Kind.SEIZURE,
                "烧烤炉一台", "解放路", "防止转移"), Callers.officer("officer.dinghai1"));
        EngineCommand start = outbox.find(EngineCommand.Kind.START_MEASURE, asked.id()).orElseThrow();

        starter.send(start);
        Long instance = measures.get(asked.id()).processInstanceKey();
        starter.send(start);
        assertThat(instance).isNotNull();
        assertThat(measures.get(asked.id()).processInstanceKey()).isEqualTo(instance);

        measures.approved(instance, true, "head.dinghai");
        dossiers.knownOfficer("officer.dinghai2", LocalDate.of(2030, 12, 31));
        measures.taken(instance, new CoerciveMeasures.Taking(Instant.now(), List.of("officer.dinghai1", "officer.dinghai2"),
                "现场笔录"), Callers.officer("officer.dinghai1"));
        workers.releaseExpired(asked.id());
        workers.releaseExpired(asked.id());

        assertThat(measures.get(asked.id()).status()).isEqualTo(CoerciveMeasure.Status.RELEASED_ON_EXPIRY);
        assertThat(jdbc.queryForList("select action from audit_event where stream = ? and action like 'coercive.%' order by id",
                String.class, AuditLog.leadStream(lead.getId())))
                .containsExactly("coercive.requested", "coercive.approved", "coercive.taken", "coercive.released-on-expiry");
    }
}
