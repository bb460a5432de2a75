package org.uep.domain.execution;

import java.time.Instant;
import java.util.List;

/**
 * When the application to the court for enforcement (申请人民法院强制执行, 行政强制法 Art. 53–54) may be made: from
 * {@code opensAt} — the review/lawsuit window over and ten working days after the reminder (催告) was served — until
 * {@code closesAt}, three months after the review/lawsuit window ended (clock enforce.court). {@code opensAt} is null
 * while no reminder was served; {@code blockers} says what stands in the way besides time.
 */
public record CourtWindow(Instant opensAt, Instant closesAt, List<String> blockers) {

    public boolean isOpenAt(Instant at) {
        return blockers.isEmpty() && opensAt != null && !at.isBefore(opensAt) && at.isBefore(closesAt);
    }
}
