package org.uep.api.web;

import java.util.Arrays;
import java.util.Locale;
import org.uep.domain.DomainException;

/** A request parameter naming one of an enum's constants (any case); blank means none. */
public final class Choices {

    private Choices() {}

    /** @throws DomainException (400) naming the field and the allowed values */
    public static <E extends Enum<E>> E of(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
