package org.uep.domain.party;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * What an officer gives to register a party. A natural person is identified by a resident ID or another personal
 * document; an organisation by its unified social credit code or, if it is not registered, by a document of type
 * {@link IdentifierType#UNREGISTERED_BODY_DOCUMENT}. Address and phone are optional.
 */
public record PartyDetails(PartyKind kind, IdentifierType identifierType, String identifier, String name,
                           String address, String phone) {

    static final int MAX_NAME = 200;
    static final int MAX_ADDRESS = 500;
    static final int MAX_PHONE = 30;

    /** The details checked and normalised: identifier in its stored form, text stripped, blanks as absent. */
    PartyDetails validated(LocalDate today) {
        if (kind == null) {
            throw PartyIdentifiers.invalid("kind", "当事人类型不能为空", "kind is required, one of " + Arrays.toString(PartyKind.values()));
        }
        if (identifierType == null) {
            throw PartyIdentifiers.invalid("identifierType", "证件类型不能为空", "identifierType is required");
        }
        if (identifierType.kind() != kind) {
            throw kind == PartyKind.NATURAL_PERSON
                    ? PartyIdentifiers.invalid("identifierType", "自然人应以居民身份证或其他个人证件登记",
                            "a natural person is registered by a resident ID or another personal document, not by " + identifierType)
                    : PartyIdentifiers.invalid("identifierType", "组织应以统一社会信用代码登记，未登记的组织以其证明文件登记",
                            "an organisation is registered by its unified social credit code or, if it is not registered, by "
                                    + IdentifierType.UNREGISTERED_BODY_DOCUMENT + ", not by " + identifierType);
        }
        String normalised = PartyIdentifiers.normalise(identifierType, identifier, today);
        String checkedName = text("name", "名称或姓名", name, MAX_NAME);
        if (checkedName == null) {
            throw PartyIdentifiers.invalid("name", "名称或姓名不能为空", "name is required");
        }
        return new PartyDetails(kind, identifierType, normalised, checkedName,
                text("address", "地址", address, MAX_ADDRESS), text("phone", "电话", phone, MAX_PHONE));
    }

    private static String text(String field, String zh, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw PartyIdentifiers.invalid(field, zh + "不能超过" + max + "个字符", field + " is longer than " + max + " characters");
        }
        return stripped;
    }
}
