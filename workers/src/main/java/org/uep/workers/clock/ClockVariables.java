package org.uep.workers.clock;

import java.util.HashMap;
import java.util.Map;
import org.uep.domain.clock.ClockWatch;
import org.uep.processes.clock.StatutoryClockProcess.Variables;

/** A clock as the statutory-clock pattern reads it: clockId, reminderAt and dueAt (null values kept: no reminder, paused). */
public final class ClockVariables {

    private ClockVariables() {}

    public static Map<String, Object> of(ClockWatch watch) {
        Map<String, Object> variables = instants(watch);
        variables.put(Variables.CLOCK_ID, watch.clockId());
        return variables;
    }

    /** What a {@code uep.clock.moved} message carries. */
    static Map<String, Object> instants(ClockWatch watch) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(Variables.REMINDER_AT, watch.reminderAt());
        variables.put(Variables.DUE_AT, watch.dueAt());
        return variables;
    }
}
