package org.uep.domain;

/** A text the law or the form requires: refused when blank or too long, stripped otherwise. */
public final class RequiredText {

    private RequiredText() {}

    /** {@code chinese} names the field as the officer knows it (违法事实, 地点…). */
    public static String of(String value, String field, String chinese, int maxLength) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("须写明" + chinese + "。" + field + " is required.");
        }
        if (value.length() > maxLength) {
            throw DomainException.invalid(field + " is longer than " + maxLength + " characters");
        }
        return value.strip();
    }
}
