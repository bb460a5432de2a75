package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.UepIntegrationTest;
import org.uep.domain.document.CaseDocument;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.document.Documents;

/**
 * Documents through the API with real tokens: issued as a worker issues them, listed, downloaded intact with their
 * number as the file name, and the case file exported as a ZIP in statutory order with matching hashes.
 */
@UepIntegrationTest
class DocumentApiTest {

    static final byte[] PDF = "%PDF-1.7 营业执照".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired Documents documents;

    @Test
    void aDecisionIsDownloadedIntactAndTheCaseFileExportedInOrder() throws Exception {
        DirectoryReady.await(jdbc);
        long caseId = Scenarios.filedCase(port, "文书 documents").caseId();
        ApiClient officer = ApiClient.as(port, "officer.dinghai1");
        long evidenceId = officer.post("/api/cases/" + caseId + "/evidence", """
                {"kind": "DOCUMENTARY", "title": "营业执照复印件", "collectedAt": "2026-01-05T02:00:00Z",
                 "officers": ["officer.dinghai1", "officer.dinghai2"]}""").body().get("id").asLong();
        assertThat(officer.putFile("/api/evidence/" + evidenceId + "/file?fileName=licence.pdf", "application/pdf", PDF)
                .status()).isEqualTo(200);
        CaseDocument decision = documents.issue(caseId, DocumentKind.DECISION, "job-1", Map.of(
                "party", "张三", "facts", "占道经营", "evidence", "营业执照复印件", "violatedProvision", "条例第十四条",
                "legalBasis", "条例第三十六条", "penalty", "罚款人民币伍佰元", "performance", "十五日内缴纳"), "head.dinghai");
        documents.issue(caseId, DocumentKind.SERVICE_PROOF, "job-2", Map.of("servedDocument", decision.getNumber(),
                "recipient", "张三", "place", "解放西路", "method", "直接送达", "servedAt", "2026年1月20日",
                "servers", "officer.dinghai1、officer.dinghai2"), "officer.dinghai1");

        JsonNode list = officer.get("/api/cases/" + caseId + "/documents").body();
        assertThat(list).extracting(d -> d.get("kind").asText()).containsExactly("DECISION", "SERVICE_PROOF");
        assertThat(list.get(0).get("number").asText()).isEqualTo(decision.getNumber()).matches("定综执罚决字〔\\d{4}〕第\\d+号");

        ApiClient.Download file = ApiClient.as(port, "supervisor.dinghai").download(list.get(0).get("file").asText());
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualToIgnoringCase("text/plain;charset=UTF-8");
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(file.body());
        assertThat(HexFormat.of().formatHex(sha256)).isEqualTo(list.get(0).get("sha256").asText());
        assertThat(file.digest()).isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(sha256) + ":");
        assertThat(file.disposition()).contains("filename*=UTF-8''" + URLEncoder.encode(decision.getNumber()
                + "行政处罚决定书.txt", StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(new String(file.body(), StandardCharsets.UTF_8)).contains(decision.getNumber(), "六十日", "六个月");

        ApiClient.Download archive = ApiClient.as(port, "head.dinghai").download("/api/cases/" + caseId + "/export");
        assertThat(archive.status()).isEqualTo(200);
        assertThat(archive.contentType()).isEqualTo("application/zip");
        assertThat(archive.disposition()).contains("filename*=UTF-8''");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        List<String[]> rows = Arrays.stream(new String(files.get("目录.csv"), StandardCharsets.UTF_8).replace("\uFEFF", "")
                .split("\r\n")).skip(1).map(line -> line.split(",", -1)).toList();
        assertThat(rows).extracting(row -> row[1] + " " + row[2])
                .containsExactly("证据材料 营业执照复印件", "决定 行政处罚决定书", "送达 送达回证");
        for (String[] row : rows) {
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get(row[6]))))
                    .as(row[6]).isEqualTo(row[5]);
        }
        assertThat(files.get(rows.getFirst()[6])).isEqualTo(PDF);

        ApiClient outsider = ApiClient.as(port, "officer.dinghai.env");
        assertThat(outsider.download("/api/cases/" + caseId + "/export").status()).isEqualTo(404);
        assertThat(outsider.download(list.get(0).get("file").asText()).status()).isEqualTo(404);
        assertThat(officer.get("/api/documents/999999999/file").status()).isEqualTo(404);
    }
}
