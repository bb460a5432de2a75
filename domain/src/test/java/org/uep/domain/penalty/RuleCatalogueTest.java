package org.uep.domain.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uep.domain.DomainException;
import org.uep.domain.DomainTest;
import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.domain.audit.AuditEvent;
import org.uep.domain.audit.AuditEventRepository;
import org.uep.domain.party.PartyKind;
import org.uep.domain.testing.Callers;

/** The rules as seeded by V10 and as adjusted per jurisdiction; test jurisdictions are fresh prefixes of their own. */
@DomainTest
class RuleCatalogueTest {

    private static final Caller SYSADMIN = new Caller("sysadmin", "sysadmin", List.of("/zhoushan"), Set.of("system-admin"),
            Credentials.NONE);

    @Autowired RuleCatalogue catalogue;
    @Autowired AuditEventRepository audit;
    @Autowired JdbcTemplate jdbc;

    private static String freshJurisdiction() {
        return "/t" + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void everywhereTheSeededFiguresAndListsApply() {
        LocalRules rules = catalogue.forUnit(Callers.DINGHAI);
        assertThat(rules.thresholds()).isEqualTo(PenaltyRulesTest.SEEDED);
        assertThat(rules.legalReview()).extracting(Trigger::code)
                .containsExactlyElementsOf(PenaltyRulesTest.LEGAL_REVIEW.stream().map(Trigger::code).toList());
        assertThat(rules.collectiveDiscussion()).extracting(Trigger::code)
                .containsExactly("COMPLEX_CIRCUMSTANCES", "SERIOUS_VIOLATION");
        assertThat(rules.legalReview().get(1)).isEqualTo(new Trigger("MAJOR_RIGHTS_AND_HEARING_HELD",
                "直接关系当事人或者第三人重大权益，经过听证程序", "行政处罚法 Art. 58(1)(2)"));
        assertThat(rules.collectiveDiscussion().get(0).label()).isEqualTo("情节复杂");
    }

    @Test
    void theLongestPrefixWinsPerThresholdAndOnlyOnWholePathSegments() {
        String city = freshJurisdiction();
        catalogue.adjustThreshold(city, Threshold.LARGE_FINE_NATURAL_PERSON, 2_000_000, "市规定 city rule", SYSADMIN);
        catalogue.adjustThreshold(city + "/county", Threshold.LARGE_FINE_NATURAL_PERSON, 500_000, "县规定 county rule", SYSADMIN);
        catalogue.adjustThreshold(city + "/county", Threshold.LARGE_CONFISCATION_ORGANISATION, 5_000_000, "县规定", SYSADMIN);

        Thresholds team = catalogue.forUnit(city + "/county/comprehensive").thresholds();
        assertThat(team.largeFine(PartyKind.NATURAL_PERSON)).isEqualTo(500_000);
        assertThat(team.largeConfiscation(PartyKind.ORGANISATION)).isEqualTo(5_000_000);
        assertThat(team.largeFine(PartyKind.ORGANISATION)).as("not set locally: '/'").isEqualTo(10_000_000);
        assertThat(catalogue.forUnit(city).thresholds().largeFine(PartyKind.NATURAL_PERSON)).isEqualTo(2_000_000);
        assertThat(catalogue.forUnit(city + "/other").thresholds().largeFine(PartyKind.NATURAL_PERSON)).isEqualTo(2_000_000);
        assertThat(catalogue.forUnit(city + "/countyside").thresholds().largeFine(PartyKind.NATURAL_PERSON))
                .as("a prefix of the name is not a parent unit").isEqualTo(2_000_000);
        assertThat(catalogue.forUnit(city + "x/county").thresholds()).isEqualTo(PenaltyRulesTest.SEEDED);
    }

    @Test
    void adjustingIsAuditedOnceAndRepeatingItChangesNothing() {
        String city = freshJurisdiction();
        int before = audit.findByStreamOrderById(RuleCatalogue.AUDIT_STREAM).size();
        catalogue.adjustThreshold(city, Threshold.LARGE_FINE_ORGANISATION, 20_000_000, "市规定", SYSADMIN);
        catalogue.adjustThreshold(city, Threshold.LARGE_FINE_ORGANISATION, 20_000_000, "市规定", SYSADMIN);

        List<AuditEvent> events = audit.findByStreamOrderById(RuleCatalogue.AUDIT_STREAM);
        assertThat(events).hasSize(before + 1);
        AuditEvent adjusted = events.getLast();
        assertThat(adjusted.getAction()).isEqualTo("penalty.threshold.adjusted");
        assertThat(adjusted.getActor()).isEqualTo("sysadmin");
        assertThat(adjusted.getBefore()).contains("\"amountFen\": 10000000").contains("\"jurisdiction\": \"/\"");
        assertThat(adjusted.getAfter()).contains("\"amountFen\": 20000000").contains(city);
    }

    @Test
    void statutoryThresholdsOutsidersAndNonsenseAreRefusedAndChangeNothing() {
        String city = freshJurisdiction();
        assertThatThrownBy(() -> catalogue.adjustThreshold(city, Threshold.SUMMARY_FINE_NATURAL_PERSON, 50_000, "x", SYSADMIN))
                .isInstanceOf(DomainException.class).hasMessageContaining("fixed by statute");
        assertThatThrownBy(() -> catalogue.adjustThreshold(city, Threshold.CASH_ON_THE_SPOT, 20_000, "x", SYSADMIN))
                .isInstanceOf(DomainException.class).hasMessageContaining("fixed by statute");
        assertThatThrownBy(() -> catalogue.adjustThreshold(city, Threshold.LARGE_FINE_NATURAL_PERSON, 2_000_000, "x",
                Callers.head("head.dinghai")))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
        assertThatThrownBy(() -> catalogue.adjustThreshold("zhoushan", Threshold.LARGE_FINE_NATURAL_PERSON, 2_000_000, "x", SYSADMIN))
                .isInstanceOf(DomainException.class).hasMessageContaining("unit path prefix");
        assertThatThrownBy(() -> catalogue.adjustThreshold(city, Threshold.LARGE_FINE_NATURAL_PERSON, 0, "x", SYSADMIN))
                .isInstanceOf(DomainException.class).hasMessageContaining("above zero");
        assertThat(catalogue.forUnit(city).thresholds()).isEqualTo(PenaltyRulesTest.SEEDED);
    }

    @Test
    void aLocalTriggerListReplacesTheWholeListItNamesOnly() {
        String city = freshJurisdiction();
        jdbc.update("""
                insert into penalty_trigger (jurisdiction, list, code, position, label, basis, source) values
                (?, 'COLLECTIVE_DISCUSSION', 'SERIOUS_VIOLATION', 1, '重大违法行为', 'Art. 57(2)', 'L'),
                (?, 'COLLECTIVE_DISCUSSION', 'LARGE_FINE_OR_CONFISCATION', 2, '较大数额罚款', 'local rule', 'S')""", city, city);

        LocalRules rules = catalogue.forUnit(city + "/county");
        assertThat(rules.collectiveDiscussion()).extracting(Trigger::code)
                .containsExactly("SERIOUS_VIOLATION", "LARGE_FINE_OR_CONFISCATION");
        assertThat(rules.legalReview()).as("the other list is still '/''s").hasSize(8);
        assertThat(PenaltyRules.collectiveDiscussionRequired(PenaltyTest.penalty(Penalty.DiscretionTier.ORDINARY,
                PenaltyTest.fine(1_000_000)), PartyKind.NATURAL_PERSON, Set.of(), false, rules))
                .extracting(Trigger::code).containsExactly("LARGE_FINE_OR_CONFISCATION");
        assertThatThrownBy(() -> PenaltyRules.collectiveDiscussionRequired(PenaltyTest.penalty(Penalty.DiscretionTier.ORDINARY,
                PenaltyTest.fine(100)), PartyKind.NATURAL_PERSON, Set.of("COMPLEX_CIRCUMSTANCES"), false, rules))
                .as("dropped locally").isInstanceOf(DomainException.class);
    }
}
