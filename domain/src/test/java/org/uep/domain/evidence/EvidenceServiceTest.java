package org.uep.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.lead.Lead;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;

@DomainTest
class EvidenceServiceTest {

    /** The start of a JPEG file (SOI + APP0 marker) and some bytes. */
    static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 2, 3};
    static final byte[] OTHER_PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 9, 9, 9};

    @Autowired EvidenceService evidence;
    @Autowired Dossiers dossiers;
    @Autowired AuditEventRepository audit;
    @Autowired JdbcTemplate jdbc;

    final Caller officer = Callers.officer("officer.dinghai1");
    Lead lead;

    @BeforeEach
    void dossierAndColleagues() {
        lead = dossiers.registeredLead();
        dossiers.knownOfficer("officer.dinghai2", LocalDate.of(2030, 12, 31));
        dossiers.knownOfficer("officer.retired", LocalDate.of(2020, 6, 30));
    }

    private EvidenceDetails photo(List<String> officers, Instant collectedAt) {
        return new EvidenceDetails(EvidenceKind.AUDIO_VISUAL, "现场照片 photo of the stall", "人行道摆摊", collectedAt,
                "定海区解放西路", officers);
    }

    @Test
    void evidenceIsRecordedByTwoCertifiedOfficersAndItsFileIsKeptByHashNeverReplaced() throws Exception {
        EvidenceItem item = evidence.record(lead.getId(),
                photo(List.of(" officer.dinghai1", "officer.dinghai2", "officer.dinghai1"), Instant.now().minusSeconds(3600)),
                officer);
        assertThat(item.getOfficers()).containsExactly("officer.dinghai1", "officer.dinghai2");
        assertThat(item.getContentSha256()).isNull();

        EvidenceItem attached = evidence.attach(item.getId(), new ByteArrayInputStream(PHOTO), "image/jpeg; charset=binary",
                "C:\\相机\\IMG_0001.JPG", officer);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PHOTO));
        assertThat(attached.getContentSha256()).isEqualTo(sha256);
        assertThat(attached.getContentSize()).isEqualTo(PHOTO.length);
        assertThat(attached.getMediaType()).isEqualTo("image/jpeg");
        assertThat(attached.getFileName()).isEqualTo("IMG_0001.JPG");

        // The same file again (a retried upload) changes nothing; another file is refused.
        Instant attachedAt = attachedAt(item.getId());
        evidence.attach(item.getId(), new ByteArrayInputStream(PHOTO), "image/jpeg", null, officer);
        assertThat(attachedAt(item.getId())).isEqualTo(attachedAt);
        assertThatThrownBy(() -> evidence.attach(item.getId(), new ByteArrayInputStream(OTHER_PHOTO), "image/jpeg", null, officer))
                .isInstanceOf(DomainException.class).hasMessageContaining("never replaced");

        try (InputStream content = evidence.open(item.getId(), Callers.head("head.dinghai")).content()) {
            assertThat(content.readAllBytes()).isEqualTo(PHOTO);
        }
        assertThat(evidence.ofDossier(lead.getId(), officer)).extracting(EvidenceItem::getId).containsExactly(item.getId());
        assertThat(audit.findByStreamOrderById(AuditLog.leadStream(lead.getId()))).extracting(e -> e.getAction())
                .containsSubsequence("evidence.recorded", "evidence.file.attached")
                .containsOnlyOnce("evidence.file.attached");
    }

    @Test
    void refusalsChangeNothing() {
        long before = count();
        Instant hourAgo = Instant.now().minusSeconds(3600);

        assertThatThrownBy(() -> evidence.record(lead.getId(), photo(List.of("officer.dinghai1"), hourAgo), officer))
                .hasMessageContaining("at least two different officers");
        assertThatThrownBy(() -> evidence.record(lead.getId(), photo(List.of("officer.dinghai1", "officer.retired"), hourAgo), officer))
                .isInstanceOf(DomainException.class)
                // "today" or "on <day>": an hour ago is yesterday in Asia/Shanghai between 00:00 and 01:00 there.
                .hasMessageContaining("officer.retired holds no enforcement certificate valid");
        assertThatThrownBy(() -> evidence.record(lead.getId(), photo(List.of("officer.dinghai1", "officer.dinghai2"),
                Instant.now().plus(1, ChronoUnit.DAYS)), officer)).hasMessageContaining("in the future");
        assertThatThrownBy(() -> evidence.record(lead.getId(), new EvidenceDetails(null, "x", null, hourAgo, null,
                List.of("officer.dinghai1", "officer.dinghai2")), officer)).hasMessageContaining("kind is required");
        Caller supervisor = new Caller("supervisor.dinghai", "s", List.of("/zhoushan/dinghai/justice"), Set.of("supervisor"),
                Credentials.NONE);
        assertThatThrownBy(() -> evidence.record(lead.getId(), photo(List.of("officer.dinghai1", "officer.dinghai2"), hourAgo),
                supervisor)).isInstanceOf(DomainException.class).hasMessageContaining("can record evidence for it");
        assertThatThrownBy(() -> evidence.record(lead.getId(), photo(List.of("officer.dinghai1", "officer.dinghai2"), hourAgo),
                Callers.outsider("officer.huannan"))).hasMessageContaining("does not exist");
        assertThat(count()).isEqualTo(before);

        EvidenceItem item = evidence.record(lead.getId(), photo(List.of("officer.dinghai1", "officer.dinghai2"), hourAgo), officer);
        assertThatThrownBy(() -> evidence.attach(item.getId(), new ByteArrayInputStream(PHOTO), "text/plain", null, officer))
                .hasMessageContaining("not accepted for evidence");
        assertThatThrownBy(() -> evidence.attach(item.getId(), new ByteArrayInputStream(PHOTO), "video/mp4", null, officer))
                .hasMessageContaining("content is not video/mp4");
        assertThatThrownBy(() -> evidence.attach(item.getId(), new ByteArrayInputStream(PHOTO), "image/jpeg", null,
                Callers.outsider("officer.huannan"))).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> evidence.open(item.getId(), officer)).hasMessageContaining("does not exist");
        assertThat(jdbc.queryForObject("select content_sha256 from evidence_item where id = ?", String.class, item.getId())).isNull();
    }

    private Instant attachedAt(long evidenceId) {
        return jdbc.queryForObject("select attached_at from evidence_item where id = ?", Timestamp.class, evidenceId)
                .toInstant();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from evidence_item", Long.class);
    }
}
