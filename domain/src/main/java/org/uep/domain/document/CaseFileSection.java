package org.uep.domain.document;

/**
 * The parts of a case file (卷宗) in the order the filing rules put them, after the cover and index (封面、目录): the one
 * place the export's order is defined. Filing documents (立案审批表) join {@link #FILING} once UEP renders them.
 */
public enum CaseFileSection {
    /** 立案 */
    FILING("立案"),
    /** 证据材料、笔录 */
    EVIDENCE("证据材料"),
    /** 告知 */
    NOTICE("告知"),
    /** 听证 */
    HEARING("听证"),
    /** 决定 */
    DECISION("决定"),
    /** 送达 */
    SERVICE("送达"),
    /** 执行 */
    EXECUTION("执行"),
    /** 结案 */
    CLOSING("结案"),
    /** 公示 */
    PUBLICATION("公示");

    private final String label;

    CaseFileSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
