package org.uep.workers.clock;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.processes.clock.StatutoryClockProcess.JobTypes;
import org.uep.processes.clock.StatutoryClockProcess.Variables;

/** 到期提醒: the watched clock is due soon; recorded once per reminder instant (the console's notices read it). */
@Component
public class ClockReminderWorker {

    private final StatutoryClocks clocks;

    ClockReminderWorker(StatutoryClocks clocks) {
        this.clocks = clocks;
    }

    @JobWorker(type = JobTypes.REMIND)
    public void remind(@Variable(name = Variables.CLOCK_ID) String clockId,
                       @Variable(name = Variables.REMINDER_AT) String reminderAt) {
        clocks.reminded(Long.parseLong(clockId), OffsetDateTime.parse(reminderAt).toInstant());
    }
}
