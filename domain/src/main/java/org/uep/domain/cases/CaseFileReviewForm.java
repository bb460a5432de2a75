package org.uep.domain.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.tasks.TaskForm;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * 案卷评查 (procedure.md §1.14): a legal reviewer who did not investigate the case evaluates the closed case file — the
 * outcome, {@code data.score} (0–100) and the findings as the opinion. Recorded once per case (table
 * case_file_review) and audited.
 */
@Component
class CaseFileReviewForm implements TaskForm {

    /** 合格 / 存在问题. */
    enum Outcome { PASSED, DEFICIENT }

    private final PenaltyCaseRepository cases;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseFileReviewForm(PenaltyCaseRepository cases, AccessPolicy access, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of(Forms.CASE_FILE_REVIEW);
    }

    @Override
    public String complete(InboxTask task, TaskCompletion completion, Caller caller) {
        Outcome outcome = completion.outcome(Outcome.class, List.of(Outcome.values()));
        int score = completion.integer("score", 0, 100);
        String findings = completion.requiredOpinion("write the findings of the case-file review");
        PenaltyCase penaltyCase = cases.findByLeadId(task.getLeadId()).orElseThrow();
        if (penaltyCase.getStatus() != PenaltyCase.Status.CLOSED) {
            throw DomainException.conflict("案件尚未结案，不能评查。Case " + penaltyCase.getCaseNumber() + " is not closed yet.");
        }
        access.requireDidNotInvestigate(caller, penaltyCase.getId(), "review the case file of");
        Instant now = clock.instant();
        if (jdbc.update("""
                insert into case_file_review (case_id, task_id, outcome, score, findings, reviewer, reviewed_at)
                values (?, ?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing""", penaltyCase.getId(), task.getId(),
                outcome.name(), score, findings, caller.username(), Timestamp.from(now)) == 0) {
            throw DomainException.conflict("案卷已评查。The case file of " + penaltyCase.getCaseNumber() + " was already reviewed.");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcome", outcome.name());
        after.put("score", score);
        after.put("findings", findings);
        audit.append(AuditLog.caseStream(penaltyCase.getId()), caller.username(),
                caller.actingUnit(task.getCandidateGroups()), "case-file.reviewed", null, after);
        return outcome.name();
    }
}
