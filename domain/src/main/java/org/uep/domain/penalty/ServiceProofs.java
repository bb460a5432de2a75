package org.uep.domain.penalty;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.document.Documents;
import org.uep.domain.party.Party;
import org.uep.domain.party.PartyRegister;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;

/**
 * 送达回证 for a service form: the served document (the latest of its kind in the case), the party as recipient, the
 * place the form gives ({@code data.place}) or else the party's address, the method and time, the officer who served.
 */
@Component
public class ServiceProofs {

    static final int MAX_PLACE = 500;

    private final Documents documents;
    private final PartyRegister parties;

    ServiceProofs(Documents documents, PartyRegister parties) {
        this.documents = documents;
        this.parties = parties;
    }

    public void issue(InboxTask task, TaskCompletion completion, DocumentKind served, String key, ServiceMethod method,
                      Instant servedAt, String server) {
        long caseId = task.getCaseId();
        Party party = parties.partyOf(task.getLeadId()).orElseThrow(() -> DomainException.conflict(
                "案件尚未登记当事人。Lead " + task.getLeadId() + " names no party."));
        String place = completion.has("place") ? completion.text("place", MAX_PLACE)
                : party.getAddress() != null ? party.getAddress() : "当事人住所";
        documents.issueServiceProof(caseId, "service/" + key, documents.latest(caseId, served).orElseThrow(() ->
                        DomainException.conflict("送达的文书尚未制作。No " + served + " is issued in case " + caseId + ".")),
                party.getName(), place, method.label(), servedAt, server);
    }
}
