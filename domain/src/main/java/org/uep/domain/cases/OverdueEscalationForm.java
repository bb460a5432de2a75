package org.uep.domain.cases;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * 超期督办: the head's instruction on a dossier past a statutory deadline (the decision's, or another step's), kept in
 * its record.
 */
@Component
class OverdueEscalationForm implements TaskForm {

    private final AuditLog audit;

    OverdueEscalationForm(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.OVERDUE_ESCALATION);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        String instruction = completion.requiredOpinion("write the instruction for the overdue case");
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("taskId", task.getId());
        after.put("instruction", instruction);
        audit.append(task.getCaseId() != null ? AuditLog.caseStream(task.getCaseId()) : AuditLog.leadStream(task.getLeadId()),
                caller.username(),
                caller.actingUnit(task.getCandidateGroups()), "case.overdue-instructed", null, after);
        return "DONE";
    }
}
