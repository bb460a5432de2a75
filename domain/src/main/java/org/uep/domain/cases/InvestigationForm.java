package org.uep.domain.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.organisation.Directory;
import org.uep.domain.organisation.Officer;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * 调查取证: the findings and the officers who took part. Art. 42 requires at least two officers, each with a
 * certificate valid today; the one completing the task must be one of them (their certificate comes from the
 * token, the others' from the directory).
 */
@Component
class InvestigationForm implements TaskForm {

    static final int MAX_FINDINGS_LENGTH = 10_000;

    private final InvestigationRepository investigations;
    private final Directory directory;
    private final Clock clock;

    InvestigationForm(InvestigationRepository investigations, Directory directory, Clock clock) {
        this.investigations = investigations;
        this.directory = directory;
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
        Set<String> officers = new LinkedHashSet<>();
        for (String officer : completion.officers()) {
            if (officer != null && !officer.isBlank()) {
                officers.add(officer.strip());
            }
        }
        if (officers.size() < 2) {
            throw DomainException.invalid("officers must name at least two different officers who took part (Art. 42)");
        }
        if (!officers.contains(caller.username())) {
            throw DomainException.invalid("officers must include you (" + caller.username() + "), who records the investigation");
        }
        LocalDate today = LegalTime.today(clock);
        if (!caller.credentials().holdsValidCertificateOn(today)) {
            throw DomainException.forbidden("An enforcement certificate valid today is required to record an investigation");
        }
        for (String colleague : officers) {
            if (!colleague.equals(caller.username())) {
                requireCertifiedOfficer(colleague, today);
            }
        }
        investigations.save(new Investigation(task.getCaseId(), task.getId(), List.copyOf(officers), findings.strip(),
                caller.username(), clock.instant()));
        return "DONE";
    }

    /** The other officers come from the directory (Keycloak's read copy): enforcement staff with a certificate valid today. */
    private void requireCertifiedOfficer(String username, LocalDate today) {
        Officer officer = directory.officer(username).orElseThrow(() -> DomainException.invalid(
                "officers: " + username + " is not a known officer"));
        if (officer.getRoles().stream().noneMatch(AccessPolicy.LEAD_REGISTRAR_ROLES::contains)) {
            throw DomainException.invalid("officers: " + username + " is not enforcement staff");
        }
        if (!officer.credentials().holdsValidCertificateOn(today)) {
            throw DomainException.forbidden("officers: " + username
                    + " holds no enforcement certificate valid today; investigative acts need two certified officers (Art. 42)");
        }
    }
}
