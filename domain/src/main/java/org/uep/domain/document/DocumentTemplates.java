package org.uep.domain.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;

/**
 * The document templates, one UTF-8 text per kind under {@code documents/}. A template's {@code {{field}}} must be given
 * (not blank), {@code {{field?}}} may be left out; the fields of {@link #ISSUED_FIELDS} are filled in by the issue
 * from the case and the issuing body. So the template is where a document's required content (e.g. Art. 59) is
 * written down, and a missing item is refused before anything is numbered or stored.
 */
@Component
public class DocumentTemplates {

    /** Filled in when a document is issued, never by the caller. */
    public static final Set<String> ISSUED_FIELDS = Set.of("body", "number", "date", "caseNumber", "reviewBody", "court");
    static final int MAX_FIELD_LENGTH = 20_000;

    private static final Pattern FIELD = Pattern.compile("\\{\\{(\\w+)(\\??)}}");

    private record Template(String text, Set<String> required, Set<String> optional) {}

    private final Map<DocumentKind, Template> templates = new EnumMap<>(DocumentKind.class);

    public DocumentTemplates() {
        for (DocumentKind kind : DocumentKind.values()) {
            String text = load(kind.template());
            Set<String> required = new TreeSet<>();
            Set<String> optional = new TreeSet<>();
            Matcher field = FIELD.matcher(text);
            while (field.find()) {
                (field.group(2).isEmpty() ? required : optional).add(field.group(1));
            }
            if (kind.numbered() != required.contains("number")) {
                throw new IllegalStateException("Template " + kind.template() + (kind.numbered()
                        ? " lacks {{number}}" : " has {{number}} but " + kind + " is not numbered"));
            }
            templates.put(kind, new Template(text, required, optional));
        }
    }

    /** What a caller must give to issue a document of this kind. */
    public Set<String> requiredFields(DocumentKind kind) {
        Set<String> fields = new TreeSet<>(templates.get(kind).required());
        fields.removeAll(ISSUED_FIELDS);
        return fields;
    }

    /** What a caller may give for a document of this kind. */
    public Set<String> optionalFields(DocumentKind kind) {
        return templates.get(kind).optional();
    }

    /** Refuses fields that leave a required one out or blank, name one the template does not have, or are too long. */
    void check(DocumentKind kind, Map<String, String> fields) {
        Set<String> allowed = new LinkedHashSet<>(requiredFields(kind));
        allowed.addAll(optionalFields(kind));
        List<String> unknown = fields.keySet().stream().filter(name -> !allowed.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw DomainException.invalid(kind.title() + "没有这些内容项：" + unknown + "。A " + kind
                    + " has no fields " + unknown + "; its fields are " + allowed + ".");
        }
        List<String> missing = new ArrayList<>();
        for (String name : requiredFields(kind)) {
            String value = fields.get(name);
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw DomainException.invalid(kind.title() + "缺少必备内容：" + missing + "。A " + kind + " needs " + missing + ".");
        }
        fields.forEach((name, value) -> {
            if (value != null && value.strip().length() > MAX_FIELD_LENGTH) {
                throw DomainException.invalid(name + " is longer than " + MAX_FIELD_LENGTH + " characters");
            }
        });
    }

    /** The text with every field put in; {@code fields} holds the caller's (checked) and the issued ones. */
    String render(DocumentKind kind, Map<String, String> fields) {
        Matcher field = FIELD.matcher(templates.get(kind).text());
        StringBuilder text = new StringBuilder();
        while (field.find()) {
            String value = fields.get(field.group(1));
            if (value == null && field.group(2).isEmpty()) {
                throw new IllegalStateException(kind + " rendered without " + field.group(1));
            }
            field.appendReplacement(text, Matcher.quoteReplacement(value == null ? "" : value.strip()));
        }
        return field.appendTail(text).toString();
    }

    private static String load(String resource) {
        try (InputStream in = DocumentTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Document template " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
