package org.uep.domain.penalty;

import java.util.List;

/** The penalty rules in force for one jurisdiction: its thresholds and its two trigger lists, as data. */
public record LocalRules(Thresholds thresholds, List<Trigger> legalReview, List<Trigger> collectiveDiscussion) {

    public LocalRules {
        legalReview = List.copyOf(legalReview);
        collectiveDiscussion = List.copyOf(collectiveDiscussion);
    }
}
