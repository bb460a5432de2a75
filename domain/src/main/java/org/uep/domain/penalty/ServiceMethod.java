package org.uep.domain.penalty;

/** 送达方式: how a document reaches the party (Art. 61, by the rules of the Civil Procedure Law). */
public enum ServiceMethod {
    DIRECT("直接送达"),
    LEFT_AT_PREMISES("留置送达"),
    /** Only with the party's consent signed in a confirmation (确认书). */
    ELECTRONIC("电子送达"),
    POST("邮寄送达"),
    ENTRUSTED("委托送达"),
    FORWARDED("转交送达"),
    PUBLIC_NOTICE("公告送达");

    private final String label;

    ServiceMethod(String label) {
        this.label = label;
    }

    /** As the service proof (送达回证) names it. */
    public String label() {
        return label;
    }
}
