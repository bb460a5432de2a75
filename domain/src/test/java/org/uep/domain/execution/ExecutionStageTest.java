package org.uep.domain.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uep.domain.testing.ServedDecisions.ADULT;
import static org.uep.domain.testing.ServedDecisions.HEAD;
import static org.uep.domain.testing.ServedDecisions.MINOR;
import static org.uep.domain.testing.ServedDecisions.OFFICER;
import static org.uep.domain.testing.SettableClock.shanghai;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseClosing;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.decision.Decisions;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.lead.LeadService;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.domain.publication.Publications;
import org.uep.domain.tasks.InboxService;
import org.uep.domain.tasks.InboxTask;
import org.uep.domain.tasks.TaskCompletion;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;
import org.uep.domain.testing.ServedDecisions;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * After the decision's service (a general-procedure ¥200 fine served Mon 2026-03-02, fine.pay due Tue 03-17): the
 * deferral application and its approval, the reminder and the court application, closing with its report, the
 * case-file review, publication and its withdrawal after a revocation. Every refusal is checked to change nothing.
 */
@DomainTest
@Import(ExecutionTesting.class)
class ExecutionStageTest {

    private static final Caller REVIEWER = new Caller("reviewer.dinghai", "reviewer.dinghai", List.of(Callers.DINGHAI),
            Set.of("legal-reviewer"), Credentials.NONE);

    @Autowired ServedDecisions decisions;
    @Autowired Deferrals deferrals;
    @Autowired ExecutionService executions;
    @Autowired CaseClosing closing;
    @Autowired Publications publications;
    @Autowired InboxService inbox;
    @Autowired LeadService leads;
    @Autowired Dossiers dossiers;
    @Autowired EngineOutbox outbox;
    @Autowired ExecutionTesting.Fixture fixture;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.uep.domain.evidence.EvidenceStore store;

    @BeforeEach
    void servedOnMonday() {
        fixture.clock().set("2026-03-02T10:00:00");
        decisions.headKnown();
    }

    @Test
    void theDeferralApplicationTellsTheCaseOnceAndTheHeadDecidesIt() {
        long caseId = decisions.served(ADULT);
        long lead = leadOf(caseId);
        fixture.clock().set("2026-03-10T09:00:00");
        refused(caseId, () -> deferrals.apply(caseId, LocalDate.parse("2026-04-15"), null, fixture.clock().instant(),
                Callers.outsider("officer.huannan")), DomainException.Kind.NOT_FOUND, "Case");
        refused(caseId, () -> deferrals.apply(caseId, LocalDate.parse("2026-04-15"), null, fixture.clock().instant(), REVIEWER),
                DomainException.Kind.FORBIDDEN, "record deferral applications");
        refused(caseId, () -> deferrals.apply(caseId, null, null, fixture.clock().instant(), Callers.officer(OFFICER)),
                DomainException.Kind.INVALID, "either newDueDay");
        refused(caseId, () -> deferrals.apply(caseId, LocalDate.parse("2026-03-16"), null, fixture.clock().instant(),
                Callers.officer(OFFICER)), DomainException.Kind.INVALID, "must come after the current one, 2026-03-17");
        InboxTask approval = task(lead, caseId, Elements.APPROVE_DEFERRAL, Forms.DEFERRAL_APPROVAL, "head", Callers.head(HEAD));
        refused(caseId, () -> complete(approval, new TaskCompletion("APPROVE", "同意", null, List.of()), Callers.head(HEAD)),
                DomainException.Kind.CONFLICT, "awaits a decision");

        PaymentArrangement applied = deferrals.apply(caseId, LocalDate.parse("2026-04-15"), null, fixture.clock().instant(),
                Callers.officer(OFFICER));
        String once = snapshot(caseId);
        assertThat(deferrals.apply(caseId, LocalDate.parse("2026-04-15"), null, fixture.clock().instant(),
                Callers.officer(OFFICER)).getId()).isEqualTo(applied.getId());
        assertThat(snapshot(caseId)).as("the same application again").isEqualTo(once);
        assertThat(outbox.find(EngineCommand.Kind.DEFERRAL_REQUESTED, applied.getId())).isPresent();
        assertThat(deferrals.caseNumberOf(applied.getId())).isEqualTo(caseNumber(caseId));

        refused(caseId, () -> complete(approval, new TaskCompletion("APPROVE", " ", null, List.of()), Callers.head(HEAD)),
                DomainException.Kind.INVALID, "opinion is required");
        refused(caseId, () -> complete(approval, new TaskCompletion("RETURN", "同意", null, List.of()), Callers.head(HEAD)),
                DomainException.Kind.INVALID, "outcome must be one of [APPROVE, REJECT]");
        complete(approval, new TaskCompletion("APPROVE", "经济困难，同意延期", null, List.of()), Callers.head(HEAD));
        assertThat(executions.statement(lead).dueAt()).isEqualTo(LegalTime.endOf(LocalDate.parse("2026-04-15")));
        assertThat(jdbc.queryForObject("select outcome from approval_record where task_id = ?", String.class, approval.getId()))
                .isEqualTo("APPROVE");
    }

    @Test
    void theReminderRendersItsDocumentOnceAndTheCourtApplicationWaitsForItsWindow() {
        long caseId = decisions.served(ADULT);
        long lead = leadOf(caseId);
        fixture.clock().set("2026-03-20T09:00:00");
        InboxTask reminder = task(lead, caseId, Elements.REMIND_PAYMENT, Forms.PAYMENT_REMINDER, "officer", Callers.officer(OFFICER));
        refused(caseId, () -> complete(reminder, completion(Map.of("servedAt", "2026-03-17T10:00:00+08:00")),
                Callers.officer(OFFICER)), DomainException.Kind.INVALID, "after the payment deadline passed");
        refused(caseId, () -> complete(reminder, completion(Map.of("servedAt", "yesterday")), Callers.officer(OFFICER)),
                DomainException.Kind.INVALID, "data.servedAt must be an ISO-8601 date-time");
        complete(reminder, completion(Map.of("servedAt", "2026-03-19T10:00:00+08:00")), Callers.officer(OFFICER));
        assertThat(executions.statement(lead).execution().getReminderServedAt()).isEqualTo(shanghai("2026-03-19T10:00:00"));
        List<String> texts = documents(caseId, DocumentKind.PAYMENT_REMINDER);
        assertThat(texts).hasSize(1);
        CourtWindow window = executions.courtWindow(lead);
        assertThat(window.opensAt()).isEqualTo(LegalTime.endOf(LocalDate.parse("2026-09-02")));

        InboxTask court = task(lead, caseId, Elements.APPLY_FOR_COURT_ENFORCEMENT, Forms.COURT_ENFORCEMENT, "officer", Callers.officer(OFFICER));
        refused(caseId, () -> complete(court, completion(Map.of("appliedAt", "2026-03-20T08:00:00+08:00",
                "court", "舟山市定海区人民法院")), Callers.officer(OFFICER)), DomainException.Kind.CONFLICT, "outside its window");
        refused(caseId, () -> complete(court, completion(Map.of("appliedAt", "2026-03-20T08:00:00+08:00")),
                Callers.officer(OFFICER)), DomainException.Kind.INVALID, "data.court is required");
        fixture.clock().set("2026-09-04T09:00:00");
        complete(court, completion(Map.of("appliedAt", "2026-09-04T08:00:00+08:00", "court", "舟山市定海区人民法院")),
                Callers.officer(OFFICER));
        assertThat(executions.statement(lead).execution().getCourt()).isEqualTo("舟山市定海区人民法院");

        closing.close(caseId);
        closing.close(caseId);
        assertThat(documents(caseId, DocumentKind.CLOSING_REPORT)).singleElement().asString()
                .contains("罚款 ¥200").contains("已于2026年9月4日向舟山市定海区人民法院申请强制执行。");
    }

    @Test
    void theCaseFileIsReviewedOnceAfterClosingByAReviewerWhoDidNotInvestigate() {
        long caseId = decisions.served(ADULT);
        long lead = leadOf(caseId);
        InboxTask early = task(lead, caseId, Elements.REVIEW_CASE_FILE, Forms.CASE_FILE_REVIEW, "legal-reviewer", REVIEWER);
        TaskCompletion passed = new TaskCompletion("PASSED", "文书齐全，程序合法。", null, List.of(), Map.of("score", 92));
        refused(caseId, () -> complete(early, passed, REVIEWER), DomainException.Kind.CONFLICT, "is not closed yet");
        closing.close(caseId);
        // The model opens the review after closing (closing withdraws the tasks still open).
        InboxTask review = task(lead, caseId, Elements.REVIEW_CASE_FILE, Forms.CASE_FILE_REVIEW, "legal-reviewer", REVIEWER);
        refused(caseId, () -> complete(review, new TaskCompletion("PASSED", "好", null, List.of(), Map.of("score", 101)),
                REVIEWER), DomainException.Kind.INVALID, "data.score is required (a whole number from 0 to 100)");
        refused(caseId, () -> complete(review, new TaskCompletion("GOOD", "好", null, List.of(), Map.of("score", 90)),
                REVIEWER), DomainException.Kind.INVALID, "outcome must be one of [PASSED, DEFICIENT]");
        jdbc.update("insert into investigation (case_id, task_id, officers, findings, recorded_by, recorded_at) "
                + "values (?, ?, array['reviewer.dinghai', 'officer.dinghai1'], 'x', 'x', now())", caseId, Dossiers.nextKey());
        refused(caseId, () -> complete(review, passed, REVIEWER), DomainException.Kind.FORBIDDEN, "separation of duties");
        jdbc.update("delete from investigation where case_id = ?", caseId);

        complete(review, passed, REVIEWER);
        assertThat(jdbc.queryForMap("select outcome, score, findings, reviewer from case_file_review where case_id = ?", caseId))
                .containsEntry("outcome", "PASSED").containsEntry("score", 92).containsEntry("reviewer", "reviewer.dinghai");
        assertThat(actions(caseId)).containsOnlyOnce("case-file.reviewed");
    }

    @Test
    void theDecisionIsPublishedRedactedOnceAndWithdrawnOnceAfterItsRevocation() {
        long caseId = decisions.served(ADULT);
        long lead = leadOf(caseId);
        InboxTask review = task(lead, caseId, Elements.REVIEW_PUBLICATION, Forms.PUBLICATION_REVIEW, "officer", Callers.officer(OFFICER));
        refused(caseId, () -> complete(review, new TaskCompletion("REJECT", "不同意", null, List.of()), Callers.officer(OFFICER)),
                DomainException.Kind.INVALID, "outcome must be one of [APPROVE]");
        complete(review, new TaskCompletion("APPROVE", "已核对隐去个人信息", null, List.of()), Callers.officer(OFFICER));

        Publications.Publication published = publications.publish(lead);
        assertThat(publications.publish(lead)).isEqualTo(published);
        assertThat(published.status()).isEqualTo(Publications.Status.PUBLISHED);
        String text = documents(caseId, DocumentKind.PUBLICATION).getFirst();
        assertThat(text).contains("张三", "3****************" + ADULT.charAt(17), "罚款 ¥200").doesNotContain(ADULT, "13812345678");
        assertThat(clock(lead, Decisions.PUBLISH_DECISION).getStoppedAt()).isNotNull();
        assertThat(actions(caseId)).containsOnlyOnce("publication.published");

        fixture.clock().set("2026-04-01T09:00:00");
        Caller head = Callers.head(HEAD);
        refused(caseId, () -> publications.revoke(caseId, fixture.clock().instant(), "舟山市定海区人民政府", "复议撤销",
                Callers.outsider("head.huannan")), DomainException.Kind.NOT_FOUND, "Case");
        refused(caseId, () -> publications.revoke(caseId, fixture.clock().instant(), "舟山市定海区人民政府", "复议撤销",
                Callers.officer(OFFICER)), DomainException.Kind.FORBIDDEN, "Only a head of");
        refused(caseId, () -> publications.revoke(caseId, fixture.clock().instant(), "舟山市定海区人民政府", " ", head),
                DomainException.Kind.INVALID, "reason is required");
        refused(caseId, () -> publications.revoke(caseId, shanghai("2026-03-01T09:00:00"), "舟山市定海区人民政府", "复议撤销", head),
                DomainException.Kind.INVALID, "revokedAt must lie between the decision");

        Publications.Revocation revocation = publications.revoke(caseId, shanghai("2026-03-31T15:00:00"),
                "舟山市定海区人民政府", "行政复议决定撤销", head);
        String once = snapshot(caseId);
        assertThat(publications.revoke(caseId, shanghai("2026-03-31T15:00:00"), "舟山市定海区人民政府", "行政复议决定撤销", head))
                .isEqualTo(revocation);
        assertThat(snapshot(caseId)).as("the same revocation again").isEqualTo(once);
        refused(caseId, () -> publications.revoke(caseId, shanghai("2026-03-31T15:00:00"), "舟山市定海区人民法院", "判决撤销", head),
                DomainException.Kind.CONFLICT, "already revoked");
        assertThat(outbox.find(EngineCommand.Kind.DECISION_REVOKED, revocation.id())).isPresent();
        assertThat(publications.caseNumberOfRevocation(revocation.id())).isEqualTo(caseNumber(caseId));
        assertThat(clock(lead, Publications.PUBLISH_WITHDRAW).getStoppedAt()).isNull();
        assertThat(clock(lead, ExecutionService.FINE_PAY, AuditLog.leadStream(lead)).getStoppedAt()).as("no longer collected")
                .isNotNull();

        publications.withdraw(lead);
        publications.withdraw(lead);
        assertThat(publications.ofCase(caseId, Callers.officer(OFFICER)).recorded().orElseThrow().status())
                .isEqualTo(Publications.Status.WITHDRAWN);
        assertThat(clock(lead, Publications.PUBLISH_WITHDRAW).getStoppedAt()).isNotNull();
        assertThat(actions(caseId)).containsOnlyOnce("publication.withdrawn").containsOnlyOnce("decision.revoked");
    }

    @Test
    void aMinorsCaseIsWithheldAndSoIsADecisionRevokedBeforeItWentOut() {
        long minorCase = decisions.served(MINOR);
        assertThat(publications.ofCase(minorCase, Callers.officer(OFFICER)).preview()).isInstanceOf(
                org.uep.domain.document.PublicationRedaction.Withhold.class);
        Publications.Publication withheld = publications.publish(leadOf(minorCase));
        assertThat(withheld.status()).isEqualTo(Publications.Status.WITHHELD);
        assertThat(withheld.withheldReason()).contains("未成年人");
        assertThat(documents(minorCase, DocumentKind.PUBLICATION)).isEmpty();
        assertThat(clock(leadOf(minorCase), Decisions.PUBLISH_DECISION).getStoppedAt()).isNotNull();

        long revokedCase = decisions.served(ADULT);
        publications.revoke(revokedCase, fixture.clock().instant(), "舟山市定海区人民法院", "判决撤销", Callers.head(HEAD));
        assertThat(publications.publish(leadOf(revokedCase)).withheldReason()).contains("revoked");
        assertThat(publications.withdraw(leadOf(revokedCase)).orElseThrow().status()).isEqualTo(Publications.Status.WITHHELD);
    }

    /** A task of the case, offered to {@code role} of the unit and claimed by {@code caller}. */
    private InboxTask task(long lead, long caseId, String element, String form, String role, Caller caller) {
        InboxTask task = dossiers.openTask(leads.get(lead), caseId, element, form, role);
        return inbox.claim(task.getId(), caller);
    }

    private void complete(InboxTask task, TaskCompletion completion, Caller caller) {
        inbox.complete(task.getId(), completion, caller);
    }

    private static TaskCompletion completion(Map<String, Object> data) {
        return new TaskCompletion(null, null, null, List.of(), data);
    }

    private long leadOf(long caseId) {
        return jdbc.queryForObject("select lead_id from penalty_case where id = ?", Long.class, caseId);
    }

    private String caseNumber(long caseId) {
        return jdbc.queryForObject("select case_number from penalty_case where id = ?", String.class, caseId);
    }

    private List<String> documents(long caseId, DocumentKind kind) {
        return jdbc.queryForList("select sha256 from document where case_id = ? and kind = ? order by id", String.class,
                caseId, kind.name()).stream().map(this::text).toList();
    }

    private String text(String sha256) {
        try (var in = store.open(sha256)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> actions(long caseId) {
        return jdbc.queryForList("select action from audit_event where stream = ? order by id", String.class,
                AuditLog.caseStream(caseId));
    }

    private org.uep.domain.clock.RunningClock clock(long lead, String clockId) {
        return clock(lead, clockId, Decisions.subject(lead));
    }

    private org.uep.domain.clock.RunningClock clock(long lead, String clockId, String subject) {
        return fixture.clocks().of(List.of(subject)).stream().filter(c -> c.getClockId().equals(clockId)).findFirst()
                .orElseThrow();
    }

    /** Everything the acts here may change in the case, for "a refusal changes nothing". */
    private String snapshot(long caseId) {
        long lead = leadOf(caseId);
        return String.join("|", List.of(
                jdbc.queryForList("select id::text from audit_event where stream in (?, ?) order by id", String.class,
                        AuditLog.leadStream(lead), AuditLog.caseStream(caseId)).toString(),
                jdbc.queryForList("select row(e.*)::text from execution e where lead_id = ?", String.class, lead).toString(),
                jdbc.queryForList("select row(a.*)::text from payment_arrangement a join execution e on e.id = a.execution_id "
                        + "where e.lead_id = ? order by a.id", String.class, lead).toString(),
                jdbc.queryForList("select row(r.*)::text from running_clock r where subject in (?, ?) order by id", String.class,
                        AuditLog.leadStream(lead), Decisions.subject(lead)).toString(),
                jdbc.queryForList("select id::text from document where case_id = ? order by id", String.class, caseId).toString(),
                jdbc.queryForList("select row(p.*)::text from publication p where lead_id = ?", String.class, lead).toString(),
                jdbc.queryForList("select row(r.*)::text from decision_revocation r where lead_id = ?", String.class, lead).toString(),
                jdbc.queryForList("select row(c.*)::text from case_file_review c where case_id = ?", String.class, caseId).toString(),
                jdbc.queryForList("select row(a.*)::text from approval_record a where lead_id = ? order by id", String.class, lead)
                        .toString(),
                jdbc.queryForList("select row(t.id, t.status)::text from inbox_task t where lead_id = ? order by id", String.class,
                        lead).toString(),
                jdbc.queryForList("select row(c.kind, c.target_id)::text from engine_command c where kind in "
                        + "('DEFERRAL_REQUESTED', 'DECISION_REVOKED') order by id", String.class).toString()));
    }

    private void refused(long caseId, ThrowingCallable act, DomainException.Kind kind, String message) {
        String before = snapshot(caseId);
        assertThatThrownBy(act).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(kind))
                .hasMessageContaining(message);
        assertThat(snapshot(caseId)).as("a refusal changes nothing").isEqualTo(before);
    }
}
