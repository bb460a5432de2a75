package org.uep.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.evidence.EvidenceDetails;
import org.uep.domain.evidence.EvidenceItem;
import org.uep.domain.evidence.EvidenceKind;
import org.uep.domain.evidence.EvidenceService;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;

@DomainTest
class CaseFileExportTest {

    static final byte[] PHOTO = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 7, 7, 7};

    @Autowired CaseFileExport export;
    @Autowired Documents documents;
    @Autowired EvidenceService evidence;
    @Autowired CaseService cases;
    @Autowired Dossiers dossiers;

    @Test
    void theArchiveHoldsTheIndexAndEveryFileInStatutoryOrderWithTheirHashes() throws Exception {
        Caller officer = Callers.officer("officer.dinghai1");
        dossiers.knownOfficer("officer.dinghai2", LocalDate.of(2030, 12, 31));
        PenaltyCase penaltyCase = cases.file(dossiers.registeredLead().getId());
        long caseId = penaltyCase.getId();
        // Issued out of order on purpose: the archive orders by the case file's parts, not by issue.
        documents.issue(caseId, DocumentKind.CLOSING_REPORT, "close", Map.of("party", "张三", "cause", "占道经营",
                "outcome", "罚款500元", "execution", "已缴纳", "handlerOpinion", "建议结案"), "officer.dinghai1");
        documents.issue(caseId, DocumentKind.DECISION, "decide", DocumentIssueTest.decision(), "head.dinghai");
        documents.issue(caseId, DocumentKind.NOTICE, "notify", Map.of("party", "张三", "facts", "占道经营",
                "evidence", "笔录", "reasons", "影响市容", "legalBasis", "条例第三十六条", "penalty", "罚款500元",
                "replyPeriod", "五个工作日"), "officer.dinghai1");
        EvidenceItem photo = evidence.record(penaltyCase.getLeadId(), new EvidenceDetails(EvidenceKind.AUDIO_VISUAL,
                "现场照片", null, Instant.now().minusSeconds(7200), "解放西路", List.of("officer.dinghai1", "officer.dinghai2")),
                officer);
        evidence.attach(photo.getId(), new ByteArrayInputStream(PHOTO), "image/jpeg", "IMG_1.JPG", officer);
        evidence.record(penaltyCase.getLeadId(), new EvidenceDetails(EvidenceKind.PHYSICAL, "扣押的三轮车", null,
                Instant.now().minusSeconds(3600), null, List.of("officer.dinghai1", "officer.dinghai2")), officer);

        CaseFileExport.Archive archive = export.archive(caseId, Callers.head("head.dinghai"));
        assertThat(archive.fileName()).isEqualTo("卷宗-" + penaltyCase.getCaseNumber() + ".zip");
        assertThat(archive.entries()).extracting(CaseFileExport.Entry::title)
                .containsExactly("现场照片", "扣押的三轮车", "行政处罚告知书", "行政处罚决定书", "结案报告");
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        export.write(archive, zipped);

        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(files.keySet()).first().isEqualTo(CaseFileExport.INDEX);
        List<String[]> index = Arrays.stream(new String(files.get(CaseFileExport.INDEX), StandardCharsets.UTF_8)
                .replace("\uFEFF", "").split("\r\n")).map(line -> line.split(",", -1)).toList();
        assertThat(index.getFirst()).containsExactly("序号", "部分", "题名", "文号", "日期", "SHA-256", "文件");
        assertThat(index.subList(1, index.size())).extracting(row -> row[0] + " " + row[1] + " " + row[2]).containsExactly(
                "1 证据材料 现场照片", "2 证据材料 扣押的三轮车", "3 告知 行政处罚告知书", "4 决定 行政处罚决定书", "5 结案 结案报告");
        assertThat(index.get(2)[6]).as("evidence without a file is listed, with no file").isEmpty();
        assertThat(index.get(4)[3]).matches("定综执罚决字〔\\d{4}〕第\\d+号");
        assertThat(index.get(1)[6]).isEqualTo("001-现场照片.JPG");
        for (String[] row : index.subList(1, index.size())) {
            if (!row[6].isEmpty()) {
                assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get(row[6]))))
                        .as(row[6]).isEqualTo(row[5]);
            }
        }
        assertThat(files.get("001-现场照片.JPG")).isEqualTo(PHOTO);
        assertThat(files).hasSize(5);

        assertThatThrownBy(() -> export.archive(caseId, Callers.outsider("officer.huannan")))
                .isInstanceOf(DomainException.class).hasMessageContaining("does not exist");
    }
}
