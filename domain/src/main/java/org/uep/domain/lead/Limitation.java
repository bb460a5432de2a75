package org.uep.domain.lead;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.uep.domain.clock.ClockDefinition;
import org.uep.domain.clock.ClockDefinitionRepository;

/**
 * 追责时效 (行政处罚法 Art. 36): an act not discovered within two years after it ended — five where it harmed life,
 * health or financial safety with harmful consequences — is no longer penalised. Counted in natural years from the day
 * the act ended (for a continuing act, the day it stopped), the start day not included, so the period ends on the
 * same calendar day years later (Asia/Shanghai days; discovery is the lead's receipt).
 *
 * <p>The lengths are the catalogue's {@code limitation} row (length, plus its extension for grave harm) while the row
 * counts years as it ships; otherwise the statute's own figures.
 */
@Component
public class Limitation {

    static final String CLOCK = "limitation";
    static final int STATUTE_YEARS = 2;
    static final int GRAVE_HARM_YEARS = 5;

    /** The period an act is measured against: its length and the last day on which discovery is in time. */
    public record Period(int years, LocalDate endsOn) {

        public boolean expiredBy(LocalDate discoveredOn) {
            return discoveredOn.isAfter(endsOn);
        }
    }

    private final ClockDefinitionRepository catalogue;

    Limitation(ClockDefinitionRepository catalogue) {
        this.catalogue = catalogue;
    }

    public Period of(LocalDate actEndedOn, boolean gravelyHarmful) {
        int years = catalogue.findById(CLOCK)
                .filter(row -> row.getUnit() == ClockDefinition.Unit.YEARS && row.getExtensionLength() != null)
                .map(row -> gravelyHarmful ? row.getLength() + row.getExtensionLength() : row.getLength())
                .orElse(gravelyHarmful ? GRAVE_HARM_YEARS : STATUTE_YEARS);
        return new Period(years, actEndedOn.plusYears(years));
    }
}
