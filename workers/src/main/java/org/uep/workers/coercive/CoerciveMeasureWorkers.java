package org.uep.workers.coercive;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.coercive.CoerciveMeasure;
import org.uep.domain.coercive.CoerciveMeasures;
import org.uep.domain.tasks.ApprovalRecord.Outcome;
import org.uep.domain.tasks.InboxTask;
import org.uep.processes.coercive.CoerciveMeasureProcess.Forms;
import org.uep.processes.coercive.CoerciveMeasureProcess.JobTypes;
import org.uep.processes.coercive.CoerciveMeasureProcess.Variables;
import org.uep.workers.inbox.TaskResults;

/** The coercive-measure process: its one service task, and what its forms hand back (read from the measure on record). */
@Component
public class CoerciveMeasureWorkers implements TaskResults {

    private final CoerciveMeasures measures;

    CoerciveMeasureWorkers(CoerciveMeasures measures) {
        this.measures = measures;
    }

    /** 到期解除: the clock ran out with no conclusion; the measure is released by law (once). */
    @JobWorker(type = JobTypes.RELEASE_EXPIRED)
    public void releaseExpired(@Variable(name = Variables.MEASURE_ID) long measureId) {
        measures.releasedOnExpiry(measureId);
    }

    @Override
    public boolean handles(String formKey) {
        return formKey.startsWith("uep:coercive-measure-");
    }

    @Override
    public Map<String, Object> variables(InboxTask task) {
        CoerciveMeasure measure = measures.ofInstance(task.getProcessInstanceKey());
        return switch (task.getFormKey()) {
            case Forms.APPROVAL -> Outcome.APPROVE.name().equals(task.getOutcome())
                    ? Map.of(Variables.MEASURE_APPROVED, true,
                            Variables.TAKE_DUE_AT, LegalTime.forEngine(CoerciveMeasures.takeDueAt(measure)))
                    : Map.of(Variables.MEASURE_APPROVED, false);
            case Forms.RECORD -> measure.takenAt() == null
                    ? Map.of(Variables.MEASURE_TAKEN, false)
                    : Map.of(Variables.MEASURE_TAKEN, true, Variables.MEASURE_DUE_AT, dueAt(measure));
            case Forms.EXTENSION -> Map.of(Variables.MEASURE_DUE_AT, dueAt(measure));
            default -> Map.of(Variables.MEASURE_CONCLUSION, task.getOutcome());
        };
    }

    private String dueAt(CoerciveMeasure measure) {
        return LegalTime.forEngine(measures.concludeBy(measure));
    }
}
