package org.uep.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.uep.domain.DomainException;
import org.uep.domain.document.PublicationRedaction.Publish;
import org.uep.domain.document.PublicationRedaction.Withhold;
import org.uep.domain.party.PartyKind;

/** The redaction rules of procedure.md §1.13 as a table: what goes in, what may be published. */
class PublicationRedactionTest {

    static final String ID = "330902199001011234";
    static final String USCC = "91330902MA2A1B2C3D";

    static PublicationData person(String facts, List<String> thirdParties, boolean minor) {
        return new PublicationData("张三", PartyKind.NATURAL_PERSON, ID, "定海区解放西路1号", "13805801234",
                "6222021234567890123", "患有高血压", thirdParties, minor, facts);
    }

    static PublicationData company(String facts) {
        return new PublicationData("舟山某某水产有限公司", PartyKind.ORGANISATION, USCC, "定海区临城街道1号", "0580-2021234",
                "33050162000000000001", "员工体检异常", List.of("李四"), false, facts);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("natural person: identifier masked to first and last character, personal data removed",
                        person("当事人在店内经营。", List.of(), false),
                        new PublicationData("张三", PartyKind.NATURAL_PERSON, "3****************4", null, null, null, null,
                                List.of(), false, "当事人在店内经营。")),
                Arguments.of("natural person: the removed values and third parties disappear from the facts too",
                        person("张三（身份证号330902199001011234，住定海区解放西路1号，电话13805801234）雇佣王五、王五一在人行道摆摊；"
                                + "其患有高血压。", List.of("王五", "王五一"), false),
                        new PublicationData("张三", PartyKind.NATURAL_PERSON, "3****************4", null, null, null, null,
                                List.of(), false, "张三（身份证号3****************4，住（已隐去），电话（已隐去））雇佣某某、某某在人行道摆摊；"
                                + "其（已隐去）。")),
                Arguments.of("any ID number or mobile number left in the facts is masked or removed",
                        person("证人身份证号33090219851231002X，手机15900001111。", List.of(), false),
                        new PublicationData("张三", PartyKind.NATURAL_PERSON, "3****************4", null, null, null, null,
                                List.of(), false, "证人身份证号3****************X，手机（已隐去）。")),
                Arguments.of("organisation: name, credit code and address stay public; phone, account, health data and third parties go",
                        company("舟山某某水产有限公司（" + USCC + "，电话0580-2021234）由李四经营，员工体检异常。"),
                        new PublicationData("舟山某某水产有限公司", PartyKind.ORGANISATION, USCC, "定海区临城街道1号", null, null,
                                null, List.of(), false, "舟山某某水产有限公司（" + USCC + "，电话（已隐去））由某某经营，（已隐去）。")),
                Arguments.of("missing data stays missing",
                        new PublicationData("王某", PartyKind.NATURAL_PERSON, null, null, null, null, null, null, false, null),
                        new PublicationData("王某", PartyKind.NATURAL_PERSON, null, null, null, null, null, List.of(), false, null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void redacts(String rule, PublicationData given, PublicationData published) {
        assertThat(PublicationRedaction.redact(given)).isEqualTo(new Publish(published));
    }

    @Test
    void aMinorsCaseIsNotPublished() {
        assertThat(PublicationRedaction.redact(person("未成年人在校门口摆摊。", List.of(), true)))
                .isInstanceOf(Withhold.class).extracting(o -> ((Withhold) o).reason()).asString().contains("未成年人");
    }

    @Test
    void thePartyKindIsRequired() {
        assertThatThrownBy(() -> PublicationRedaction.redact(new PublicationData("x", null, null, null, null, null, null,
                List.of(), false, "x"))).isInstanceOf(DomainException.class).hasMessageContaining("party kind");
    }
}
