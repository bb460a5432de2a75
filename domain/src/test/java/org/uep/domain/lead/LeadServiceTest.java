package org.uep.domain.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;

@DomainTest
class LeadServiceTest {

    @Autowired LeadService leads;
    @Autowired LeadRepository leadRepository;
    @Autowired EngineOutbox outbox;
    @Autowired AuditEventRepository audit;

    @Test
    void receivingALeadWritesTheLeadItsStartCommandAndAnAuditEventTogether() {
        Lead lead = leads.receive(new NewLead(Callers.DINGHAI, "COMPLAINT_12345", "噪声扰民 noise", null, null, null),
                Callers.officer("officer.dinghai1"));

        assertThat(leads.get(lead.getId()).getStatus()).isEqualTo(Lead.Status.RECEIVED);
        assertThat(outbox.find(EngineCommand.Kind.START_PROCESS, lead.getId())).get()
                .satisfies(c -> assertThat(c.isDone()).isFalse());
        assertThat(audit.findByStreamOrderById(AuditLog.leadStream(lead.getId())))
                .extracting(e -> e.getAction()).containsExactly("lead.received");
    }

    @Test
    void aLeadForAnotherUnitOrFromAnUnknownSourceIsRefusedAndNothingIsStored() {
        long before = leadRepository.count();
        assertThatThrownBy(() -> leads.receive(new NewLead(Callers.DINGHAI, "INSPECTION", "x", null, null, null),
                Callers.outsider("officer.huannan")))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThatThrownBy(() -> leads.receive(new NewLead(Callers.DINGHAI, "RUMOUR", "x", null, null, null),
                Callers.officer("officer.dinghai1")))
                .hasMessageContaining("Unknown lead source");
        assertThat(leadRepository.count()).isEqualTo(before);
    }

    @Test
    void onlyTheFirstProcessInstanceIsBoundToALeadAndRegistrationIsIdempotent() {
        Lead lead = leads.receive(new NewLead(Callers.DINGHAI, "INSPECTION", "无证经营", null, null, null),
                Callers.officer("officer.dinghai1"));
        long first = Dossiers.nextKey();

        LeadService.Registration registration = leads.register(lead.getId(), first);
        LeadService.Registration again = leads.register(lead.getId(), first);
        LeadService.Registration duplicate = leads.register(lead.getId(), Dossiers.nextKey());

        assertThat(registration.duplicate()).isFalse();
        assertThat(registration.verifyDue()).isAfter(lead.getReceivedAt());
        assertThat(again).isEqualTo(registration);
        assertThat(duplicate.duplicate()).isTrue();
        assertThat(leads.get(lead.getId()).getProcessInstanceKey()).isEqualTo(first);
        assertThat(audit.findByStreamOrderById(AuditLog.leadStream(lead.getId())))
                .extracting(e -> e.getAction()).containsExactly("lead.received", "clock.started", "lead.registered");
    }
}
