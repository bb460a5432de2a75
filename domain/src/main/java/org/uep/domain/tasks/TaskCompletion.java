package org.uep.domain.tasks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.uep.domain.DomainException;

/**
 * What a person submits to complete a task. Which fields a form needs is the form's business
 * ({@link TaskForm}); fields it does not use are ignored. {@code data} holds the form's own fields (a JSON object:
 * a proposed penalty, how a notice was served…), read with the typed accessors below, which refuse a missing or
 * malformed field with a clear error naming it.
 */
public record TaskCompletion(String outcome, String opinion, String findings, List<String> officers,
                             Map<String, Object> data) {

    static final int MAX_OPINION_LENGTH = 2000;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    public TaskCompletion {
        officers = officers == null ? List.of() : List.copyOf(officers);
        data = data == null ? Map.of() : data;
    }

    public TaskCompletion(String outcome, String opinion, String findings, List<String> officers) {
        this(outcome, opinion, findings, officers, Map.of());
    }

    /** The written opinion, required by approvals and instructions; {@code purpose} tells the person what to write. */
    public String requiredOpinion(String purpose) {
        if (opinion == null || opinion.isBlank()) {
            throw DomainException.invalid("opinion is required: " + purpose);
        }
        if (opinion.length() > MAX_OPINION_LENGTH) {
            throw DomainException.invalid("opinion is longer than " + MAX_OPINION_LENGTH + " characters");
        }
        return opinion.strip();
    }

    /** The outcome as one of {@code allowed}. */
    public <E extends Enum<E>> E outcome(Class<E> type, List<E> allowed) {
        for (E value : allowed) {
            if (value.name().equals(outcome)) {
                return value;
            }
        }
        throw DomainException.invalid("outcome must be one of " + allowed.stream().map(Enum::name).toList());
    }

    public boolean has(String field) {
        return data.get(field) != null;
    }

    /** A required text field of at most {@code maxLength} characters, stripped. */
    public String text(String field, int maxLength) {
        Object value = data.get(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw DomainException.invalid("data." + field + " is required (text)");
        }
        if (text.length() > maxLength) {
            throw DomainException.invalid("data." + field + " is longer than " + maxLength + " characters");
        }
        return text.strip();
    }

    /** A required instant, ISO-8601 with offset (e.g. {@code 2026-03-02T10:00:00+08:00}). */
    public Instant instant(String field) {
        String text = text(field, 40);
        try {
            return java.time.OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("data." + field + " must be an ISO-8601 date-time with offset, e.g. "
                    + "2026-03-02T10:00:00+08:00");
        }
    }

    /** A required legal day, an ISO local date (e.g. {@code 2026-03-02}: a day in Asia/Shanghai). */
    public LocalDate date(String field) {
        String text = text(field, 40);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("data." + field + " must be an ISO-8601 date, e.g. 2026-03-02");
        }
    }

    /** A required boolean. */
    public boolean flag(String field) {
        if (!(data.get(field) instanceof Boolean value)) {
            throw DomainException.invalid("data." + field + " is required (true or false)");
        }
        return value;
    }

    /** A required whole number between {@code min} and {@code max}, both included. */
    public int integer(String field, int min, int max) {
        if (!(data.get(field) instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue())
                || number.doubleValue() < min || number.doubleValue() > max) {
            throw DomainException.invalid("data." + field + " is required (a whole number from " + min + " to " + max + ")");
        }
        return number.intValue();
    }

    /** A required enum value by name. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String text = text(field, 60);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("data." + field + " must be one of "
                    + List.of(type.getEnumConstants()));
        }
    }

    /** A required structured field (a JSON object) read as {@code type}, e.g. a proposed penalty. */
    public <T> T object(String field, Class<T> type) {
        return convert(field, type.getSimpleName(), value -> JSON.convertValue(value, type));
    }

    /** A required structured field read as a generic type, e.g. a list of participants. */
    public <T> T object(String field, TypeReference<T> type) {
        return convert(field, type.getType().getTypeName(), value -> JSON.convertValue(value, type));
    }

    private <T> T convert(String field, String typeName, Function<Object, T> conversion) {
        Object value = data.get(field);
        if (value == null) {
            throw DomainException.invalid("data." + field + " is required");
        }
        try {
            return conversion.apply(value);
        } catch (IllegalArgumentException e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof DomainException)) {
                cause = cause.getCause();
            }
            throw cause instanceof DomainException domain ? domain
                    : DomainException.invalid("data." + field + " is not a valid " + typeName + ": " + cause.getMessage());
        }
    }
}
