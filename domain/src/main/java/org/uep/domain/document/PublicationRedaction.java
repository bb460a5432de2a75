package org.uep.domain.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.uep.domain.DomainException;
import org.uep.domain.party.PartyKind;

/**
 * 公示 redaction (procedure.md §1.13, Art. 48). Rules:
 * <ul>
 *   <li>a case whose party is a minor is not published at all;</li>
 *   <li>a natural person's name stays (the decision is published against them); their identifier is masked to its
 *       first and last character ({@code 3*****************X}: it shows neither the issuing region nor the birth
 *       date, GB/T 35273 style); home address, phone, bank account and health data are removed;</li>
 *   <li>an organisation's name, unified social credit code and registered address stay public; phone, bank account
 *       and health data (which concerns people) are removed;</li>
 *   <li>third parties' names are removed;</li>
 *   <li>in the facts, every removed value is replaced by {@value #REMOVED}, third parties' names by {@value #SOMEONE},
 *       and whatever else looks like a resident ID number or mobile number is masked or removed the same way.</li>
 * </ul>
 */
public final class PublicationRedaction {

    static final String REMOVED = "（已隐去）";
    static final String SOMEONE = "某某";

    private static final Pattern RESIDENT_ID = Pattern.compile("(?<![0-9A-Za-z])\\d{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    private PublicationRedaction() {}

    /** The outcome: publish this (redacted) data, or do not publish. */
    public sealed interface Outcome permits Publish, Withhold {}

    public record Publish(PublicationData data) implements Outcome {}

    public record Withhold(String reason) implements Outcome {}

    public static Outcome redact(PublicationData data) {
        if (data.partyKind() == null) {
            throw DomainException.invalid("须写明当事人类别。The party kind is required to redact a publication.");
        }
        if (data.minor()) {
            return new Withhold("涉及未成年人的案件不予公示。Cases of minors are not published.");
        }
        boolean person = data.partyKind() == PartyKind.NATURAL_PERSON;
        String identifier = person ? mask(data.identifier()) : data.identifier();
        List<String> removed = new ArrayList<>(Stream.of(data.phone(), data.bankAccount(), data.healthData()).toList());
        if (person) {
            removed.add(data.address());
        }
        String facts = data.facts();
        if (facts != null) {
            if (person && data.identifier() != null) {
                facts = facts.replace(data.identifier(), identifier);
            }
            facts = replaceAll(facts, removed, REMOVED);
            facts = replaceAll(facts, data.thirdPartyNames(), SOMEONE);
            String own = data.identifier();
            facts = RESIDENT_ID.matcher(facts).replaceAll(m -> Matcher.quoteReplacement(
                    !person && m.group().equalsIgnoreCase(own) ? m.group() : mask(m.group())));
            facts = MOBILE.matcher(facts).replaceAll(REMOVED);
        }
        return new Publish(new PublicationData(data.partyName(), data.partyKind(), identifier,
                person ? null : data.address(), null, null, null, List.of(), false, facts));
    }

    /** First and last character kept, every other one a {@code *}. */
    static String mask(String identifier) {
        if (identifier == null || identifier.isBlank()) {
            return identifier;
        }
        String id = identifier.strip();
        return id.length() <= 2 ? "*".repeat(id.length())
                : id.charAt(0) + "*".repeat(id.length() - 2) + id.charAt(id.length() - 1);
    }

    /** Longest first, so a value that contains another is replaced whole. */
    private static String replaceAll(String text, List<String> values, String replacement) {
        List<String> present = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (String value : present) {
            text = text.replace(value, replacement);
        }
        return text;
    }
}
