package org.uep.domain.penalty;

/** 送达方式: how a document reaches the party (Art. 61, by the rules of the Civil Procedure Law). */
public enum ServiceMethod {
    /** 直接送达 */
    DIRECT,
    /** 留置送达 */
    LEFT_AT_PREMISES,
    /** 电子送达: only with the party's consent signed in a confirmation (确认书) */
    ELECTRONIC,
    /** 邮寄送达 */
    POST,
    /** 委托送达 */
    ENTRUSTED,
    /** 转交送达 */
    FORWARDED,
    /** 公告送达 */
    PUBLIC_NOTICE
}
