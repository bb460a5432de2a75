package org.uep.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.app.testing.ApiClient;
import org.uep.app.testing.DirectoryReady;
import org.uep.app.testing.Scenarios;
import org.uep.app.testing.UepIntegrationTest;

/** Evidence through the API with real tokens: recorded, its file uploaded, downloaded intact, refusals as problems. */
@UepIntegrationTest
class EvidenceApiTest {

    /** An MP4's first box: size, "ftyp", brand "isom", then some bytes. */
    static final byte[] VIDEO = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 1, 2, 3, 4};

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void directoryKnowsTheOfficers() {
        DirectoryReady.await(jdbc);
    }

    @Test
    void aRecordingIsPutOnRecordWithItsHashAndDownloadedIntact() throws Exception {
        long caseId = Scenarios.filedCase(port, "执法记录仪视频 body camera").caseId();
        ApiClient officer = ApiClient.as(port, "officer.dinghai1");

        ApiClient.Response recorded = officer.post("/api/cases/" + caseId + "/evidence", """
                {"kind": "audio_visual", "title": "执法记录仪视频 body-camera video", "description": "现场检查全过程",
                 "collectedAt": "2026-01-05T02:00:00Z", "collectedPlace": "定海区解放西路",
                 "officers": ["officer.dinghai1", "officer.dinghai2"]}""");
        assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        long evidenceId = recorded.body().get("id").asLong();
        assertThat(recorded.body().get("kind").asText()).isEqualTo("AUDIO_VISUAL");
        assertThat(recorded.body().get("sha256").isNull()).isTrue();

        ApiClient.Response uploaded = officer.putFile("/api/evidence/" + evidenceId + "/file?fileName=DH0001.mp4", "video/mp4", VIDEO);
        assertThat(uploaded.status()).as(uploaded.body().toString()).isEqualTo(200);
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(VIDEO);
        assertThat(uploaded.body().get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(sha256));
        assertThat(uploaded.body().get("size").asLong()).isEqualTo(VIDEO.length);

        ApiClient.Download download = ApiClient.as(port, "head.dinghai").download("/api/evidence/" + evidenceId + "/file");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("video/mp4");
        assertThat(download.digest()).isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(sha256) + ":");
        assertThat(download.body()).isEqualTo(VIDEO);

        JsonNode list = officer.get("/api/cases/" + caseId + "/evidence").body();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("fileName").asText()).isEqualTo("DH0001.mp4");
        assertThat(list.get(0).get("officers")).extracting(JsonNode::asText).containsExactly("officer.dinghai1", "officer.dinghai2");
    }

    @Test
    void badEvidenceIsRefusedWithProblemDetailsAndChangesNothing() {
        long caseId = Scenarios.filedCase(port, "证据拒绝 refusals").caseId();
        ApiClient officer = ApiClient.as(port, "officer.dinghai1");
        long before = jdbc.queryForObject("select count(*) from evidence_item", Long.class);

        ApiClient.Response badKind = officer.post("/api/cases/" + caseId + "/evidence", """
                {"kind": "RUMOUR", "title": "x", "collectedAt": "2026-01-05T02:00:00Z", "officers": ["officer.dinghai1", "officer.dinghai2"]}""");
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.contentType()).startsWith("application/problem+json");
        assertThat(badKind.body().get("detail").asText()).contains("RUMOUR", "DOCUMENTARY");
        ApiClient.Response oneOfficer = officer.post("/api/cases/" + caseId + "/evidence", """
                {"kind": "PHYSICAL", "title": "x", "collectedAt": "2026-01-05T02:00:00Z", "officers": ["officer.dinghai1"]}""");
        assertThat(oneOfficer.status()).isEqualTo(400);
        assertThat(oneOfficer.body().get("detail").asText()).contains("at least two different officers");
        assertThat(jdbc.queryForObject("select count(*) from evidence_item", Long.class)).isEqualTo(before);

        long evidenceId = officer.post("/api/cases/" + caseId + "/evidence", """
                {"kind": "PHYSICAL", "title": "扣押的三轮车照片", "collectedAt": "2026-01-05T02:00:00Z",
                 "officers": ["officer.dinghai1", "officer.dinghai2"]}""").body().get("id").asLong();
        ApiClient.Response notAVideo = officer.putFile("/api/evidence/" + evidenceId + "/file", "video/mp4", "hello".getBytes());
        assertThat(notAVideo.status()).isEqualTo(400);
        assertThat(notAVideo.body().get("detail").asText()).contains("content is not video/mp4");
        assertThat(officer.putFile("/api/evidence/" + evidenceId + "/file", "text/html", "<p>".getBytes()).status()).isEqualTo(400);
        assertThat(officer.putFile("/api/evidence/" + evidenceId + "/file", "video/mp4", VIDEO).status()).isEqualTo(200);
        byte[] other = VIDEO.clone();
        other[VIDEO.length - 1] = 9;
        ApiClient.Response replaced = officer.putFile("/api/evidence/" + evidenceId + "/file", "video/mp4", other);
        assertThat(replaced.status()).isEqualTo(409);
        assertThat(replaced.body().get("detail").asText()).contains("never replaced");
        assertThat(ApiClient.as(port, "officer.dinghai.env").download("/api/evidence/" + evidenceId + "/file").status())
                .isEqualTo(404);
    }
}
