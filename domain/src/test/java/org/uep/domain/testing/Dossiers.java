package org.uep.domain.testing;

import org.uep.domain.party.DossierRole;
import org.uep.domain.party.FreshIdentifiers;
import org.uep.domain.party.IdentifierType;
import org.uep.domain.party.Party;
import org.uep.domain.party.PartyDetails;
import org.uep.domain.party.PartyKind;
import org.uep.domain.party.PartyRegister;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.uep.domain.access.Credentials;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadService;
import org.uep.domain.lead.NewLead;
import org.uep.domain.organisation.Directory;
import org.uep.domain.organisation.OfficerEntry;
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
    private final Directory directory;
    private final PartyRegister parties;

    public Dossiers(LeadService leads, InboxService inbox, InboxTaskRepository tasks, Directory directory,
                    PartyRegister parties) {
        this.parties = parties;
        this.leads = leads;
        this.inbox = inbox;
        this.tasks = tasks;
        this.directory = directory;
    }

    public static long nextKey() {
        return KEYS.incrementAndGet();
    }

    public Lead registeredLead() {
        Lead lead = leads.receive(new NewLead(Callers.DINGHAI, "INSPECTION", "占道经营 street vending", "解放路", "张三", null),
                Callers.officer("officer.dinghai1"));
        leads.register(lead.getId(), nextKey());
        return leads.get(lead.getId());
    }

    /** Names a natural person no other test uses as the party of the dossier. */
    public Party namedParty(long leadId) {
        return parties.name(leadId, new PartyDetails(PartyKind.NATURAL_PERSON, IdentifierType.RESIDENT_ID,
                FreshIdentifiers.residentId(), "张三", "定海区解放路1号", "13800000000"), DossierRole.PARTY,
                Callers.officer("officer.dinghai1"));
    }

    /** A person the directory knows (as after a sync from Keycloak), with a certificate valid until {@code expiry}. */
    public void knownOfficer(String username, LocalDate expiry) {
        directory.recordLogin(new OfficerEntry(username, username, Callers.DINGHAI, List.of(Callers.DINGHAI),
                Set.of("officer"), Credentials.certificate("ZJ-" + username, expiry)), Instant.now());
    }

    public InboxTask openTask(Lead lead, Long caseId, String elementId, String formKey, String role) {
        long jobKey = nextKey();
        inbox.open(new TaskOpening(jobKey, lead.getProcessInstanceKey(), PenaltyCaseProcess.PROCESS_ID, elementId,
                elementId, formKey, List.of(role + "@" + Callers.DINGHAI), List.of(), null, lead.getId(), caseId));
        return tasks.findByJobKey(jobKey).orElseThrow();
    }
}
