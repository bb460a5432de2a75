package org.uep.domain.party;

/**
 * The document a party is registered by; it decides which check the number gets ({@link PartyIdentifiers}) and
 * which kind of party it can identify. Besides the two national codes, the "other documents" (其他证件) are checked
 * loosely: their numbering differs by issuer and edition.
 */
public enum IdentifierType {

    /** 居民身份证 (GB 11643-1999). */
    RESIDENT_ID(PartyKind.NATURAL_PERSON, "居民身份证号", "resident ID number"),
    /** 统一社会信用代码 (GB 32100-2015). */
    USCC(PartyKind.ORGANISATION, "统一社会信用代码", "unified social credit code"),
    /** 护照. */
    PASSPORT(PartyKind.NATURAL_PERSON, "护照号码", "passport number"),
    /** 港澳居民来往内地通行证. */
    HK_MACAO_PERMIT(PartyKind.NATURAL_PERSON, "港澳居民来往内地通行证号码", "Hong Kong/Macao residents' permit number"),
    /** 台湾居民来往大陆通行证. */
    TAIWAN_PERMIT(PartyKind.NATURAL_PERSON, "台湾居民来往大陆通行证号码", "Taiwan residents' permit number"),
    /** 外国人永久居留身份证. */
    PERMANENT_RESIDENCE_CARD(PartyKind.NATURAL_PERSON, "外国人永久居留身份证号码", "foreigner's permanent residence card number"),
    /** A body that holds no unified social credit code because it is not registered: the document it is known by. */
    UNREGISTERED_BODY_DOCUMENT(PartyKind.ORGANISATION, "未登记组织证明文件编号", "unregistered body's document number");

    private final PartyKind kind;
    private final String zh;
    private final String en;

    IdentifierType(PartyKind kind, String zh, String en) {
        this.kind = kind;
        this.zh = zh;
        this.en = en;
    }

    /** The kind of party this document identifies. */
    public PartyKind kind() {
        return kind;
    }

    String zh() {
        return zh;
    }

    String en() {
        return en;
    }
}
