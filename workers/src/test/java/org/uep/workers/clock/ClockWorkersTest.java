package org.uep.workers.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.clock.ClockWatch;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.workers.WorkersTest;

/** Jobs are delivered at least once: a reminder or escalation job run twice is recorded once. */
@WorkersTest
class ClockWorkersTest {

    @Autowired ClockReminderWorker reminder;
    @Autowired ClockEscalationWorker escalation;
    @Autowired StatutoryClocks clocks;
    @Autowired AuditEventRepository audit;

    @Test
    void redeliveredReminderAndEscalationJobsAreRecordedOnce() {
        String subject = "test/" + UUID.randomUUID();
        RunningClock running = clocks.start(subject, "lead.verify", Instant.parse("2025-09-19T02:00:00Z"), "test");
        ClockWatch watch = clocks.watch(running);

        reminder.remind(watch.clockId(), watch.reminderAt());
        reminder.remind(watch.clockId(), watch.reminderAt());
        escalation.escalate(watch.clockId(), watch.dueAt());
        escalation.escalate(watch.clockId(), watch.dueAt());

        assertThat(audit.findByStreamOrderById(subject)).extracting(e -> e.getAction())
                .containsExactly("clock.started", "clock.reminded", "clock.escalated");
        assertThat(clocks.get(running.getId()).getEscalatedFor()).isEqualTo(running.getDueAt());
    }
}
