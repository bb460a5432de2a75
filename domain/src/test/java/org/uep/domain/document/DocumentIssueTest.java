package org.uep.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.testing.Callers;
import org.uep.domain.testing.Dossiers;

@DomainTest
class DocumentIssueTest {

    static final String NUMBER = "定综执罚决字〔\\d{4}〕第(\\d+)号";

    @Autowired Documents documents;
    @Autowired DocumentTemplates templates;
    @Autowired CaseService cases;
    @Autowired Dossiers dossiers;
    @Autowired AuditEventRepository audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    PenaltyCase penaltyCase;

    @BeforeEach
    void filedCase() {
        penaltyCase = cases.file(dossiers.registeredLead().getId());
    }

    /** What a decision worker would pass: every item Art. 59 asks for that the case does not already know. */
    static Map<String, String> decision() {
        return new HashMap<>(Map.of(
                "party", "张三，男，住舟山市定海区解放西路1号",
                "facts", "2026年1月5日，当事人在解放西路人行道上摆摊经营水果，占用城市道路。",
                "evidence", "1. 现场检查笔录；2. 执法记录仪视频；3. 当事人陈述笔录。",
                "violatedProvision", "《城市市容和环境卫生管理条例》第十四条",
                "legalBasis", "《城市市容和环境卫生管理条例》第三十六条第（二）项",
                "penalty", "罚款人民币伍佰元整（¥500.00）",
                "performance", "自收到本决定书之日起十五日内，通过浙里办或者到指定银行缴纳罚款。"));
    }

    @Test
    void aDecisionCarriesWhatArticle59RequiresAndIsStoredByItsHash() throws Exception {
        CaseDocument issued = documents.issue(penaltyCase.getId(), DocumentKind.DECISION, "decision-1", decision(), "head.dinghai");

        assertThat(issued.getNumber()).matches(NUMBER);
        assertThat(issued.getTitle()).isEqualTo("行政处罚决定书");
        assertThat(issued.getMediaType()).isEqualTo("text/plain;charset=UTF-8");
        byte[] bytes;
        try (InputStream content = documents.open(issued.getId(), Callers.officer("officer.dinghai1")).content()) {
            bytes = content.readAllBytes();
        }
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(issued.getSha256());
        assertThat(issued.getSize()).isEqualTo(bytes.length);
        String text = new String(bytes, StandardCharsets.UTF_8);
        LocalDate today = LegalTime.dayOf(issued.getIssuedAt());
        assertThat(text).contains(decision().values())
                .contains(issued.getNumber(), penaltyCase.getCaseNumber(), "舟山市定海区综合行政执法局",
                        today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日")
                .contains("六十日内向舟山市定海区人民政府申请行政复议", "六个月内依法向舟山市定海区人民法院提起行政诉讼")
                .doesNotContain("{{", "}}");
        assertThat(audit.findByStreamOrderById(AuditLog.caseStream(penaltyCase.getId())))
                .filteredOn(e -> e.getAction().equals("document.issued")).hasSize(1);
    }

    @Test
    void aNoticeCarriesTheRightsToStateDefendAndRequestAHearing() throws Exception {
        CaseDocument notice = documents.issue(penaltyCase.getId(), DocumentKind.NOTICE, "notice-7", Map.of(
                "party", "张三", "facts", "占道经营", "evidence", "现场检查笔录", "reasons", "占用城市道路经营，影响市容",
                "legalBasis", "《城市市容和环境卫生管理条例》第三十六条", "penalty", "罚款人民币伍佰元",
                "replyPeriod", "五个工作日"), "officer.dinghai1");
        String text = text(notice);
        assertThat(notice.getNumber()).matches("定综执罚告字〔\\d{4}〕第\\d+号");
        assertThat(text).contains("陈述、申辩的权利", "五个工作日", "要求举行听证", "五日内", "不因你（单位）的陈述、申辩而给予更重的处罚")
                .contains("联系人：\n");
    }

    @Test
    void aServiceProofIsNotNumberedAndItsOptionalFieldsMayBeLeftOut() throws Exception {
        CaseDocument proof = documents.issue(penaltyCase.getId(), DocumentKind.SERVICE_PROOF, "service-1", Map.of(
                "servedDocument", "行政处罚决定书", "recipient", "张三", "place", "解放西路1号", "method", "直接送达",
                "servedAt", "2026年1月20日10时", "servers", "officer.dinghai1、officer.dinghai2", "witness", "李四"),
                "officer.dinghai1");
        assertThat(proof.getNumber()).isNull();
        assertThat(proof.fileName()).isEqualTo("送达回证-" + proof.getId() + ".txt");
        assertThat(text(proof)).contains("见证人：李四", "代收人及代收理由：\n");
        assertThat(templates.requiredFields(DocumentKind.SERVICE_PROOF)).doesNotContain("witness", "body", "date")
                .contains("recipient", "method");
    }

    @Test
    void aMissingOrUnknownFieldIsRefusedAndChangesNothing() {
        long series = series();
        long count = count();
        Map<String, String> noPenalty = decision();
        noPenalty.remove("penalty");
        noPenalty.put("performance", "  ");
        assertThatThrownBy(() -> documents.issue(penaltyCase.getId(), DocumentKind.DECISION, "d", noPenalty, "head.dinghai"))
                .isInstanceOf(DomainException.class).hasMessageContaining("[penalty, performance]");
        Map<String, String> typo = decision();
        typo.put("legalBasiss", "x");
        assertThatThrownBy(() -> documents.issue(penaltyCase.getId(), DocumentKind.DECISION, "d", typo, "head.dinghai"))
                .isInstanceOf(DomainException.class).hasMessageContaining("no fields [legalBasiss]");
        assertThatThrownBy(() -> documents.issue(penaltyCase.getId(), DocumentKind.DECISION, "d",
                with(decision(), "number", "自编号"), "head.dinghai")).hasMessageContaining("no fields [number]");
        assertThatThrownBy(() -> documents.issue(penaltyCase.getId(), DocumentKind.DECISION, " ", decision(), "head.dinghai"))
                .hasMessageContaining("idempotencyKey is required");
        assertThatThrownBy(() -> documents.issue(-1, DocumentKind.DECISION, "d", decision(), "head.dinghai"))
                .hasMessageContaining("does not exist");
        assertThat(series()).isEqualTo(series);
        assertThat(count()).isEqualTo(count);
    }

    @Test
    void issuingTwiceWithOneKeyReturnsTheSameDocumentAndTakesNoSecondNumber() {
        CaseDocument first = documents.issue(penaltyCase.getId(), DocumentKind.DECISION, "job-42", decision(), "head.dinghai");
        long series = series();
        CaseDocument again = documents.issue(penaltyCase.getId(), DocumentKind.DECISION, "job-42",
                with(decision(), "facts", "重试时的措辞"), "head.dinghai");

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(again.getNumber()).isEqualTo(first.getNumber());
        assertThat(series()).isEqualTo(series);
        assertThat(audit.findByStreamOrderById(AuditLog.caseStream(penaltyCase.getId())))
                .filteredOn(e -> e.getAction().equals("document.issued")).hasSize(1);
        CaseDocument other = documents.issue(penaltyCase.getId(), DocumentKind.DECISION, "job-43", decision(), "head.dinghai");
        assertThat(sequence(other)).isEqualTo(sequence(first) + 1);
    }

    @Test
    void concurrentIssuesGetEveryNumberOnceWithoutGapsAndOneKeyGivesOneDocument() throws Exception {
        int threads = 8;
        long before = series();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<CaseDocument>> distinct = new ArrayList<>();
            List<Future<CaseDocument>> sameKey = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String key = "parallel-" + i;
                distinct.add(pool.submit(issueAfter(start, key)));
            }
            start.countDown();
            List<Long> numbers = new ArrayList<>();
            for (Future<CaseDocument> f : distinct) {
                numbers.add(sequence(f.get()));
            }
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    LongStream.rangeClosed(before + 1, before + threads).boxed().toList());

            CountDownLatch again = new CountDownLatch(1);
            for (int i = 0; i < threads; i++) {
                sameKey.add(pool.submit(issueAfter(again, "one-key")));
            }
            again.countDown();
            List<Long> ids = new ArrayList<>();
            for (Future<CaseDocument> f : sameKey) {
                ids.add(f.get().getId());
            }
            assertThat(ids).containsOnly(ids.getFirst());
            assertThat(series()).isEqualTo(before + threads + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRolledBackIssueLeavesNoGap() {
        long before = series();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            documents.issue(penaltyCase.getId(), DocumentKind.DECISION, "rolled-back", decision(), "head.dinghai");
            status.setRollbackOnly();
        });
        assertThat(series()).isEqualTo(before);
        CaseDocument next = documents.issue(penaltyCase.getId(), DocumentKind.DECISION, "rolled-back", decision(), "head.dinghai");
        assertThat(sequence(next)).isEqualTo(before + 1);
    }

    @Test
    void documentsAreReadAsTheCaseFileIs() {
        CaseDocument issued = documents.issue(penaltyCase.getId(), DocumentKind.DECISION, "read", decision(), "head.dinghai");
        assertThat(documents.ofCase(penaltyCase.getId(), Callers.head("head.dinghai"))).extracting(CaseDocument::getId)
                .containsExactly(issued.getId());
        assertThatThrownBy(() -> documents.ofCase(penaltyCase.getId(), Callers.outsider("officer.huannan")))
                .isInstanceOf(DomainException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> documents.open(issued.getId(), Callers.outsider("officer.huannan")))
                .hasMessageContaining("Document " + issued.getId() + " does not exist");
    }

    private Callable<CaseDocument> issueAfter(CountDownLatch start, String key) {
        return () -> {
            start.await();
            return documents.issue(penaltyCase.getId(), DocumentKind.DECISION, key, decision(), "head.dinghai");
        };
    }

    private String text(CaseDocument document) throws Exception {
        try (InputStream content = documents.open(document.getId(), Callers.officer("officer.dinghai1")).content()) {
            return new String(content.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> with(Map<String, String> fields, String name, String value) {
        fields.put(name, value);
        return fields;
    }

    private static long sequence(CaseDocument document) {
        return Long.parseLong(document.getNumber().replaceAll(NUMBER, "$1"));
    }

    /** The Dinghai team's decision series this year (0 before its first number). */
    private long series() {
        return jdbc.queryForList("select last_value from number_series where unit_path = ? and kind = 'document/DECISION' "
                        + "and year = ?", Long.class, Callers.DINGHAI, LegalTime.dayOf(Instant.now()).getYear())
                .stream().findFirst().orElse(0L);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from document", Long.class);
    }
}
