package org.uep.processes.clock;

/**
 * Contract of {@code bpmn/statutory-clock.bpmn} (法定时限 Statutory clock): the pattern every process uses to watch
 * a statutory clock of the domain, as a call activity or copied into the process. Workers, the domain's message
 * publisher and tests use these constants, never string literals.
 *
 * <p>How it works. Zeebe evaluates a timer's {@code timeDate} only when the timer is armed (when its event-based
 * gateway or its scope is entered), so a changed variable does not move an armed timer. The watcher therefore waits
 * at an event-based gateway and, after every wake-up that does not end it (the reminder was sent, the clock moved),
 * flows back to {@link Elements#ARM_TIMERS_JOIN} and enters the gateway again: the timers are armed afresh from the
 * current {@link Variables#REMINDER_AT} and {@link Variables#DUE_AT}; the old ones were cancelled when the gateway
 * was left.
 * <ul>
 *   <li>Reminder (due soon): at {@code reminderAt}, once per reminderAt value. {@link Elements#SEND_REMINDER}
 *       records {@link Variables#REMINDED_FOR}; {@link Elements#CLOCK_STATE_GATEWAY} routes to the gateway
 *       without the reminder timer ({@link Elements#AWAIT_DUE}) when there is nothing left to remind, so a re-arm
 *       with an unchanged (past) reminderAt does not repeat the reminder, and a new reminderAt reminds again.</li>
 *   <li>Escalation: at {@code dueAt}, {@link Elements#ESCALATE_OVERDUE}, then the watcher ends
 *       ({@link Elements#CLOCK_EXPIRED}); the overdue clock and its "met late" stop are the domain's. A calling
 *       process sees {@link Variables#ESCALATED_FOR} set.</li>
 *   <li>Move (pause, extension, recomputation): the domain publishes {@link Messages#CLOCK_MOVED} with the clock's
 *       new {@code reminderAt} and {@code dueAt}; output mappings on the catch events put them into the process
 *       scope, and the watcher re-arms. A pause is reported as a move to no instants ({@code dueAt} and
 *       {@code reminderAt} null): the watcher waits at {@link Elements#AWAIT_RESUME} with no timer until the
 *       resume moves the clock again.</li>
 *   <li>Stop (the clock is met, or its step ended): {@link Messages#CLOCK_STOPPED} ends the watcher
 *       ({@link Elements#CLOCK_MET}).</li>
 * </ul>
 * Both messages are correlated by {@link Variables#CLOCK_ID}. Publish them with a time to live (e.g. until the due
 * instant): while the watcher is at {@link Elements#SEND_REMINDER} it has no open subscription, and a buffered
 * message is correlated when the next gateway opens its subscriptions (a message is correlated to the watcher at
 * most once, so the loop does not pick it up twice).
 */
public final class StatutoryClockProcess {

    public static final String PROCESS_ID = "statutory-clock";
    public static final String RESOURCE = "bpmn/statutory-clock.bpmn";

    private StatutoryClockProcess() {}

    /** BPMN element ids. */
    public static final class Elements {
        /** 时限起算 Clock started. */
        public static final String CLOCK_STARTED = "clockStarted";
        /** Join every re-arm comes back to (start, reminder sent, clock moved). */
        public static final String ARM_TIMERS_JOIN = "armTimersJoin";
        /**
         * 时限状态？ Clock state? Paused ({@code dueAt = null}), reminder pending
         * ({@code reminderAt != null and reminderAt != remindedFor}) or no reminder pending.
         */
        public static final String CLOCK_STATE_GATEWAY = "clockStateGateway";

        /** Event-based gateway while a reminder is pending: reminder, due, move or stop. */
        public static final String AWAIT_REMINDER_OR_DUE = "awaitReminderOrDue";
        /** 提醒时点已到 Reminder instant reached: timer at {@code =reminderAt}. */
        public static final String REMINDER_TIMER = "reminderTimer";
        /** 发送到期提醒 Send due-soon reminder (service task {@link JobTypes#REMIND}). */
        public static final String SEND_REMINDER = "sendReminder";
        /** 期限届满 Due instant reached: timer at {@code =dueAt}, while a reminder is pending. */
        public static final String DUE_TIMER = "dueTimer";
        /** 时限变更 Clock moved, while a reminder is pending. */
        public static final String CLOCK_MOVED = "clockMoved";
        /** 时限停止 Clock stopped, while a reminder is pending. */
        public static final String CLOCK_STOPPED = "clockStopped";

        /** Event-based gateway with no reminder pending (sent, or none): due, move or stop. */
        public static final String AWAIT_DUE = "awaitDue";
        /** 期限届满 Due instant reached: timer at {@code =dueAt}, no reminder pending. */
        public static final String DUE_TIMER_WITHOUT_REMINDER = "dueTimerWithoutReminder";
        /** 时限变更 Clock moved, no reminder pending. */
        public static final String CLOCK_MOVED_WITHOUT_REMINDER = "clockMovedWithoutReminder";
        /** 时限停止 Clock stopped, no reminder pending. */
        public static final String CLOCK_STOPPED_WITHOUT_REMINDER = "clockStoppedWithoutReminder";

        /** Event-based gateway while the clock is paused (no due instant): move (resume) or stop, no timer. */
        public static final String AWAIT_RESUME = "awaitResume";
        /** 时限变更 Clock moved while paused (usually the resume). */
        public static final String CLOCK_MOVED_WHILE_PAUSED = "clockMovedWhilePaused";
        /** 时限停止 Clock stopped while paused. */
        public static final String CLOCK_STOPPED_WHILE_PAUSED = "clockStoppedWhilePaused";

        /** Join of the two due timers. */
        public static final String DUE_JOIN = "dueJoin";
        /** 逾期升级 Escalate overdue clock (service task {@link JobTypes#ESCALATE}). */
        public static final String ESCALATE_OVERDUE = "escalateOverdue";
        /** 时限已届满 Clock expired: end after the escalation. */
        public static final String CLOCK_EXPIRED = "clockExpired";
        /** Join of the two stop events. */
        public static final String STOPPED_JOIN = "stoppedJoin";
        /** 时限已满足 Clock met: end after {@link Messages#CLOCK_STOPPED}. */
        public static final String CLOCK_MET = "clockMet";
        /** 需要督办？ Follow up? Yes when the watcher was started for a unit ({@link Variables#ESCALATE_TO}). */
        public static final String FOLLOW_UP_GATEWAY = "followUpGateway";
        /** 超期督办 Follow up overdue clock: head of {@link Variables#ESCALATE_TO}, due at the expired dueAt. */
        public static final String FOLLOW_UP_OVERDUE_CLOCK = "followUpOverdueClock";
        /** Interrupting {@link Messages#CLOCK_STOPPED} on {@link #FOLLOW_UP_OVERDUE_CLOCK}: the step was done, late. */
        public static final String CLOCK_STOPPED_DURING_FOLLOW_UP = "clockStoppedDuringFollowUp";
        public static final String OVERDUE_FOLLOWED_UP = "overdueFollowedUp";
        public static final String FOLLOW_UP_WITHDRAWN = "followUpWithdrawn";

        private Elements() {}
    }

    /** Job types of the service tasks. */
    public static final class JobTypes {
        /** The platform sends the due-soon reminder of the clock (variables: clockId, reminderAt, dueAt). */
        public static final String REMIND = "uep.clock.remind";
        /** The platform escalates the overdue clock (variables: clockId, dueAt). */
        public static final String ESCALATE = "uep.clock.escalate";

        private JobTypes() {}
    }

    /** Messages the domain publishes, correlation key {@link Variables#CLOCK_ID}. */
    public static final class Messages {
        /** The clock was paused, extended or recomputed; variables: the new {@code reminderAt} and {@code dueAt}. */
        public static final String CLOCK_MOVED = "uep.clock.moved";
        /** The clock is met (or its step ended): the watcher ends without escalation. */
        public static final String CLOCK_STOPPED = "uep.clock.stopped";

        private Messages() {}
    }

    /** Form keys: the follow-up is the same head's instruction as the penalty case's overdue escalation. */
    public static final class Forms {
        public static final String FOLLOW_UP = "uep:overdue-escalation";

        private Forms() {}
    }

    /** Process variables. The domain sets the clock ones; the process only reads them. */
    public static final class Variables {
        /** Set at start: the clock instance's id in PostgreSQL; correlation key of both messages. */
        public static final String CLOCK_ID = "clockId";
        /**
         * Set at start and by {@link Messages#CLOCK_MOVED}: the due-soon instant, ISO-8601 date-time with offset
         * ({@code 2026-03-01T00:00:00+08:00}); null = no reminder. Always formatted the same way by the domain: the
         * once-per-value rule compares the strings.
         */
        public static final String REMINDER_AT = "reminderAt";
        /** Set at start and by {@link Messages#CLOCK_MOVED}: the due instant, ISO-8601 date-time with offset; null while paused. */
        public static final String DUE_AT = "dueAt";
        /** Set by the model when the reminder was sent: the reminderAt it was sent for. */
        public static final String REMINDED_FOR = "remindedFor";
        /** Set by the model when the clock was escalated: the dueAt that expired. */
        public static final String ESCALATED_FOR = "escalatedFor";
        /**
         * Set at start for a watcher the platform starts for a clock on its own (not called by a process): the unit
         * path whose head follows the overdue clock up; absent when called.
         */
        public static final String ESCALATE_TO = "escalateTo";
        /** Set at start with {@link #ESCALATE_TO}: the dossier's lead, for the follow-up task in the inbox. */
        public static final String LEAD_ID = "leadId";

        private Variables() {}
    }
}
