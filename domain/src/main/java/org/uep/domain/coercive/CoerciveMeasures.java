package org.uep.domain.coercive;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.RequiredText;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.PenaltyCaseRepository;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.coercive.CoerciveMeasure.Kind;
import org.uep.domain.coercive.CoerciveMeasure.Status;
import org.uep.domain.lead.Lead;
import org.uep.domain.lead.LeadRepository;
import org.uep.domain.organisation.CertifiedOfficers;
import org.uep.domain.outbox.EngineCommand;
import org.uep.domain.outbox.EngineOutbox;
import org.uep.processes.coercive.CoerciveMeasureProcess.Conclusion;

/**
 * 行政强制措施: evidence preserved by registration (先行登记保存, Art. 56) and sealing/seizure (查封扣押, 行政强制法). An
 * officer of the case's unit asks; the head approves beforehand (行政强制法 Art. 18(1)); two officers with certificates
 * valid that day take the measure after the approval and record it with its list of items (Art. 18(2)–(3), 24); the
 * measure's clock then runs (evidence.preserve 7 working days; seizure 30 days, once +30 with the head's approval, Art.
 * 25) and the officer concludes it, or it is released by law when the clock runs out. Each step is audited on the
 * dossier; a refused step changes nothing.
 */
@Service
public class CoerciveMeasures {

    static final int MAX_TEXT = 5_000;
    /** Urgent by nature (the items may vanish): the head answers within a day, the officers act within a day. */
    static final Duration STEP_WINDOW = Duration.ofDays(1);
    static final int EXTENSION_DAYS = 30;

    private final JdbcTemplate jdbc;
    private final LeadRepository leads;
    private final PenaltyCaseRepository cases;
    private final CertifiedOfficers certifiedOfficers;
    private final StatutoryClocks clocks;
    private final EngineOutbox outbox;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    CoerciveMeasures(JdbcTemplate jdbc, LeadRepository leads, PenaltyCaseRepository cases,
                     CertifiedOfficers certifiedOfficers, StatutoryClocks clocks, EngineOutbox outbox, AccessPolicy access,
                     AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.leads = leads;
        this.cases = cases;
        this.certifiedOfficers = certifiedOfficers;
        this.clocks = clocks;
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** What the officer asks the head to approve. */
    public record Request(Kind kind, String items, String place, String reason) {}

    /** What the officers record when they took the measure (现场笔录 and 清单). */
    public record Taking(Instant takenAt, List<String> officers, String record) {}

    /** Asks for a measure on a filed, open case and queues the start of its process. */
    @Transactional
    public CoerciveMeasure request(long leadId, Request request, Caller caller) {
        Lead lead = leads.findById(leadId).filter(l -> access.canRead(caller, l.getId(), l.getUnitPath()))
                .orElseThrow(() -> DomainException.notFound("Dossier", leadId));
        access.requireEnforcementStaffOf(caller, lead.getUnitPath(), "ask for a coercive measure");
        if (request == null || request.kind() == null) {
            throw DomainException.invalid("kind is required: one of " + Arrays.toString(Kind.values()));
        }
        boolean open = cases.findByLeadId(leadId).filter(c -> c.getClosedAt() == null).isPresent();
        if (!open) {
            throw DomainException.conflict("强制措施只能在已立案、未结案的案件中采取。Lead " + leadId
                    + " has no open case: measures are taken in the investigation of a filed case.");
        }
        return insert(leadId, request.kind(), text(request.items(), "items", "物品清单"),
                text(request.place(), "place", "地点"), text(request.reason(), "reason", "理由"), null,
                caller.username(), lead.getUnitPath());
    }

    /** 负责人审批: the head approves or refuses beforehand. */
    @Transactional
    public void approved(long processInstanceKey, boolean approved, String head) {
        CoerciveMeasure measure = requireStatus(ofInstance(processInstanceKey), Status.REQUESTED);
        Instant now = clock.instant();
        jdbc.update("update coercive_measure set status = ?, approved_by = ?, approved_at = ? where id = ?",
                (approved ? Status.APPROVED : Status.REFUSED).name(), head, Timestamp.from(now), measure.id());
        record(measure, head, approved ? "coercive.approved" : "coercive.refused", Map.of());
    }

    /**
     * The officers took the approved measure: after the approval, two certified officers on that day. Starts its
     * clock.
     */
    @Transactional
    public void taken(long processInstanceKey, Taking taking, Caller caller) {
        CoerciveMeasure measure = requireStatus(ofInstance(processInstanceKey), Status.APPROVED);
        if (taking.takenAt() == null || taking.takenAt().isAfter(clock.instant())) {
            throw DomainException.invalid("须写明实施时间，且不晚于现在。takenAt is required and not in the future.");
        }
        if (taking.takenAt().isBefore(measure.approvedAt())) {
            throw DomainException.invalid("强制措施应当事先经负责人批准（行政强制法第十八条）。takenAt " + taking.takenAt()
                    + " is before the head's approval at " + measure.approvedAt() + ".");
        }
        List<String> officers = certifiedOfficers.requireTwoFor(taking.officers(), caller, LegalTime.dayOf(taking.takenAt()));
        String note = text(taking.record(), "record", "现场笔录");
        jdbc.update("update coercive_measure set status = 'IN_FORCE', taken_at = ?, officers = ?, record = ? where id = ?",
                Timestamp.from(taking.takenAt()), officers.toArray(String[]::new), note, measure.id());
        Instant dueAt = clocks.start(measure.clockSubject(), measure.kind().clockId(), taking.takenAt(),
                caller.username()).getDueAt();
        record(measure, caller.username(), "coercive.taken", Map.of("takenAt", taking.takenAt(), "officers", officers,
                "dueAt", dueAt));
    }

    /** The approved measure was not taken (the items were gone, the party complied…): why, on record. */
    @Transactional
    public void notTaken(long processInstanceKey, String reason, String officer) {
        CoerciveMeasure measure = requireStatus(ofInstance(processInstanceKey), Status.APPROVED);
        String why = text(reason, "reason", "未实施的理由");
        conclude(measure, Status.NOT_TAKEN, why, officer);
    }

    /**
     * 处理决定 within the clock: release, hand over, turn preserved evidence into a seizure (a new measure the head
     * approves again), or ask the head to extend a seizure once. Anything but the extension stops the clock.
     */
    @Transactional
    public void concluded(long processInstanceKey, Conclusion conclusion, String reason, Caller caller) {
        CoerciveMeasure measure = requireStatus(ofInstance(processInstanceKey), Status.IN_FORCE);
        String why = text(reason, "reason", "处理理由");
        switch (conclusion) {
            case EXTEND -> {
                if (measure.kind() == Kind.PRESERVATION) {
                    throw DomainException.invalid("先行登记保存不得延长（第五十六条，七日内作出处理决定）。Evidence preserved by "
                            + "registration cannot be extended: decide within evidence.preserve.");
                }
                if (runningClock(measure).getExtendedBy() > 0) {
                    throw DomainException.conflict("查封扣押期限只能延长一次（行政强制法第二十五条）。Measure " + measure.id()
                            + " was extended already.");
                }
                jdbc.update("update coercive_measure set extension_asked_at = ? where id = ?",
                        Timestamp.from(clock.instant()), measure.id());
                record(measure, caller.username(), "coercive.extension-asked", Map.of("reason", why));
            }
            case RELEASE -> conclude(measure, Status.RELEASED, why, caller.username());
            case HAND_OVER -> conclude(measure, Status.HANDED_OVER, why, caller.username());
            case CONVERT_TO_SEIZURE -> {
                if (measure.kind() != Kind.PRESERVATION) {
                    throw DomainException.invalid("只有先行登记保存的物品可以转为查封扣押。Only preserved evidence is turned "
                            + "into a seizure.");
                }
                conclude(measure, Status.CONVERTED, why, caller.username());
                insert(measure.leadId(), Kind.SEIZURE, measure.items(), measure.place(), why, measure.id(),
                        caller.username(), leads.findById(measure.leadId()).orElseThrow().getUnitPath());
            }
        }
    }

    /** 延长审批: the head extends the seizure by {@value #EXTENSION_DAYS} days, or refuses. */
    @Transactional
    public void extensionDecided(long processInstanceKey, boolean approved, String opinion, String head) {
        CoerciveMeasure measure = requireStatus(ofInstance(processInstanceKey), Status.IN_FORCE);
        if (measure.extensionAskedAt() == null) {
            throw DomainException.conflict("Measure " + measure.id() + ": no extension was asked for.");
        }
        jdbc.update("update coercive_measure set extension_asked_at = null where id = ?", measure.id());
        RunningClock running = approved
                ? clocks.extend(measure.clockSubject(), measure.kind().clockId(), EXTENSION_DAYS, head, opinion)
                : runningClock(measure);
        record(measure, head, approved ? "coercive.extended" : "coercive.extension-refused",
                Map.of("dueAt", running.getDueAt()));
    }

    /** The clock ran out with no conclusion: released by law. Repeating it changes nothing. */
    @Transactional
    public void releasedOnExpiry(long measureId) {
        CoerciveMeasure measure = get(measureId);
        if (measure.status() == Status.IN_FORCE) {
            conclude(measure, Status.RELEASED_ON_EXPIRY, "期限届满未作出处理决定，依法解除 released by law: the term ran out",
                    AuditLog.SYSTEM);
        }
    }

    /** Binds the measure's process instance; false when another instance already holds it (a duplicate start). */
    @Transactional
    public boolean bindProcessInstance(long measureId, long processInstanceKey) {
        return jdbc.update("update coercive_measure set process_instance_key = ? where id = ? and process_instance_key is null",
                processInstanceKey, measureId) == 1;
    }

    @Transactional(readOnly = true)
    public CoerciveMeasure get(long measureId) {
        return jdbc.query("select * from coercive_measure where id = ?", CoerciveMeasures::row, measureId).stream()
                .findFirst().orElseThrow(() -> DomainException.notFound("Coercive measure", measureId));
    }

    /** The dossier's measures in the order they were asked for. */
    @Transactional(readOnly = true)
    public List<CoerciveMeasure> ofDossier(long leadId) {
        return jdbc.query("select * from coercive_measure where lead_id = ? order by id", CoerciveMeasures::row, leadId);
    }

    private CoerciveMeasure insert(long leadId, Kind kind, String items, String place, String reason, Long convertedFrom,
                                   String actor, String unitPath) {
        Instant now = clock.instant();
        Long id = jdbc.queryForObject("""
                insert into coercive_measure (lead_id, kind, items, place, reason, converted_from, status, requested_by,
                                              requested_at, approval_due_at)
                values (?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?) returning id""", Long.class, leadId, kind.name(), items,
                place, reason, convertedFrom, actor, Timestamp.from(now), Timestamp.from(now.plus(STEP_WINDOW)));
        outbox.enqueue(EngineCommand.Kind.START_MEASURE, id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("measureId", id);
        after.put("kind", kind.name());
        after.put("items", items);
        if (convertedFrom != null) {
            after.put("convertedFrom", convertedFrom);
        }
        audit.append(AuditLog.leadStream(leadId), actor, unitPath, "coercive.requested", null, after);
        return get(id);
    }

    private void conclude(CoerciveMeasure measure, Status status, String reason, String actor) {
        jdbc.update("""
                update coercive_measure set status = ?, concluded_by = ?, concluded_at = ?, conclusion_reason = ?,
                                            extension_asked_at = null
                where id = ?""", status.name(), actor, Timestamp.from(clock.instant()), reason, measure.id());
        if (measure.takenAt() != null) {
            clocks.stop(measure.clockSubject(), measure.kind().clockId(), actor);
        }
        record(measure, actor, "coercive." + status.name().toLowerCase().replace('_', '-'), Map.of("reason", reason));
    }

    /** When the approved measure is to be taken. */
    public static Instant takeDueAt(CoerciveMeasure measure) {
        return measure.approvedAt().plus(STEP_WINDOW);
    }

    /** When the measure in force must be concluded (its clock's due instant). */
    @Transactional(readOnly = true)
    public Instant concludeBy(CoerciveMeasure measure) {
        return runningClock(measure).getDueAt();
    }

    private RunningClock runningClock(CoerciveMeasure measure) {
        return clocks.of(List.of(measure.clockSubject())).stream()
                .filter(running -> running.getClockId().equals(measure.kind().clockId())).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    public CoerciveMeasure ofInstance(long processInstanceKey) {
        return jdbc.query("select * from coercive_measure where process_instance_key = ?", CoerciveMeasures::row,
                processInstanceKey).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("Coercive measure of process instance", processInstanceKey));
    }

    private static CoerciveMeasure requireStatus(CoerciveMeasure measure, Status expected) {
        if (measure.status() != expected) {
            throw DomainException.conflict("Coercive measure " + measure.id() + " is " + measure.status() + ", not "
                    + expected + ".");
        }
        return measure;
    }

    private void record(CoerciveMeasure measure, String actor, String action, Map<String, Object> details) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("measureId", measure.id());
        after.put("kind", measure.kind().name());
        after.putAll(details);
        audit.append(AuditLog.leadStream(measure.leadId()), actor, null, action, null, after);
    }

    private static String text(String value, String field, String chinese) {
        return RequiredText.of(value, field, chinese, MAX_TEXT);
    }

    private static CoerciveMeasure row(ResultSet rs, int n) throws SQLException {
        Array officers = rs.getArray("officers");
        return new CoerciveMeasure(rs.getLong("id"), rs.getLong("lead_id"), Kind.valueOf(rs.getString("kind")),
                rs.getString("items"), rs.getString("place"), rs.getString("reason"),
                (Long) rs.getObject("converted_from"), Status.valueOf(rs.getString("status")),
                rs.getString("requested_by"), instant(rs, "requested_at"), instant(rs, "approval_due_at"),
                rs.getString("approved_by"), instant(rs, "approved_at"), instant(rs, "taken_at"),
                officers == null ? List.of() : List.of((String[]) officers.getArray()), rs.getString("record"),
                instant(rs, "extension_asked_at"), rs.getString("concluded_by"), instant(rs, "concluded_at"),
                rs.getString("conclusion_reason"), (Long) rs.getObject("process_instance_key"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
