package org.uep.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.uep.domain.DomainException;

/** Identifier checks with hand-worked check characters (GB 11643-1999, GB 32100-2015, GB 11714). */
class PartyIdentifiersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static String check(IdentifierType type, String given) {
        return PartyIdentifiers.normalise(type, given, TODAY);
    }

    private static void refused(IdentifierType type, String given, String message) {
        assertThatThrownBy(() -> check(type, given)).as(given)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID))
                .hasMessageContaining(message);
    }

    /*
     * 11010519491231002X, the standard's own example. Weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2:
     *   1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2
     *   = 7 + 9 + 0 + 5 + 0 + 20 + 2 + 9 + 24 + 27 + 7 + 18 + 30 + 5 + 0 + 0 + 4 = 167;
     *   167 mod 11 = 2 → "10X98765432"[2] = X.
     * 330902198805170010 (定海区, born 1988-05-17, sequence 001):
     *   3·7 + 3·9 + 0·10 + 9·5 + 0·8 + 2·4 + 1·2 + 9·1 + 8·6 + 8·3 + 0·7 + 5·9 + 1·10 + 7·5 + 0·8 + 0·4 + 1·2
     *   = 21 + 27 + 0 + 45 + 0 + 8 + 2 + 9 + 48 + 24 + 0 + 45 + 10 + 35 + 0 + 0 + 2 = 276;
     *   276 mod 11 = 1 → "10X98765432"[1] = 0.
     */
    @Test
    void residentIdsWithTheRightCheckCharacterAreAccepted() {
        assertThat(check(IdentifierType.RESIDENT_ID, "11010519491231002X")).isEqualTo("11010519491231002X");
        assertThat(check(IdentifierType.RESIDENT_ID, "330902198805170010")).isEqualTo("330902198805170010");
        assertThat(PartyIdentifiers.residentIdCheck("11010519491231002")).isEqualTo('X');
        assertThat(PartyIdentifiers.residentIdCheck("33090219880517001")).isEqualTo('0');
    }

    @Test
    void aLowerCaseXSpacesAndFullWidthCharactersAreNormalised() {
        assertThat(check(IdentifierType.RESIDENT_ID, " 11010519491231002x ")).isEqualTo("11010519491231002X");
        assertThat(check(IdentifierType.RESIDENT_ID, "１１０１０５１９４９１２３１００２Ｘ")).isEqualTo("11010519491231002X");
    }

    @Test
    void anyOneCharacterChangedInAResidentIdIsRejected() {
        String valid = "11010519491231002X";
        for (int position = 0; position < valid.length(); position++) {
            for (char replacement : "0123456789X".toCharArray()) {
                if (replacement == valid.charAt(position)) {
                    continue;
                }
                String mutated = valid.substring(0, position) + replacement + valid.substring(position + 1);
                assertThatThrownBy(() -> check(IdentifierType.RESIDENT_ID, mutated)).as(mutated)
                        .isInstanceOf(DomainException.class);
            }
        }
        refused(IdentifierType.RESIDENT_ID, "110105194912310021", "identifier: 身份证号校验码错误 / resident ID check character is wrong");
        refused(IdentifierType.RESIDENT_ID, "110105194912310029", "身份证号校验码错误");
    }

    @Test
    void aResidentIdWithAnImpossibleOrFutureBirthDateIsRejected() {
        refused(IdentifierType.RESIDENT_ID, "110105194902300024", "identifier: 身份证号出生日期无效 / resident ID birth date 19490230 is not a date");
        refused(IdentifierType.RESIDENT_ID, "110105194913010024", "19491301 is not a date");
        refused(IdentifierType.RESIDENT_ID, "110105202603030024", "identifier: 身份证号出生日期晚于今天 / resident ID birth date 20260303 is in the future");
    }

    @Test
    void aResidentIdOfTheWrongShapeIsRejected() {
        refused(IdentifierType.RESIDENT_ID, "110105491231002", "15-digit first-generation numbers are no longer valid");
        refused(IdentifierType.RESIDENT_ID, "1101051949123100XX", "17 digits followed by a check character 0–9 or X");
        refused(IdentifierType.RESIDENT_ID, "11010519491231002Y", "17 digits followed by a check character 0–9 or X");
        refused(IdentifierType.RESIDENT_ID, "000105194912310027", "identifier: 身份证号地址码无效 / resident ID area code 000105 names no province");
        refused(IdentifierType.RESIDENT_ID, "  ", "identifier: 证件号码不能为空 / identifier is required");
        refused(IdentifierType.RESIDENT_ID, null, "identifier is required");
    }

    /*
     * 91350100M000100Y43. Organisation code M000100Y + check (GB 11714, A = 10 … Z = 35, weights 3 7 9 10 5 8 4 2):
     *   M(22)·3 + 0·7 + 0·9 + 0·10 + 1·5 + 0·8 + 0·4 + Y(34)·2 = 66 + 5 + 68 = 139; 139 mod 11 = 7; 11 − 7 = 4.
     * Final check (values = index in 0-9 A-H J-N P-R T U W-Y, so M = 21, Y = 30;
     * weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28):
     *   9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25 + 0·13 + 1·8 + 0·24 + 0·10
     *   + Y(30)·30 + 4·28 = 9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640; 1640 mod 31 = 28; 31 − 28 = 3.
     * 91330902MA2B3C4D1G (an enterprise registered in 定海区). Organisation code MA2B3C4D + check:
     *   M(22)·3 + A(10)·7 + 2·9 + B(11)·10 + 3·5 + C(12)·8 + 4·4 + D(13)·2
     *   = 66 + 70 + 18 + 110 + 15 + 96 + 16 + 26 = 417; 417 mod 11 = 10; 11 − 10 = 1.
     * Final check: 9·1 + 1·3 + 3·9 + 3·27 + 0·19 + 9·26 + 0·16 + 2·17 + M(21)·20 + A(10)·29 + 2·25 + B(11)·13
     *   + 3·8 + C(12)·24 + 4·10 + D(13)·30 + 1·28
     *   = 9 + 3 + 27 + 81 + 0 + 234 + 0 + 34 + 420 + 290 + 50 + 143 + 24 + 288 + 40 + 390 + 28 = 2061;
     *   2061 mod 31 = 15; 31 − 15 = 16 → G.
     */
    @Test
    void unifiedSocialCreditCodesWithBothRightCheckCharactersAreAccepted() {
        assertThat(check(IdentifierType.USCC, "91350100M000100Y43")).isEqualTo("91350100M000100Y43");
        assertThat(check(IdentifierType.USCC, "91330902MA2B3C4D1G")).isEqualTo("91330902MA2B3C4D1G");
        assertThat(check(IdentifierType.USCC, " 91330902ma2b3c4d1g")).as("lower case is normalised").isEqualTo("91330902MA2B3C4D1G");
        assertThat(PartyIdentifiers.organisationCodeCheck("MA2B3C4D")).isEqualTo('1');
        assertThat(PartyIdentifiers.usccCheck("91330902MA2B3C4D1")).isEqualTo('G');
    }

    @Test
    void aUsccWithLettersTheStandardLeavesOutIsRejected() {
        for (char excluded : "IOZSV".toCharArray()) {
            refused(IdentifierType.USCC, "91350100M000100" + excluded + "43",
                    "identifier: 统一社会信用代码含无效字符 / character 16 ('" + excluded + "') is not allowed");
        }
    }

    @Test
    void anyOneCharacterChangedInAUsccIsRejected() {
        String valid = "91330902MA2B3C4D1G";
        for (int position = 0; position < valid.length(); position++) {
            for (char replacement : PartyIdentifiers.USCC_CHARACTERS.toCharArray()) {
                if (replacement == valid.charAt(position)) {
                    continue;
                }
                String mutated = valid.substring(0, position) + replacement + valid.substring(position + 1);
                assertThatThrownBy(() -> check(IdentifierType.USCC, mutated)).as(mutated).isInstanceOf(DomainException.class);
            }
        }
        refused(IdentifierType.USCC, "91330902MA2B3C4D1H", "identifier: 统一社会信用代码校验码错误 / unified social credit code check character is wrong");
    }

    /*
     * 91350100M000100Y56: the organisation code check changed from 4 to 5 and the final check recomputed so that only
     * the organisation code is wrong: the sum grows by (5 − 4)·28 to 1668; 1668 mod 31 = 25; 31 − 25 = 6.
     */
    @Test
    void aUsccWhoseOrganisationCodeIsWrongIsRejectedEvenWithARightFinalCheck() {
        assertThat(PartyIdentifiers.usccCheck("91350100M000100Y5")).isEqualTo('6');
        refused(IdentifierType.USCC, "91350100M000100Y56", "identifier: 统一社会信用代码中组织机构代码的校验码错误");
    }

    @Test
    void aUsccOfTheWrongShapeIsRejected() {
        refused(IdentifierType.USCC, "91350100M000100Y4", "a unified social credit code has 18 characters, not 17");
        refused(IdentifierType.USCC, "913501A0M000100Y43", "characters 3–8 of a unified social credit code are the 6-digit area code");
    }

    @Test
    void otherDocumentsAreFiveToTwentyLettersAndDigits() {
        assertThat(check(IdentifierType.PASSPORT, "e12345678")).isEqualTo("E12345678");
        assertThat(check(IdentifierType.HK_MACAO_PERMIT, "H1234567801")).isEqualTo("H1234567801");
        assertThat(check(IdentifierType.TAIWAN_PERMIT, "12345678")).isEqualTo("12345678");
        assertThat(check(IdentifierType.PERMANENT_RESIDENCE_CARD, "USA110079012345")).isEqualTo("USA110079012345");
        assertThat(check(IdentifierType.UNREGISTERED_BODY_DOCUMENT, "ZS2026001")).isEqualTo("ZS2026001");

        for (String wrong : List.of("E123", "E1234567890123456789X", "E 1234567", "E-1234567", "护照12345")) {
            refused(IdentifierType.PASSPORT, wrong, "identifier: 护照号码应为5至20位字母或数字 / a passport number is 5 to 20 letters and digits");
        }
    }
}
