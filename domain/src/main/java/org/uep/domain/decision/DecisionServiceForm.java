package org.uep.domain.decision;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.access.Caller;
import org.uep.domain.penalty.ServiceMethod;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/** 送达决定书: how and when the decision reached the party ({@code data.servedAt}, {@code data.method}). */
@Component
class DecisionServiceForm implements TaskForm {

    private final Decisions decisions;

    DecisionServiceForm(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.DECISION_SERVICE);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        decisions.served(task.getLeadId(), completion.instant("servedAt"), completion.choice("method", ServiceMethod.class),
                completion.has("electronicConsent") && completion.flag("electronicConsent"), caller.username());
        return "SERVED";
    }
}
