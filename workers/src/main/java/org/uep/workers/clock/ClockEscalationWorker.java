package org.uep.workers.clock;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.processes.clock.StatutoryClockProcess.JobTypes;
import org.uep.processes.clock.StatutoryClockProcess.Variables;

/**
 * 逾期升级: the watched clock expired; recorded once per due instant. The calling process decides what the
 * escalation means for its step (e.g. a task for the head of the unit).
 */
@Component
public class ClockEscalationWorker {

    private final StatutoryClocks clocks;

    ClockEscalationWorker(StatutoryClocks clocks) {
        this.clocks = clocks;
    }

    @JobWorker(type = JobTypes.ESCALATE)
    public void escalate(@Variable(name = Variables.CLOCK_ID) String clockId,
                         @Variable(name = Variables.DUE_AT) String dueAt) {
        clocks.escalated(Long.parseLong(clockId), OffsetDateTime.parse(dueAt).toInstant());
    }
}
