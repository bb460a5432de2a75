package org.uep.domain.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.lead.NewLead;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.InboxTaskRepository;
import org.uep.domain.tasks.TaskOpening;
import org.uep.processes.penalty.PenaltyCaseProcess;

/** Builds dossiers in given states for domain tests (as the engine and workers would). */
@Component
public class Dossiers {

    /** Fake engine keys, far from the real engine's range and unique per JVM. */
    private static final AtomicLong KEYS = new AtomicLong(9_000_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private final LeadService leads;
    private final InboxService inbox;
    private final InboxTaskRepository tasks;

    public Dossiers(LeadService leads, InboxService inbox, InboxTaskRepository tasks) {
        this.leads = leads;
        this.inbox = inbox;
        this.tasks = tasks;
    }

    public static long nextKey() {
        return KEYS.incrementAndGet();
    }

    public Lead registeredLead() {
        Lead lead = leads.receive(new NewLead(Callers.DINGHAI, "INSPECTION", "占道经营 street vending", "解放路", "张三"),
                Callers.officer("officer.dinghai1"));
        leads.register(lead.getId(), nextKey());
        return leads.get(lead.getId());
    }

    public InboxTask openTask(Lead lead, Long caseId, String elementId, String formKey, String role) {
        long jobKey = nextKey();
        inbox.open(new TaskOpening(jobKey, lead.getProcessInstanceKey(), PenaltyCaseProcess.PROCESS_ID, elementId,
                elementId, formKey, List.of(role + "@" + Callers.DINGHAI), List.of(), null, lead.getId(), caseId));
        return tasks.findByJobKey(jobKey).orElseThrow();
    }
}
