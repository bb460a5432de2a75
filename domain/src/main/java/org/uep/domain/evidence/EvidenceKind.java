package org.uep.domain.evidence;

/** The eight statutory kinds of evidence (证据种类, Art. 46 行政处罚法). */
public enum EvidenceKind {
    /** 书证 */
    DOCUMENTARY,
    /** 物证 */
    PHYSICAL,
    /** 视听资料 */
    AUDIO_VISUAL,
    /** 电子数据 */
    ELECTRONIC_DATA,
    /** 证人证言 */
    WITNESS_TESTIMONY,
    /** 当事人的陈述 */
    PARTY_STATEMENT,
    /** 鉴定意见 */
    EXPERT_OPINION,
    /** 勘验笔录、现场笔录 */
    INSPECTION_RECORD
}
