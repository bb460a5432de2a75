package org.uep.domain.penalty;

import java.time.Instant;

/**
 * The party's windows on the notice in force: statement and defence (陈述申辩, clock notice.reply) and, when the
 * proposal qualifies, the hearing request (clock hearing.request); and a requested hearing not yet concluded. A window
 * is open until it runs out, is waived in writing or is used — or while its end falls in a year without holiday data
 * (it may still move later).
 *
 * @param hearingRequestDueAt null when the proposal does not qualify for a hearing
 */
public record NoticeWindows(long noticeId, Instant replyDueAt, boolean replyOpen, Instant hearingRequestDueAt,
                            boolean hearingRequestOpen, boolean hearingPending) {

    /** Nothing left to wait for: the decision may be taken. */
    public boolean closed() {
        return !replyOpen && !hearingRequestOpen && !hearingPending;
    }
}
