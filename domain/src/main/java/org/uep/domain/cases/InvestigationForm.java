package org.uep.domain.cases;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.access.Caller;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.organisation.CertifiedOfficers;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * 调查取证: the findings and the officers who took part: two certified officers ({@link CertifiedOfficers}), and the
 * one completing the task must be one of them.
 */
@Component
class InvestigationForm implements TaskForm {

    static final int MAX_FINDINGS_LENGTH = 10_000;

    private final InvestigationRepository investigations;
    private final CertifiedOfficers certifiedOfficers;
    private final Clock clock;

    InvestigationForm(InvestigationRepository investigations, CertifiedOfficers certifiedOfficers, Clock clock) {
        this.investigations = investigations;
        this.certifiedOfficers = certifiedOfficers;
        this.clock = clock;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.INVESTIGATION);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        if (task.getCaseId() == null) {
            throw DomainException.conflict("Task " + task.getId() + " belongs to no filed case");
        }
        String findings = completion.findings();
        if (findings == null || findings.isBlank()) {
            throw DomainException.invalid("findings are required: summarise the facts established");
        }
        if (findings.length() > MAX_FINDINGS_LENGTH) {
            throw DomainException.invalid("findings are longer than " + MAX_FINDINGS_LENGTH + " characters");
        }
        if (completion.officers().stream().noneMatch(officer -> officer != null && officer.strip().equals(caller.username()))) {
            throw DomainException.invalid("officers must include you (" + caller.username() + "), who records the investigation");
        }
        List<String> officers = certifiedOfficers.requireTwoFor(completion.officers(), caller, LegalTime.today(clock));
        investigations.save(new Investigation(task.getCaseId(), task.getId(), officers, findings.strip(),
                caller.username(), clock.instant()));
        return "DONE";
    }
}
