package org.uep.domain.party;

import java.util.List;

/**
 * A party's dossiers received before a given one, across all bodies, newest first: what the first-violation rule
 * (首违不罚, Art. 33) and repeat-offence checks look at. Entries are restricted as in the history.
 * <p>
 * {@link #filedCases()} counts the earlier dossiers in which a case was filed — a prima facie violation, not a decided
 * one: a case may still end without a penalty; {@link #penalised()} are those in which a penalty was decided. Whether
 * a prior case counts for a rule (same matter, within which period) is for the rule to decide from the entries'
 * matter codes and dates.
 */
public record PriorDossiers(List<DossierEntry> entries) {

    public PriorDossiers {
        entries = List.copyOf(entries);
    }

    public long filedCases() {
        return entries.stream().filter(entry -> entry.outcome().caseFiled()).count();
    }

    public List<DossierEntry> penalised() {
        return entries.stream().filter(DossierEntry::penalised).toList();
    }
}
