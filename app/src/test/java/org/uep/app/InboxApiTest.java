package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;
import org.uep.processes.penalty.PenaltyCaseProcess.Forms;

/**
 * The inbox API with real tokens: views and filters, keyset pages through the Link header, two officers claiming the
 * same task at once (exactly one wins), giving a task back, setting a priority and paging by it, and what someone outside
 * the task's groups gets.
 */
@UepIntegrationTest
class InboxApiTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    ApiClient officer1;
    ApiClient officer2;
    ApiClient squadLeader;

    @BeforeEach
    void directoryKnowsTheOfficers() {
        DirectoryReady.await(jdbc);
        officer1 = ApiClient.as(port, "officer.dinghai1");
        officer2 = ApiClient.as(port, "officer.dinghai2");
        squadLeader = ApiClient.as(port, "squad.dinghai");
    }

    @Test
    void pagesFollowTheLinkHeaderAndViewsAndFiltersNarrowTheList() {
        long first = Scenarios.lead(port, "收件箱分页 inbox paging 1");
        long second = Scenarios.lead(port, "收件箱分页 inbox paging 2");
        long firstTask = officer1.awaitTask(first, Elements.VERIFY_LEAD).get("id").asLong();
        long secondTask = officer1.awaitTask(second, Elements.VERIFY_LEAD).get("id").asLong();

        // The bridge opens tasks on several threads: which of the two came first is the engine's to say.
        List<JsonNode> walked = new ArrayList<>();
        String page = "/api/inbox?view=GROUP&kind=" + Forms.LEAD_VERIFICATION + "&sort=CREATED&limit=1";
        int pages = 0;
        while (page != null && pages < 500) {
            ApiClient.Response response = officer1.get(page);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).hasSizeLessThanOrEqualTo(1);
            response.body().forEach(walked::add);
            page = response.next();
            pages++;
        }
        assertThat(walked).extracting(task -> task.get("id").asLong()).as("each task once")
                .contains(firstTask, secondTask).doesNotHaveDuplicates();
        assertThat(walked).extracting(task -> Instant.parse(task.get("createdAt").asText()))
                .as("newest first").isSortedAccordingTo(Comparator.reverseOrder());

        assertThat(ids(officer1.get("/api/inbox?view=MINE&kind=" + Forms.LEAD_VERIFICATION))).doesNotContain(firstTask);
        assertThat(officer1.post("/api/tasks/" + firstTask + "/claim", "").status()).isEqualTo(200);
        assertThat(ids(officer1.get("/api/inbox?view=MINE&kind=" + Forms.LEAD_VERIFICATION))).contains(firstTask);
        assertThat(ids(officer2.get("/api/inbox?view=GROUP&kind=" + Forms.LEAD_VERIFICATION)))
                .contains(secondTask).doesNotContain(firstTask);
        assertThat(ids(squadLeader.get("/api/inbox?view=COLLEAGUES&assigned=true"))).contains(firstTask);
        assertThat(officer2.get("/api/inbox?view=COLLEAGUES").status()).isEqualTo(403);
        ApiClient.Response badView = officer1.get("/api/inbox?view=EVERYTHING");
        assertThat(badView.status()).isEqualTo(400);
        assertThat(badView.contentType()).startsWith("application/problem+json");
        assertThat(badView.body().get("detail").asText()).contains("view must be one of");

        // Given back by the squad leader (the officer is away): the group sees it again.
        assertThat(officer2.post("/api/tasks/" + firstTask + "/unclaim", "").status()).isEqualTo(403);
        JsonNode givenBack = squadLeader.post("/api/tasks/" + firstTask + "/unclaim", "").body();
        assertThat(givenBack.get("assignee").isNull()).isTrue();
        assertThat(ids(officer2.get("/api/inbox?view=GROUP&kind=" + Forms.LEAD_VERIFICATION))).contains(firstTask);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'task.unclaimed' and stream = ?",
                Long.class, "lead/" + first)).isEqualTo(1);
    }

    @Test
    void ofTwoOfficersClaimingTheSameTaskAtOnceExactlyOneWinsAndOutsidersSeeNothing() throws Exception {
        long lead = Scenarios.lead(port, "同时领取 claim race");
        long task = officer1.awaitTask(lead, Elements.VERIFY_LEAD).get("id").asLong();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService both = Executors.newFixedThreadPool(2);
        List<Future<Integer>> claims = new ArrayList<>();
        for (ApiClient officer : List.of(officer1, officer2)) {
            Callable<Integer> claim = () -> {
                start.await();
                return officer.post("/api/tasks/" + task + "/claim", "").status();
            };
            claims.add(both.submit(claim));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> claim : claims) {
            statuses.add(claim.get());
        }
        both.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);

        ApiClient outsider = ApiClient.as(port, "officer.huannan");
        assertThat(ids(outsider.get("/api/inbox?view=GROUP"))).doesNotContain(task);
        assertThat(outsider.get("/api/tasks/" + task).status()).isEqualTo(404);
        assertThat(outsider.post("/api/tasks/" + task + "/claim", "").status()).isEqualTo(404);
        assertThat(outsider.post("/api/tasks/" + task + "/complete", """
                {"outcome": "FILE", "opinion": "越权"}""").status()).isEqualTo(404);
        assertThat(outsider.post("/api/tasks/" + task + "/unclaim", "").status()).isEqualTo(404);
    }

    @Test
    void aSquadLeaderAssignsAnOfficerPutsItAsideAndBothComment() {
        long lead = Scenarios.lead(port, "指派 assign");
        long task = officer1.awaitTask(lead, Elements.VERIFY_LEAD).get("id").asLong();

        assertThat(officer1.post("/api/tasks/" + task + "/assign", """
                {"assignee": "officer.dinghai2"}""").status()).isEqualTo(403);
        ApiClient.Response unknown = squadLeader.post("/api/tasks/" + task + "/assign", """
                {"assignee": "nobody"}""");
        assertThat(unknown.status()).isEqualTo(400);
        ApiClient.Response assigned = squadLeader.post("/api/tasks/" + task + "/assign", """
                {"assignee": "officer.dinghai2"}""");
        assertThat(assigned.status()).as(assigned.body().toString()).isEqualTo(200);
        assertThat(assigned.body().get("assignee").asText()).isEqualTo("officer.dinghai2");
        assertThat(ids(officer2.get("/api/inbox?view=MINE"))).contains(task);

        assertThat(officer2.put("/api/tasks/" + task + "/follow-up", """
                {"until": "2099-01-01T00:00:00Z"}""").body().get("followUpAt").asText()).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(ids(officer2.get("/api/inbox?view=MINE"))).doesNotContain(task);
        assertThat(ids(officer2.get("/api/inbox?view=FOLLOW_UP"))).contains(task);
        assertThat(officer2.put("/api/tasks/" + task + "/follow-up", """
                {"until": null}""").status()).isEqualTo(200);
        assertThat(ids(officer2.get("/api/inbox?view=MINE"))).contains(task);

        JsonNode told = officer2.get("/api/notifications").body();
        assertThat(told).anySatisfy(n -> {
            assertThat(n.get("kind").asText()).isEqualTo("ASSIGNED");
            assertThat(n.get("taskId").asLong()).isEqualTo(task);
            assertThat(n.get("readAt").isNull()).isTrue();
        });
        assertThat(told).anySatisfy(n -> assertThat(n.get("kind").asText() + n.get("taskId").asLong())
                .isEqualTo("NEW_TASK" + task));
        long unread = officer2.get("/api/notifications/unread").body().get("unread").asLong();
        long assignedNote = java.util.stream.StreamSupport.stream(told.spliterator(), false)
                .filter(n -> n.get("kind").asText().equals("ASSIGNED") && n.get("taskId").asLong() == task)
                .findFirst().orElseThrow().get("id").asLong();
        assertThat(officer2.post("/api/notifications/" + assignedNote + "/read", "").status()).isEqualTo(204);
        assertThat(officer2.get("/api/notifications/unread").body().get("unread").asLong()).isEqualTo(unread - 1);
        assertThat(officer1.post("/api/notifications/" + assignedNote + "/read", "").status()).as("not theirs")
                .isEqualTo(404);

        assertThat(squadLeader.post("/api/tasks/" + task + "/comments", """
                {"text": "请今天核实"}""").status()).isEqualTo(201);
        assertThat(officer2.post("/api/tasks/" + task + "/comments", """
                {"text": "已联系举报人"}""").status()).isEqualTo(201);
        assertThat(officer1.get("/api/tasks/" + task + "/comments").body()).extracting(c -> c.get("author").asText())
                .containsExactly("squad.dinghai", "officer.dinghai2");
    }

    @Test
    void aHeadApprovesTwoFilingsAtOnceAndBothCasesMoveOn() {
        ApiClient head = ApiClient.as(port, "head.dinghai");
        long first = Scenarios.lead(port, "批量立案 batch 1");
        long second = Scenarios.lead(port, "批量立案 batch 2");
        Scenarios.verifiedForFiling(port, first, "officer.dinghai1");
        Scenarios.verifiedForFiling(port, second, "officer.dinghai1");
        long firstTask = head.awaitTask(first, Elements.FILE_CASE_APPROVAL).get("id").asLong();
        long secondTask = head.awaitTask(second, Elements.FILE_CASE_APPROVAL).get("id").asLong();

        ApiClient.Response approved = head.post("/api/tasks/approvals", """
                {"taskIds": [%d, %d], "opinion": "同意立案"}""".formatted(firstTask, secondTask));
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        assertThat(approved.body()).extracting(r -> r.get("approved").asBoolean()).containsExactly(true, true);

        long investigation = officer1.awaitTask(first, Elements.INVESTIGATE).get("id").asLong();
        officer1.awaitTask(second, Elements.INVESTIGATE);
        JsonNode context = officer1.get("/api/tasks/" + investigation + "/context").body();
        assertThat(context.get("task").get("caseNumber").asText()).isNotBlank();
        assertThat(context.get("currentSteps")).extracting(JsonNode::asText).contains(Elements.INVESTIGATE);
        assertThat(context.get("approvals")).extracting(a -> a.get("step").asText() + "/" + a.get("opinion").asText())
                .containsExactly(Elements.FILE_CASE_APPROVAL + "/同意立案");
        assertThat(context.get("clocks")).anySatisfy(c -> {
            assertThat(c.get("clockId").asText()).isEqualTo("case.decide");
            assertThat(c.get("secondsLeft").asLong()).isPositive();
        });
        assertThat(jdbc.queryForList("select opinion from approval_record where task_id in (?, ?)", String.class,
                firstTask, secondTask)).containsExactly("同意立案", "同意立案");
    }

    @Test
    void aDelegateVerifiesTheLeadAndTheOwnerCompletesWithTheDraft() {
        long lead = Scenarios.lead(port, "委派 delegation");
        long task = officer1.awaitTask(lead, Elements.VERIFY_LEAD).get("id").asLong();
        assertThat(officer1.post("/api/tasks/" + task + "/claim", "").status()).isEqualTo(200);
        ApiClient.Response delegated = officer1.post("/api/tasks/" + task + "/delegate", """
                {"to": "officer.dinghai2"}""");
        assertThat(delegated.status()).as(delegated.body().toString()).isEqualTo(200);
        assertThat(ids(officer1.get("/api/inbox?view=DELEGATED"))).contains(task);

        String verification = Scenarios.verification("FILE", LocalDate.now().minusDays(3), null);
        assertThat(officer2.post("/api/tasks/" + task + "/complete", verification).status()).isEqualTo(409);
        assertThat(officer2.post("/api/tasks/" + task + "/resolve", verification).status()).isEqualTo(200);
        JsonNode draft = officer1.get("/api/tasks/" + task + "/draft").body();
        assertThat(draft.get("outcome").asText()).isEqualTo("FILE");

        ApiClient.Response completed = officer1.post("/api/tasks/" + task + "/complete", draft.toString());
        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(200);
        ApiClient.as(port, "head.dinghai").awaitTask(lead, Elements.FILE_CASE_APPROVAL);
    }

    @Test
    void aSquadLeaderRaisesATasksPriorityAndTheInboxPagesByPriority() {
        long first = Scenarios.lead(port, "优先级 priority 1");
        long second = Scenarios.lead(port, "优先级 priority 2");
        long firstTask = officer1.awaitTask(first, Elements.VERIFY_LEAD).get("id").asLong();
        long secondTask = officer1.awaitTask(second, Elements.VERIFY_LEAD).get("id").asLong();
        assertThat(officer1.get("/api/tasks/" + secondTask).body().get("priority").asInt()).isEqualTo(50);

        String path = "/api/tasks/" + secondTask + "/priority";
        assertThat(officer1.put(path, """
                {"priority": 80}""").status()).as("an officer").isEqualTo(403);
        assertThat(ApiClient.as(port, "officer.huannan").put(path, """
                {"priority": 80}""").status()).as("another unit").isEqualTo(404);
        ApiClient.Response tooHigh = squadLeader.put(path, """
                {"priority": 101}""");
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.contentType()).startsWith("application/problem+json");
        assertThat(tooHigh.body().get("detail").asText()).contains("between 0 and 100");
        assertThat(squadLeader.put(path, "{}").status()).as("no priority").isEqualTo(400);
        assertThat(officer1.get("/api/tasks/" + secondTask).body().get("priority").asInt()).as("refusals change nothing")
                .isEqualTo(50);
        ApiClient.Response raised = squadLeader.put(path, """
                {"priority": 80}""");
        assertThat(raised.status()).as(raised.body().toString()).isEqualTo(200);
        assertThat(raised.body().get("priority").asInt()).isEqualTo(80);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'task.prioritised' and stream = ?",
                Long.class, "lead/" + second)).isEqualTo(1);

        // Page by page through the Link header: highest priority first, then soonest due (none last), then id.
        List<JsonNode> walked = new ArrayList<>();
        String page = "/api/inbox?view=GROUP&kind=" + Forms.LEAD_VERIFICATION + "&sort=PRIORITY&limit=2";
        for (int pages = 0; page != null && pages < 500; pages++) {
            ApiClient.Response response = officer2.get(page);
            assertThat(response.status()).isEqualTo(200);
            response.body().forEach(walked::add);
            page = response.next();
        }
        List<Long> ids = walked.stream().map(task -> task.get("id").asLong()).toList();
        assertThat(ids).doesNotHaveDuplicates().containsSubsequence(secondTask, firstTask);
        assertThat(walked).isSortedAccordingTo(Comparator.<JsonNode>comparingInt(task -> -task.get("priority").asInt())
                .thenComparing(task -> task.get("dueAt").isNull() ? Instant.MAX : Instant.parse(task.get("dueAt").asText()))
                .thenComparingLong(task -> task.get("id").asLong()));
        assertThat(walked.getFirst().get("priority").asInt()).isGreaterThanOrEqualTo(80);
    }

    private static List<Long> ids(ApiClient.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        response.body().forEach(task -> ids.add(task.get("id").asLong()));
        return ids;
    }
}
