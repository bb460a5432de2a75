package org.uep.workers.coercive;

import io.camunda.client.CamundaClient;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.coercive.CoerciveMeasure;
import org.uep.domain.coercive.CoerciveMeasures;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.cases.PenaltyCaseRepository;
import org.uep.domain.outbox.EngineCommand;
import org.uep.processes.coercive.CoerciveMeasureProcess;
import org.uep.processes.coercive.CoerciveMeasureProcess.Variables;
import org.uep.workers.outbox.EngineCommandHandler;
import org.uep.workers.outbox.SingleInstanceStart;

/** Starts the process of a measure asked for, exactly once (a duplicate instance from a retry is cancelled). */
@Component
class CoerciveMeasureStarter implements EngineCommandHandler {

    private final CoerciveMeasures measures;
    private final PenaltyCaseRepository cases;
    private final CamundaClient client;

    CoerciveMeasureStarter(CoerciveMeasures measures, PenaltyCaseRepository cases, CamundaClient client) {
        this.measures = measures;
        this.cases = cases;
        this.client = client;
    }

    @Override
    public Set<EngineCommand.Kind> kinds() {
        return Set.of(EngineCommand.Kind.START_MEASURE);
    }

    @Override
    public void send(EngineCommand command) {
        CoerciveMeasure measure = measures.get(command.getTargetId());
        if (measure.processInstanceKey() != null) {
            return;
        }
        PenaltyCase penaltyCase = cases.findByLeadId(measure.leadId()).orElseThrow();
        SingleInstanceStart.start(client, CoerciveMeasureProcess.PROCESS_ID,
                Map.of(Variables.MEASURE_ID, measure.id(), Variables.LEAD_ID, measure.leadId(),
                        Variables.CASE_ID, penaltyCase.getId(), Variables.UNIT_PATH, penaltyCase.getUnitPath(),
                        Variables.APPROVAL_DUE_AT, LegalTime.forEngine(measure.approvalDueAt())),
                key -> measures.bindProcessInstance(measure.id(), key), "Coercive measure " + measure.id());
    }
}
