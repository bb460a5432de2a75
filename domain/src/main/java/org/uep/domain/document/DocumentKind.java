package org.uep.domain.document;

/**
 * The kinds of 执法文书 UEP renders: each with its title, the word of its number (文书字号, e.g. 罚决 in
 * 定综执罚决字〔2026〕第12号; none for documents that are not numbered), its template and its place in the case file.
 */
public enum DocumentKind {
    /** 行政处罚告知书: facts, reasons, basis, the rights to state, defend and request a hearing (Art. 44, 63). */
    NOTICE("行政处罚告知书", "罚告", "notice.txt", CaseFileSection.NOTICE),
    /** 听证通知书 (Art. 64). */
    HEARING_NOTICE("听证通知书", "听通", "hearing-notice.txt", CaseFileSection.HEARING),
    /** 行政处罚决定书 (Art. 59). */
    DECISION("行政处罚决定书", "罚决", "decision.txt", CaseFileSection.DECISION),
    /** 不予行政处罚决定书 (Art. 57). */
    NO_PENALTY_DECISION("不予行政处罚决定书", "不罚决", "no-penalty-decision.txt", CaseFileSection.DECISION),
    /** 送达回证 (Art. 61). */
    SERVICE_PROOF("送达回证", null, "service-proof.txt", CaseFileSection.SERVICE),
    /** 催告书 (行政强制法 Art. 35, 54). */
    PAYMENT_REMINDER("催告书", "催告", "payment-reminder.txt", CaseFileSection.EXECUTION),
    /** 结案报告. */
    CLOSING_REPORT("结案报告", null, "closing-report.txt", CaseFileSection.CLOSING),
    /** 公示文本 (Art. 48), from redacted data ({@link PublicationRedaction}). */
    PUBLICATION("行政处罚决定信息公示", null, "publication.txt", CaseFileSection.PUBLICATION);

    private final String title;
    private final String numberWord;
    private final String template;
    private final CaseFileSection section;

    DocumentKind(String title, String numberWord, String template, CaseFileSection section) {
        this.title = title;
        this.numberWord = numberWord;
        this.template = template;
        this.section = section;
    }

    public String title() {
        return title;
    }

    public boolean numbered() {
        return numberWord != null;
    }

    /** e.g. 定综执罚决字〔2026〕第12号. */
    String number(String prefix, int year, long sequence) {
        return prefix + numberWord + "字〔" + year + "〕第" + sequence + "号";
    }

    String template() {
        return "documents/" + template;
    }

    CaseFileSection section() {
        return section;
    }
}
