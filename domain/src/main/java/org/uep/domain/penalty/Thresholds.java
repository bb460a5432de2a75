package org.uep.domain.penalty;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.uep.domain.party.PartyKind;

/** The threshold amounts (fen) in force for one jurisdiction; every threshold has one. Limits include the amount (以下/以上 含本数). */
public record Thresholds(Map<Threshold, Long> fen) {

    public Thresholds {
        EnumMap<Threshold, Long> copy = new EnumMap<>(Threshold.class);
        copy.putAll(fen);
        for (Threshold threshold : Threshold.values()) {
            Long amount = copy.get(threshold);
            if (amount == null || amount <= 0) {
                throw new IllegalArgumentException("threshold " + threshold + " needs an amount above zero, got " + amount);
            }
        }
        fen = Collections.unmodifiableMap(copy);
    }

    public long of(Threshold threshold) {
        return fen.get(threshold);
    }

    public long summaryFine(PartyKind party) {
        return of(party == PartyKind.NATURAL_PERSON ? Threshold.SUMMARY_FINE_NATURAL_PERSON : Threshold.SUMMARY_FINE_ORGANISATION);
    }

    public long largeFine(PartyKind party) {
        return of(party == PartyKind.NATURAL_PERSON ? Threshold.LARGE_FINE_NATURAL_PERSON : Threshold.LARGE_FINE_ORGANISATION);
    }

    public long largeConfiscation(PartyKind party) {
        return of(party == PartyKind.NATURAL_PERSON ? Threshold.LARGE_CONFISCATION_NATURAL_PERSON
                : Threshold.LARGE_CONFISCATION_ORGANISATION);
    }
}
