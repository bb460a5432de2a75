package org.uep.api.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.uep.domain.DomainException;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.tasks.TaskCompletion;

/**
 * How the console lays out the form of each task kind ({@code console/forms.json}: outcomes, whether an opinion,
 * findings or officers are asked for, and the {@code data} fields with their input type), and how a submitted form
 * becomes a {@link TaskCompletion}. A kind not listed gets a free outcome and its data as JSON. What a form must
 * contain is the domain's to say: it refuses a completion naming the field, and the page shows that next to it.
 */
@Component
public class TaskForms {

    public enum FieldType { TEXT, TEXTAREA, DATE, DATETIME, BOOLEAN, NUMBER, SELECT, JSON }

    public record Field(String name, FieldType type, List<String> options) {}

    public record Layout(List<String> outcomes, boolean opinion, boolean findings, boolean officers, List<Field> fields,
                         boolean listed) {
        /** No layout: any outcome, an opinion, and the data as one JSON object. */
        static final Layout GENERIC = new Layout(List.of(), true, false, false, List.of(), false);
    }

    /** The form's data fields arrive as {@code data.<name>}. */
    static final String DATA = "data.";

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Layout> layouts;

    TaskForms() {
        try (InputStream in = TaskForms.class.getResourceAsStream("/console/forms.json")) {
            Map<String, Map<String, Object>> raw = JSON.readValue(in, new TypeReference<>() {});
            Map<String, Layout> read = new LinkedHashMap<>();
            raw.forEach((formKey, spec) -> read.put(formKey, layout(spec)));
            this.layouts = Map.copyOf(read);
        } catch (IOException e) {
            throw new UncheckedIOException("console/forms.json is unreadable", e);
        }
    }

    public Layout layout(String formKey) {
        return layouts.getOrDefault(formKey, Layout.GENERIC);
    }

    /** The form keys the console lays out. */
    public Set<String> formKeys() {
        return layouts.keySet();
    }

    /**
     * The completion a submitted form says. Blank fields are left out (the domain says which it needs); a malformed
     * value is refused here, named as the domain would name it.
     */
    public TaskCompletion completion(String formKey, MultiValueMap<String, String> form) {
        Layout layout = layout(formKey);
        Map<String, Object> data = new LinkedHashMap<>();
        if (layout.listed()) {
            for (Field field : layout.fields()) {
                Object value = value(field, form.getFirst(DATA + field.name()));
                if (value != null) {
                    data.put(field.name(), value);
                }
            }
        } else if (!blank(form.getFirst("data"))) {
            data.putAll(json("data", form.getFirst("data"), Map.class));
        }
        List<String> officers = blank(form.getFirst("officers")) ? null
                : Arrays.stream(form.getFirst("officers").split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        return new TaskCompletion(text(form.getFirst("outcome")), text(form.getFirst("opinion")),
                text(form.getFirst("findings")), officers, data);
    }

    /** A completion as the API's body ({@code outcome}, {@code opinion}, …, {@code data}): a delegate's draft. */
    public static Map<String, Object> body(TaskCompletion completion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", completion.outcome());
        body.put("opinion", completion.opinion());
        body.put("findings", completion.findings());
        body.put("officers", completion.officers());
        body.put("data", completion.data());
        body.values().removeIf(Objects::isNull);
        return body;
    }

    /** A draft (an API body) as the form's fields, to fill the form the owner approves. */
    public Map<String, String> fields(String formKey, Map<String, Object> draft) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String top : List.of("outcome", "opinion", "findings")) {
            if (draft.get(top) instanceof String text) {
                fields.put(top, text);
            }
        }
        if (draft.get("officers") instanceof List<?> officers) {
            fields.put("officers", String.join(", ", officers.stream().map(String::valueOf).toList()));
        }
        Map<?, ?> data = draft.get("data") instanceof Map<?, ?> map ? map : Map.of();
        Layout layout = layout(formKey);
        if (!layout.listed()) {
            fields.put("data", write(data));
            return fields;
        }
        for (Field field : layout.fields()) {
            Object value = data.get(field.name());
            if (value != null) {
                fields.put(DATA + field.name(), switch (field.type()) {
                    case JSON -> write(value);
                    case DATETIME -> localDateTime(value.toString());
                    default -> value.toString();
                });
            }
        }
        return fields;
    }

    private static String localDateTime(String instant) {
        try {
            return OffsetDateTime.parse(instant).atZoneSameInstant(LegalTime.ZONE).toLocalDateTime()
                    .truncatedTo(ChronoUnit.MINUTES).toString();
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Field field, String raw) {
        if (field.type() == FieldType.BOOLEAN) {
            return "true".equals(raw);
        }
        if (blank(raw)) {
            return null;
        }
        String name = DATA + field.name();
        return switch (field.type()) {
            case DATETIME -> {
                try {
                    // The browser's local date-time input is a wall-clock time in Asia/Shanghai.
                    yield LocalDateTime.parse(raw.strip()).atZone(LegalTime.ZONE).toOffsetDateTime().toString();
                } catch (DateTimeParseException e) {
                    throw DomainException.invalid(name + " must be a date and time, e.g. 2026-12-01T10:00");
                }
            }
            case NUMBER -> {
                try {
                    yield Long.parseLong(raw.strip());
                } catch (NumberFormatException e) {
                    throw DomainException.invalid(name + " must be a whole number");
                }
            }
            case JSON -> json(name, raw, Object.class);
            default -> raw.strip();
        };
    }

    private static <T> T json(String name, String raw, Class<T> type) {
        try {
            return JSON.readValue(raw, type);
        } catch (JsonProcessingException e) {
            throw DomainException.invalid(name + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static Layout layout(Map<String, Object> spec) {
        List<Field> fields = ((List<Map<String, Object>>) spec.getOrDefault("fields", List.of())).stream()
                .map(f -> new Field((String) f.get("name"), FieldType.valueOf(((String) f.get("type")).toUpperCase()),
                        (List<String>) f.getOrDefault("options", List.of())))
                .toList();
        return new Layout((List<String>) spec.getOrDefault("outcomes", List.of()),
                Boolean.TRUE.equals(spec.get("opinion")), Boolean.TRUE.equals(spec.get("findings")),
                Boolean.TRUE.equals(spec.get("officers")), fields, true);
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
