package org.uep.domain.decision;

import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.access.Caller;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.penalty.ServiceMethod;
import org.uep.domain.penalty.ServiceProofs;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * 送达决定书: how and when the decision reached the party ({@code data.servedAt}, {@code data.method}, optionally
 * {@code data.place}), with its 送达回证.
 */
@Component
class DecisionServiceForm implements TaskForm {

    private final Decisions decisions;
    private final ServiceProofs serviceProofs;

    DecisionServiceForm(Decisions decisions, ServiceProofs serviceProofs) {
        this.decisions = decisions;
        this.serviceProofs = serviceProofs;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.DECISION_SERVICE);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        Instant servedAt = completion.instant("servedAt");
        ServiceMethod method = completion.choice("method", ServiceMethod.class);
        decisions.served(task.getLeadId(), servedAt, method,
                completion.has("electronicConsent") && completion.flag("electronicConsent"), caller.username());
        serviceProofs.issue(task, completion, decisions.decided(task.getLeadId()) ? DocumentKind.DECISION
                : DocumentKind.NO_PENALTY_DECISION, "decision/" + task.getLeadId(), method, servedAt, caller.username());
        return "SERVED";
    }
}
