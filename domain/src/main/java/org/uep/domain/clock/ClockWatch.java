package org.uep.domain.clock;

/**
 * What a process watching a statutory clock needs, in the form BPMN timers take ({@link LegalTime#forEngine}):
 * the clock's id (the correlation key of its messages), when it becomes due soon (null: no reminder, the clock is
 * due soon from its start) and when it is due. Both instants are null while the clock is paused.
 */
public record ClockWatch(String clockId, String reminderAt, String dueAt) {}
