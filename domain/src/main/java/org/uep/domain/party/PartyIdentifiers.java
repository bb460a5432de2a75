package org.uep.domain.party;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.uep.domain.DomainException;

/**
 * Checks party identifiers and brings them to their one stored form (upper case, half-width), so that a person is
 * found again whichever way the number was typed. Pure: today's date is passed in.
 * <p>
 * Messages name the field and say the problem in Chinese, then in English. They never reveal the expected check
 * character: an officer told "expected 7" would change the last character when the typo is elsewhere.
 */
final class PartyIdentifiers {

    static final String FIELD = "identifier";

    /** GB 11643: first-level area codes (GB/T 2260 provinces; 81–83 also head the residence permits of 港澳台 residents). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");
    private static final Pattern RESIDENT_ID = Pattern.compile("[0-9]{17}[0-9X]");
    /** ISO 7064 MOD 11-2: the weight of position i (1 = leftmost) is 2^(18-i) mod 11. */
    private static final int[] RESIDENT_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** Check character for each value of the weighted sum mod 11. */
    private static final String RESIDENT_ID_CHECKS = "10X98765432";

    /** GB 32100: 31 characters, no I, O, S, V or Z (too easily confused); a character's value is its index here. */
    static final String USCC_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** GB 32100: the weight of position i (1 = leftmost) is 3^(i-1) mod 31. */
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** GB 11714 organisation code (characters 9–17 of a USCC): weights of its 8 body characters. */
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private static final Pattern OTHER_DOCUMENT = Pattern.compile("[0-9A-Z]{5,20}");

    private PartyIdentifiers() {}

    /** The identifier in its stored form, or a refusal saying what is wrong with it. */
    static String normalise(IdentifierType type, String given, LocalDate today) {
        if (given == null || given.isBlank()) {
            throw invalid(FIELD, "证件号码不能为空", "identifier is required");
        }
        // NFKC turns full-width characters from Chinese input methods (１２X) into ASCII.
        String value = Normalizer.normalize(given, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        return switch (type) {
            case RESIDENT_ID -> residentId(value, today);
            case USCC -> uscc(value);
            default -> otherDocument(type, value);
        };
    }

    /** 居民身份证号: 6-digit area code, birth date YYYYMMDD, 3-digit sequence, check character. */
    private static String residentId(String id, LocalDate today) {
        if (id.length() != 18) {
            throw invalid(FIELD, "身份证号应为18位", "a resident ID number has 18 characters, not " + id.length()
                    + " (15-digit first-generation numbers are no longer valid)");
        }
        if (!RESIDENT_ID.matcher(id).matches()) {
            throw invalid(FIELD, "身份证号应为17位数字加1位校验码（数字或X）",
                    "a resident ID number is 17 digits followed by a check character 0–9 or X");
        }
        if (!PROVINCES.contains(id.substring(0, 2))) {
            throw invalid(FIELD, "身份证号地址码无效", "resident ID area code " + id.substring(0, 6) + " names no province");
        }
        String birth = id.substring(6, 14);
        LocalDate born;
        try {
            born = LocalDate.parse(birth, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw invalid(FIELD, "身份证号出生日期无效", "resident ID birth date " + birth + " is not a date");
        }
        if (born.isAfter(today)) {
            throw invalid(FIELD, "身份证号出生日期晚于今天", "resident ID birth date " + birth + " is in the future");
        }
        if (id.charAt(17) != residentIdCheck(id)) {
            throw invalid(FIELD, "身份证号校验码错误", "resident ID check character is wrong");
        }
        return id;
    }

    /** The check character of a resident ID number from its first 17 digits. */
    static char residentIdCheck(String id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * RESIDENT_ID_WEIGHTS[i];
        }
        return RESIDENT_ID_CHECKS.charAt(sum % 11);
    }

    /**
     * 统一社会信用代码: registration authority, type, 6-digit area code, organisation code (GB 11714, with its own check
     * character), check character. The authority and type codes are only checked to be of the code's alphabet: their
     * table is amended by notice (new authorities such as N for agriculture were added), so it belongs in data, and a
     * mistyped one already fails the check character.
     */
    private static String uscc(String code) {
        if (code.length() != 18) {
            throw invalid(FIELD, "统一社会信用代码应为18位", "a unified social credit code has 18 characters, not " + code.length());
        }
        for (int i = 0; i < code.length(); i++) {
            if (USCC_CHARACTERS.indexOf(code.charAt(i)) < 0) {
                throw invalid(FIELD, "统一社会信用代码含无效字符", "character " + (i + 1) + " ('" + code.charAt(i)
                        + "') is not allowed: a unified social credit code uses digits and capital letters except I, O, S, V and Z");
            }
        }
        if (!code.substring(2, 8).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(FIELD, "统一社会信用代码的登记管理机关行政区划码应为6位数字",
                    "characters 3–8 of a unified social credit code are the 6-digit area code");
        }
        if (code.charAt(16) != organisationCodeCheck(code.substring(8, 16))) {
            throw invalid(FIELD, "统一社会信用代码中组织机构代码的校验码错误",
                    "the organisation code in a unified social credit code (characters 9–17) has a wrong check character");
        }
        if (code.charAt(17) != usccCheck(code)) {
            throw invalid(FIELD, "统一社会信用代码校验码错误", "unified social credit code check character is wrong");
        }
        return code;
    }

    /** The check character of a USCC from its first 17 characters. */
    static char usccCheck(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += USCC_CHARACTERS.indexOf(code.charAt(i)) * USCC_WEIGHTS[i];
        }
        return USCC_CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /** GB 11714: digits count as themselves, letters as A = 10 … Z = 35; check = 11 − sum mod 11 (10 → X, 11 → 0). */
    static char organisationCodeCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = body.charAt(i);
            sum += (c <= '9' ? c - '0' : c - 'A' + 10) * ORGANISATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 11 ? '0' : check == 10 ? 'X' : (char) ('0' + check);
    }

    private static String otherDocument(IdentifierType type, String number) {
        if (!OTHER_DOCUMENT.matcher(number).matches()) {
            throw invalid(FIELD, type.zh() + "应为5至20位字母或数字", "a " + type.en() + " is 5 to 20 letters and digits");
        }
        return number;
    }

    /** A refusal in the party register's form: the field, then the problem in Chinese and in English. */
    static DomainException invalid(String field, String zh, String en) {
        return DomainException.invalid(field + ": " + zh + " / " + en);
    }
}
