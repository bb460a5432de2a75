package org.uep.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.Browser;
import org.uep.app.testing.CaseSteps;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.KeycloakAdmin;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.TimeTravel;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.testing.MovableClock;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.workers.testing.InJvmEngine;

/**
 * The web console in a real headless Chromium, logging in through Keycloak's login page: an officer claims and
 * completes a task (a refused form first, its problem shown next to the field), a legal reviewer returns a case with
 * an opinion, a manager sees the overdue count change. Every page is saved as a screenshot (target/console-screenshots).
 */
@UepIntegrationTest
class ConsoleBrowserTest {

    @LocalServerPort int port;
    @Autowired MovableClock clock;
    @Autowired JdbcTemplate jdbc;
    ZeebeTestEngine engine = InJvmEngine.shared();
    CaseSteps steps;

    @BeforeEach
    void setUp() {
        KeycloakAdmin.shared().allowConsoleAt("http://localhost:" + port);
        DirectoryReady.await(jdbc);
        steps = new CaseSteps(port, clock);
    }

    @Test
    void anOfficerClaimsAndCompletesATaskInTheConsole() {
        long leadId = Scenarios.lead(port, "（控制台）人行道占道经营 street stall");
        long taskId = steps.officer.awaitTask(leadId, Elements.VERIFY_LEAD).get("id").asLong();

        try (Browser officer = Browser.loggedIn(port, "officer.dinghai1")) {
            assertThat(officer.text(By.id("nav-inbox"))).isEqualTo("待办");
            assertThat(officer.find(By.id("unread")).getText()).as("new tasks of the group were announced")
                    .matches("[1-9][0-9]*");
            officer.open("/console/inbox?kind=uep:lead-verification&sort=CREATED");
            officer.find(By.id("task-" + taskId));
            assertThat(officer.overflowsHorizontally()).as("inbox fits 1366×768").isFalse();
            officer.screenshot("01-officer-inbox");

            officer.find(By.cssSelector("#task-" + taskId + " button.claim")).click();
            officer.find(By.id("complete"));
            assertThat(officer.text(By.id("task-assignee"))).isEqualTo("officer.dinghai1");

            // Submitted without a finding: refused, the problem shown next to the field, nothing recorded.
            officer.find(By.id("submit")).click();
            WebElement problem = officer.find(By.cssSelector(".field .error"));
            assertThat(officer.driver().findElements(By.cssSelector(".field .error"))).as("one problem at a time").hasSize(1);
            assertThat(problem.getAttribute("id")).startsWith("error-");
            assertThat(problem.getText()).contains(problem.getAttribute("id").substring("error-".length()));
            assertThat(officer.text(By.id("task-status"))).isEqualTo("待办");
            officer.screenshot("02-officer-task-refused");

            officer.size(Browser.PHONE);
            assertThat(officer.overflowsHorizontally()).as("the task page fits a phone").isFalse();
            officer.screenshot("03-officer-task-phone");
            officer.size(Browser.OFFICE);

            new Select(officer.find(By.id("outcome"))).selectByValue("FILE");
            officer.script("document.getElementById('data.actEndedOn').value = '"
                    + LocalDate.now(LegalTime.ZONE).minusMonths(1) + "'");
            officer.find(By.id("opinion")).sendKeys("经核查，当事人在人行道摆摊经营属实，建议立案。");
            officer.find(By.id("submit")).click();
            assertThat(officer.text(By.id("done"))).contains(String.valueOf(taskId));
            officer.screenshot("04-officer-inbox-after-completion");

            // A state change without the page's CSRF token is refused.
            Object status = officer.script("return fetch('/console/tasks/" + taskId + "/claim', {method: 'POST'})"
                    + ".then(r => r.status)");
            assertThat(((Number) status).intValue()).isEqualTo(403);

            officer.open("/console/notifications");
            long unread = Long.parseLong(officer.text(By.id("unread")));
            officer.screenshot("05-officer-notifications");
            officer.find(By.cssSelector("#notification-list li.unread button")).click();
            officer.waitUntil("one notification less", () -> officer.driver().findElements(By.id("unread")).isEmpty()
                    || Long.parseLong(officer.text(By.id("unread"))) == unread - 1);

            officer.open("/console/inbox?lang=en");
            assertThat(officer.text(By.id("nav-inbox"))).isEqualTo("Inbox");
            officer.open("/console/inbox?lang=zh_CN");
            assertThat(officer.text(By.id("nav-inbox"))).isEqualTo("待办");
        }
        // The process moved on: the head has the filing approval.
        steps.head.awaitTask(leadId, Elements.FILE_CASE_APPROVAL);
    }

    @Test
    void aDelegateDraftsTheWorkAndTheOwnerApprovesItWhileOutsidersSeeNothing() {
        long leadId = Scenarios.lead(port, "（控制台）委派核查 delegated verification");
        long taskId = steps.officer.awaitTask(leadId, Elements.VERIFY_LEAD).get("id").asLong();

        try (Browser owner = Browser.loggedIn(port, "officer.dinghai1")) {
            owner.open("/console/tasks/" + taskId);
            owner.find(By.id("claim")).click();
            owner.find(By.name("to")).sendKeys("officer.dinghai2");
            owner.find(By.cssSelector("form[action$='/delegate'] button")).click();
            owner.find(By.id("nav-inbox"));

            try (Browser delegate = Browser.loggedIn(port, "officer.dinghai2")) {
                delegate.open("/console/tasks/" + taskId);
                assertThat(delegate.text(By.id("delegation"))).contains("officer.dinghai1");
                new Select(delegate.find(By.id("outcome"))).selectByValue("FILE");
                delegate.script("document.getElementById('data.actEndedOn').value = '"
                        + LocalDate.now(LegalTime.ZONE).minusMonths(2) + "'");
                delegate.find(By.id("opinion")).sendKeys("受托核查：情况属实，建议立案。");
                delegate.screenshot("12-delegate-draft");
                delegate.find(By.id("submit")).click();
                delegate.find(By.id("done"));
            }

            owner.open("/console/tasks/" + taskId);
            assertThat(new Select(owner.find(By.id("outcome"))).getFirstSelectedOption().getAttribute("value"))
                    .as("the delegate's draft fills the owner's form").isEqualTo("FILE");
            assertThat(owner.find(By.id("opinion")).getAttribute("value")).isEqualTo("受托核查：情况属实，建议立案。");
            assertThat(owner.find(By.id("data.actEndedOn")).getAttribute("value"))
                    .isEqualTo(LocalDate.now(LegalTime.ZONE).minusMonths(2).toString());
            owner.screenshot("13-owner-approves-draft");
            owner.find(By.id("submit")).click();
            owner.find(By.id("done"));
        }
        steps.nameParty(leadId);
        steps.complete(steps.head, leadId, Elements.FILE_CASE_APPROVAL, """
                {"outcome": "APPROVE", "opinion": "符合立案条件，同意立案。"}""");

        try (Browser outsider = Browser.loggedIn(port, "officer.huannan")) {
            outsider.open("/console/tasks/" + taskId);
            assertThat(outsider.text(By.id("problem"))).contains("does not exist");
            outsider.open("/console/cases/" + steps.caseId(leadId));
            assertThat(outsider.text(By.id("problem"))).contains("does not exist");
            assertThat(outsider.driver().findElements(By.id("nav-manager"))).as("an officer has no workload page").isEmpty();
            outsider.open("/console/manager");
            assertThat(outsider.text(By.id("problem"))).contains("Only squad leaders, managers and heads");
        }
    }

    @Test
    void aLegalReviewerReturnsACaseWithAnOpinion() {
        long leadId = steps.filedLead("（控制台）重大案件 major case");
        long caseId = steps.caseId(leadId);
        steps.investigate(leadId);
        steps.reviewInvestigation(leadId, "PENALTY", null);
        steps.propose(leadId, """
                {"measures": [{"kind": "FINE", "amount": 2000000}], "legalBasis": "《浙江省市容环境卫生管理条例》第四十条",
                 "tier": "HEAVIER", "departsFromDiscretionStandard": false}""", "[\"SERIOUS_VIOLATION\"]");
        long reviewId = steps.reviewer.awaitTask(leadId, Elements.LEGAL_REVIEW).get("id").asLong();

        try (Browser reviewer = Browser.loggedIn(port, "reviewer.dinghai")) {
            reviewer.open("/console/tasks/" + reviewId);
            assertThat(reviewer.text(By.id("case-link"))).isNotBlank();
            reviewer.find(By.id("claim")).click();
            new Select(reviewer.find(By.id("outcome"))).selectByValue("RETURN");
            reviewer.find(By.id("opinion")).sendKeys("证据不足，请补充调查询问笔录。");
            reviewer.screenshot("06-reviewer-legal-review");
            reviewer.find(By.id("submit")).click();
            reviewer.find(By.id("done"));

            // The signed opinion is on the case file; the case went back to the investigation.
            steps.officer.awaitTask(leadId, Elements.INVESTIGATE);
            reviewer.open("/console/cases/" + caseId);
            reviewer.waitUntil("the diagram is drawn", () -> "true".equals(
                    reviewer.find(By.id("diagram-penalty-case")).getAttribute("data-rendered")));
            assertThat(reviewer.text(By.id("approvals"))).contains("证据不足，请补充调查询问笔录。", "退回");
            assertThat(reviewer.driver().findElements(By.cssSelector("#diagram-penalty-case .djs-element.current")))
                    .as("the open investigation is marked current").isNotEmpty();
            assertThat(reviewer.driver().findElements(By.cssSelector("#diagram-penalty-case .djs-element.done")))
                    .as("verification, filing, investigation, review, proposal, legal review done").hasSizeGreaterThan(4);
            assertThat(reviewer.find(By.id("timeline")).findElements(By.tagName("li"))).hasSizeGreaterThan(5);
            reviewer.screenshot("07-reviewer-case-file");
            reviewer.size(Browser.PHONE);
            assertThat(reviewer.overflowsHorizontally()).as("the case file fits a phone").isFalse();
            reviewer.screenshot("08-reviewer-case-file-phone");
        }
        JsonNode approvals = steps.officer.get("/api/cases/" + caseId).body().get("approvals");
        assertThat(approvals.findValuesAsText("opinion")).contains("证据不足，请补充调查询问笔录。");
    }

    @Test
    void aManagerSeesTheOverdueCountChange() {
        long leadId = Scenarios.lead(port, "（控制台）待核查线索 lead left waiting");
        long taskId = steps.officer.awaitTask(leadId, Elements.VERIFY_LEAD).get("id").asLong();

        try (Browser manager = Browser.loggedIn(port, "manager.dinghai")) {
            manager.open("/console/manager");
            long before = Long.parseLong(manager.text(By.id("overdue-count")));
            manager.screenshot("09-manager-before");

            // lead.verify is 15 working days: five weeks later the verification is overdue.
            TimeTravel.advance(engine, clock, Duration.ofDays(35));
            manager.open("/console/manager");
            long after = Long.parseLong(manager.text(By.id("overdue-count")));
            assertThat(after).isGreaterThan(before);
            manager.screenshot("10-manager-after");

            manager.find(By.cssSelector("a.counter.overdue")).click();
            manager.find(By.cssSelector("#drill-down a[href='/console/tasks/" + taskId + "']"));
            manager.screenshot("11-manager-overdue-tasks");

            // The drill-down opens the task: the manager raises its priority, and it heads the officers' inbox by priority.
            manager.find(By.cssSelector("#drill-down a[href='/console/tasks/" + taskId + "']")).click();
            WebElement priority = manager.find(By.id("priority"));
            priority.clear();
            priority.sendKeys("100");
            priority.submit();
            manager.waitUntil("the priority is saved", () -> manager.text(By.id("task-priority")).equals("100"));
        }
        try (Browser officer = Browser.loggedIn(port, "officer.dinghai2")) {
            officer.open("/console/inbox?sort=PRIORITY");
            assertThat(officer.find(By.cssSelector("#rows tr")).getAttribute("id")).isEqualTo("task-" + taskId);
            officer.screenshot("14-officer-inbox-by-priority");
        }
    }
}
