package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.KeycloakTokens;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.document.Documents;
import org.uep.domain.execution.ExecutionService;
import org.uep.domain.penalty.PenaltyProceedings;
import org.uep.processes.penalty.PenaltyCaseProcess.Elements;

/**
 * Every API endpoint × a user of every role, placed relative to the dossier under test (a lead and a case of
 * the Dinghai comprehensive team): own unit, sibling departments and a township of the same county, the city
 * level above, supervision, outside bodies, administrators, and no token at all. Tokens come from the real
 * Keycloak. The expected outcome of each cell is written below; the test prints the observed matrix, fails on
 * any difference (reporting unexpected permits first) and fails when the application has an endpoint without
 * a row, so every endpoint added later must join the matrix.
 *
 * <p>Outcomes: an HTTP status, or for lists {@code see} (200, and the dossier is in it) / {@code 200} (200, not in it).
 */
@UepIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    /** Columns: who asks, and how they stand to the Dinghai comprehensive team's dossier. */
    static final List<String> USERS = List.of(
            "anonymous",            // no token
            "officer.dinghai1",     // officer, own unit
            "squad.dinghai",        // squad leader, own unit
            "head.dinghai",         // head, own unit
            "manager.dinghai",      // manager, own unit
            "reviewer.dinghai",     // legal reviewer, own unit
            "officer.dinghai.env",  // officer, sibling department (ecology & environment, Dinghai)
            "head.dinghai.env",     // head, sibling department
            "officer.huannan",      // officer, township team of the same county
            "head.city",            // head, city comprehensive team (the level above)
            "supervisor.justice",   // supervisor, city justice bureau
            "supervisor.dinghai",   // supervisor, Dinghai justice bureau
            "police.dinghai",       // police liaison (outside body)
            "prosecutor.city",      // prosecutor (outside body)
            "coordinator.city",     // coordination office
            "sysadmin",             // system administrator
            "secadmin",             // security administrator
            "auditadmin",           // audit administrator
            "finance.dinghai",      // finance, own unit (enters payments from bank receipts)
            "uep-collection");      // the collection system's service account (confirms payments)

    /** Rows: one per endpoint; cells in the order of {@link #USERS}. */
    static final String EXPECTED = """
            POST /api/leads                      401 201 201 201 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            GET /api/leads/{id}                  401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 404 404
            POST /api/summary-penalties          401 201 201 201 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403
            POST /api/leads/{id}/parties         401 201 201 201 403 403 404 404 404 404 403 403 403 403 403 403 403 403 403 403
            GET /api/leads/{id}/parties          401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 404 404
            GET /api/parties/{id}/history        401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 403 403 403 200 403
            GET /api/cases                       401 see see see see see 200 200 200 200 see see 200 200 200 200 200 200 200 200
            GET /api/cases/{id}                  401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 404 404
            GET /api/cases/{id}/clocks           401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 404 404
            POST /api/cases/{id}/evidence        401 201 201 201 403 403 404 404 404 404 403 403 404 404 404 404 404 404 404 404
            GET /api/cases/{id}/evidence         401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 404 404
            PUT /api/evidence/{id}/file          401 200 200 200 403 403 404 404 404 404 403 403 404 404 404 404 404 404 404 404
            GET /api/evidence/{id}/file          401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 404 404
            POST /api/cases/{id}/coercive-measures 401 201 201 201 403 403 404 404 404 404 403 403 404 404 404 404 404 404 404 404
            GET /api/cases/{id}/coercive-measures 401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 404 404
            GET /api/cases/{id}/documents        401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 404 404
            GET /api/documents/{id}/file         401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 404 404
            GET /api/cases/{id}/export           401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 404 404
            POST /api/cases/{id}/transfer-outcome 401 409 409 409 403 403 404 404 404 404 403 403 404 404 404 404 404 404 404 404
            GET /api/inbox                       401 200 200 see 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/tasks/{id}                  401 404 200 200 200 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            POST /api/tasks/{id}/claim           401 404 403 200 403 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            POST /api/tasks/{id}/complete        401 404 403 200 403 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            POST /api/tasks/{id}/unclaim         401 404 409 409 409 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            POST /api/tasks/{id}/assign          401 404 409 409 409 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            PUT /api/tasks/{id}/follow-up        401 404 409 409 409 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            PUT /api/tasks/{id}/priority         401 404 409 409 409 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            POST /api/tasks/{id}/comments        401 404 201 201 201 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            GET /api/tasks/{id}/comments         401 404 200 200 200 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            POST /api/tasks/approvals            401 404 200 200 200 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            POST /api/tasks/{id}/delegate        401 404 409 409 409 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            POST /api/tasks/{id}/resolve         401 404 409 409 409 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            GET /api/tasks/{id}/draft            401 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            GET /api/tasks/{id}/context          401 404 200 200 200 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            GET /api/notifications               401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/notifications/unread        401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            POST /api/notifications/{id}/read    401 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404 404
            POST /api/admin/directory/sync       401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 200 403 403 403
            GET /api/calendar/{year}             401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            PUT /api/calendar/{year}             401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403
            GET /api/calendar/missing-years      401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            POST /api/calendar/computations      401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            GET /api/clocks/catalogue            401 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200 200
            PUT /api/clocks/catalogue/{id}       401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 200 403 403 403 403
            POST /api/payments                   401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 201
            POST /api/cases/{id}/payments/manual 401 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 403 201 403
            GET /api/cases/{id}/execution        401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 200 404
            POST /api/cases/{id}/payments/deferral 401 201 201 201 403 403 404 404 404 404 403 403 404 404 404 404 404 404 404 404
            GET /api/cases/{id}/publication      401 200 200 200 200 200 404 404 404 404 200 200 404 404 404 404 404 404 404 404
            POST /api/cases/{id}/revocation      401 403 403 201 403 403 404 404 404 404 403 403 404 404 404 404 404 404 404 404
            """;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Documents documents;
    @Autowired PenaltyProceedings proceedings;
    @Autowired ExecutionService executions;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    long leadId;
    long caseId;
    long filingTaskId;
    long evidenceId;
    long partyId;
    long documentId;
    String decisionNumber;
    Instant paidAt;
    Instant servedAt;

    @BeforeAll
    void dossiers() {
        DirectoryReady.await(jdbc);
        Scenarios.Filed filed = Scenarios.filedCase(port, "矩阵测试 matrix");
        caseId = filed.caseId();
        decisionNumber = Scenarios.servedFine(proceedings, executions, filed);
        paidAt = Instant.now().minusSeconds(60);
        servedAt = Instant.now();
        leadId = Scenarios.lead(port, "矩阵测试 matrix");
        Scenarios.verifiedForFiling(port, leadId, "officer.dinghai1");
        filingTaskId = ApiClient.as(port, "head.dinghai").awaitTask(leadId, Elements.FILE_CASE_APPROVAL).get("id").asLong();
        ApiClient officer = ApiClient.as(port, "officer.dinghai1");
        evidenceId = officer.post("/api/cases/" + caseId + "/evidence", EVIDENCE).body().get("id").asLong();
        partyId = officer.post("/api/leads/" + leadId + "/parties", PARTY).body().get("id").asLong();
        assertThat(officer.putFile("/api/evidence/" + evidenceId + "/file", "application/pdf", PDF).status()).isEqualTo(200);
        // Documents are issued by the process's workers, not through the API.
        documentId = documents.issue(caseId, DocumentKind.CLOSING_REPORT, "matrix", Map.of("party", "矩阵", "cause", "x",
                "outcome", "x", "execution", "x", "handlerOpinion", "x"), "head.dinghai").getId();
    }

    static final String EVIDENCE = """
            {"kind": "DOCUMENTARY", "title": "营业执照复印件", "collectedAt": "2026-01-05T02:00:00Z",
             "officers": ["officer.dinghai1", "officer.dinghai2"]}""";
    /** A valid resident ID (GB 11643 check character worked out by hand: weighted sum mod 11 = 6 → '8'). */
    static final String PARTY = """
            {"kind": "NATURAL_PERSON", "identifierType": "RESIDENT_ID", "identifier": "330902198503154218",
             "name": "矩阵当事人", "role": "PARTY"}""";
    static final byte[] PDF = "%PDF-1.7 matrix".getBytes(StandardCharsets.US_ASCII);

    @Test
    void everyEndpointHasARowAndEveryCellHoldsWithNoUnexpectedPermit() {
        Map<String, List<String>> expected = parse(EXPECTED);
        Set<String> endpoints = apiEndpoints();
        assertThat(new TreeSet<>(expected.keySet())).as("rows of the matrix = the application's /api endpoints")
                .isEqualTo(endpoints);

        List<String> unexpectedPermits = new ArrayList<>();
        List<String> unexpectedDenials = new ArrayList<>();
        StringBuilder observed = new StringBuilder("\nAuthorisation matrix (observed; * = differs from expected)\n");
        for (int column = 0; column < USERS.size(); column++) {
            observed.append(String.format("  %2d = %s%n", column + 1, USERS.get(column)));
        }
        observed.append(String.format("%-37s", ""));
        for (int column = 0; column < USERS.size(); column++) {
            observed.append(String.format(" %-6d", column + 1));
        }
        observed.append('\n');
        int cells = 0;
        int permits = 0;
        for (Map.Entry<String, List<String>> row : expected.entrySet()) {
            String[] actual = new String[USERS.size()];
            for (int column : order(row.getKey(), row.getValue())) {
                actual[column] = call(row.getKey(), USERS.get(column));
            }
            observed.append(String.format("%-37s", row.getKey()));
            for (int column = 0; column < USERS.size(); column++) {
                String want = row.getValue().get(column);
                String got = actual[column];
                cells++;
                permits += isPermit(got) ? 1 : 0;
                boolean differs = !want.equals(got);
                observed.append(String.format(" %-6s", got + (differs ? "*" : "")));
                String cell = row.getKey() + " as " + USERS.get(column) + ": expected " + want + ", got " + got;
                if (differs && isPermit(got) && !isPermit(want)) {
                    unexpectedPermits.add(cell);
                } else if (differs) {
                    unexpectedDenials.add(cell);
                }
            }
            observed.append('\n');
        }
        observed.append(String.format("%d cells, %d permits, %d denials; %d unexpected permits, %d other differences%n",
                cells, permits, cells - permits, unexpectedPermits.size(), unexpectedDenials.size()));
        System.out.println(observed);

        assertThat(unexpectedPermits).as("unexpected permits").isEmpty();
        assertThat(unexpectedDenials).as("cells that differ from the matrix").isEmpty();
    }

    /** State-changing cells that should succeed run last in their row, so the denials meet the same state. */
    private static List<Integer> order(String endpoint, List<String> row) {
        List<Integer> columns = new ArrayList<>();
        List<Integer> last = new ArrayList<>();
        for (int column = 0; column < row.size(); column++) {
            (endpoint.startsWith("POST /api/tasks/") && isPermit(row.get(column)) ? last : columns).add(column);
        }
        columns.addAll(last);
        return columns;
    }

    private String call(String endpoint, String user) {
        ApiClient client = switch (user) {
            case "anonymous" -> ApiClient.anonymous(port);
            case KeycloakTokens.COLLECTION_CLIENT -> ApiClient.asCollectionSystem(port);
            default -> ApiClient.as(port, user);
        };
        String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                .replace("/api/leads/{id}", "/api/leads/" + leadId)
                .replace("/api/parties/{id}", "/api/parties/" + partyId)
                .replace("/api/cases/{id}", "/api/cases/" + caseId)
                .replace("/api/tasks/{id}", "/api/tasks/" + filingTaskId)
                .replace("/api/evidence/{id}", "/api/evidence/" + evidenceId)
                .replace("/api/documents/{id}", "/api/documents/" + documentId)
                // Nobody reads another's notification: an id of none of theirs.
                .replace("/api/notifications/{id}", "/api/notifications/0")
                // A far year, so the system administrator's permitted replacement touches no real calendar.
                .replace("/api/calendar/{year}", "/api/calendar/" + (endpoint.startsWith("PUT") ? 2099 : 2026));
        if (endpoint.endsWith("/file") && endpoint.startsWith("GET") || endpoint.endsWith("/export")) {
            return String.valueOf(client.download(path).status());
        }
        ApiClient.Response response = switch (endpoint) {
            case "POST /api/leads" -> client.post(path, lead());
            case "POST /api/cases/{id}/evidence" -> client.post(path, EVIDENCE);
            case "POST /api/cases/{id}/coercive-measures" -> client.post(path, """
                    {"kind": "SEIZURE", "items": "无照经营的烧烤炉一台", "place": "解放路", "reason": "防止转移"}""");
            case "POST /api/leads/{id}/parties" -> client.post(path, PARTY);
            case "POST /api/summary-penalties" -> client.post(path, """
                    {"unitPath": "/zhoushan/dinghai/comprehensive", "party": %s,
                     "penalty": {"measures": [{"kind": "FINE", "amount": 5000}], "legalBasis": "第三十六条",
                                 "tier": "ORDINARY", "departsFromDiscretionStandard": false},
                     "facts": "占道经营", "violatedProvision": "第十七条", "place": "解放路", "cashCollected": false}"""
                    .formatted(PARTY.replace(", \"role\": \"PARTY\"", "")));
            // The case under test was never transferred: staff of its unit get as far as "nothing awaits an answer".
            case "POST /api/cases/{id}/transfer-outcome" -> client.post(path, """
                    {"outcome": "ACCEPTED", "note": "公安机关立案决定书"}""");
            case "PUT /api/evidence/{id}/file" -> client.putFile(path, "application/pdf", PDF);
            case "POST /api/tasks/{id}/assign" -> client.post(path, """
                    {"assignee": "head.dinghai"}""");
            case "PUT /api/tasks/{id}/follow-up" -> client.put(path, """
                    {"until": "2099-01-01T00:00:00Z"}""");
            case "PUT /api/tasks/{id}/priority" -> client.put(path, """
                    {"priority": 80}""");
            case "POST /api/tasks/{id}/delegate" -> client.post(path, """
                    {"to": "officer.dinghai1"}""");
            case "POST /api/tasks/{id}/resolve" -> client.post(path, """
                    {"outcome": "APPROVE", "opinion": "同意"}""");
            case "POST /api/tasks/approvals" -> client.post(path, """
                    {"taskIds": [%d], "opinion": "同意"}""".formatted(filingTaskId));
            case "POST /api/tasks/{id}/comments" -> client.post(path, """
                    {"text": "矩阵测试备注"}""");
            case "POST /api/tasks/{id}/complete" -> client.post(path, """
                    {"outcome": "APPROVE", "opinion": "同意立案"}""");
            case "PUT /api/calendar/{year}" -> client.put(path, """
                    {"holidays": [], "makeUpWorkdays": []}""");
            case "PUT /api/clocks/catalogue/{id}" -> client.put(path.replace("{id}", "rectify.recheck"), """
                    {"length": 15}""");
            case "POST /api/calendar/computations" -> client.post(path, """
                    {"start": "2026-09-30", "n": 5, "unit": "WORKING_DAYS"}""");
            case "POST /api/payments" -> client.post(path, """
                    {"reference": "FS-MATRIX-%d", "decisionNumber": "%s", "amountFen": 100, "paidAt": "%s", "channel": "银行柜台"}"""
                    .formatted(caseId, decisionNumber, paidAt));
            case "POST /api/cases/{id}/payments/manual" -> client.post(path, """
                    {"receiptReference": "RCPT-MATRIX-%d", "amountFen": 100, "paidAt": "%s", "channel": "银行柜台",
                     "reason": "非税系统未回传"}""".formatted(caseId, paidAt));
            case "POST /api/cases/{id}/payments/deferral" -> client.post(path, """
                    {"newDueDay": "%s", "appliedAt": "%s"}""".formatted(LegalTime.dayOf(servedAt).plusDays(30), servedAt));
            case "POST /api/cases/{id}/revocation" -> client.post(path, """
                    {"revokedAt": "%s", "revokedBy": "舟山市定海区人民政府", "reason": "行政复议决定撤销"}""".formatted(servedAt));
            default -> endpoint.startsWith("POST ") ? client.post(path, "") : client.get(path);
        };
        if (response.status() == 200 && endpoint.equals("GET /api/cases")) {
            return contains(response.body(), caseId) ? "see" : "200";
        }
        if (response.status() == 200 && endpoint.equals("GET /api/inbox")) {
            return contains(response.body(), filingTaskId) ? "see" : "200";
        }
        return String.valueOf(response.status());
    }

    private Set<String> apiEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        return endpoints;
    }

    private static Map<String, List<String>> parse(String table) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : table.strip().split("\n")) {
            String[] parts = line.trim().split("\\s+");
            List<String> cells = Arrays.asList(parts).subList(2, parts.length);
            assertThat(cells).as("cells of " + parts[0] + " " + parts[1]).hasSize(USERS.size());
            rows.put(parts[0] + " " + parts[1], cells);
        }
        return rows;
    }

    private static boolean contains(JsonNode list, long id) {
        for (JsonNode item : list) {
            if (item.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPermit(String outcome) {
        return outcome.startsWith("2") || outcome.equals("see");
    }

    private static String lead() {
        return """
                {"unitPath": "%s", "source": "INSPECTION", "summary": "矩阵测试 matrix"}""".formatted(Scenarios.DINGHAI);
    }
}
