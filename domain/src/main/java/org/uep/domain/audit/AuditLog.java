package org.uep.domain.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends audit events in the caller's transaction: a state change and its record commit together.
 * Streams are one per dossier ({@code lead/<id>}, {@code case/<id>}) so later hash chains stay short.
 */
@Service
public class AuditLog {

    /** Actor name for acts of the platform itself (workers, timers). */
    public static final String SYSTEM = "system";
    /** MDC key carrying the request id of the API call that caused the change. */
    public static final String REQUEST_ID = "requestId";

    private final AuditEventRepository events;
    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(AuditEventRepository events, ObjectMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public static String leadStream(long leadId) {
        return "lead/" + leadId;
    }

    /** The lead of a dossier's stream or of a part of it ({@code lead/5}, {@code lead/5/notice/2}). */
    public static Optional<Long> leadOf(String subject) {
        Matcher lead = LEAD_SUBJECT.matcher(subject);
        return lead.matches() ? Optional.of(Long.parseLong(lead.group(1))) : Optional.empty();
    }

    private static final Pattern LEAD_SUBJECT = Pattern.compile("^lead/(\\d+)(/.*)?$");

    public static String caseStream(long caseId) {
        return "case/" + caseId;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEvent append(String stream, String actor, String actorUnit, String action,
                             Map<String, ?> before, Map<String, ?> after) {
        return events.save(new AuditEvent(stream, actor, actorUnit, action, toJson(before), toJson(after),
                MDC.get(REQUEST_ID), clock.instant()));
    }

    private String toJson(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit state is not serialisable", e);
        }
    }
}
