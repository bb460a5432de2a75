package org.uep.domain.penalty;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.DomainException;
import org.uep.domain.RequiredText;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.cases.CaseService;
import org.uep.domain.cases.PenaltyCaseRepository;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.clock.RunningClock;
import org.uep.domain.clock.StatutoryClocks;
import org.uep.domain.document.DocumentKind;
import org.uep.domain.document.Documents;
import org.uep.domain.lead.LeadService;
import org.uep.domain.party.PartyRegister;

/**
 * 听证 (Art. 64–65): the requested hearing is scheduled at least 7 working days after the party was notified of it
 * (clock hearing.notify) with the numbered hearing notice (听证通知书), case.decide pauses from the notification until
 * the hearing ends (hearing time is not counted), and the chair records how it ended.
 */
@Service
public class Hearings {

    public static final String HEARING_NOTIFY = "hearing.notify";
    private static final DateTimeFormatter HEARING_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    static final int MAX_TEXT = 10_000;

    private final PenaltyProceedings proceedings;
    private final PartyRegister parties;
    private final PenaltyCaseRepository cases;
    private final Documents documents;
    private final StatutoryClocks clocks;
    private final LeadService leads;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Hearings(PenaltyProceedings proceedings, PartyRegister parties, PenaltyCaseRepository cases, Documents documents,
             StatutoryClocks clocks, LeadService leads, AuditLog audit, JdbcTemplate jdbc, Clock clock) {
        this.proceedings = proceedings;
        this.parties = parties;
        this.cases = cases;
        this.documents = documents;
        this.clocks = clocks;
        this.leads = leads;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What the hearing notice says: when and where, who chairs, public or not (Art. 64(3)). */
    public record Schedule(Instant notifiedAt, Instant hearingAt, String place, String chair, boolean publicHearing) {}

    @Transactional
    public Schedule schedule(long leadId, Schedule schedule, String actor) {
        PenaltyNotice notice = requestedHearing(leadId);
        if (schedule.notifiedAt() == null || schedule.hearingAt() == null) {
            throw DomainException.invalid("须写明听证通知送达时间和听证时间。notifiedAt and hearingAt are required.");
        }
        String place = text(schedule.place(), "place", "听证地点");
        String chair = text(schedule.chair(), "chair", "听证主持人");
        if (schedule.notifiedAt().isBefore(notice.getHearingRequestedAt()) || schedule.notifiedAt().isAfter(clock.instant())) {
            throw DomainException.invalid("听证通知送达时间须在听证申请之后、不晚于现在。The hearing notice is served after the "
                    + "request (" + notice.getHearingRequestedAt() + ") and not in the future.");
        }
        String subject = subject(notice);
        RunningClock notify = clocks.start(subject, HEARING_NOTIFY, schedule.notifiedAt(), actor);
        if (schedule.hearingAt().isBefore(notify.getDueAt())) {
            throw DomainException.conflict("听证应当在举行七个工作日前通知当事人（第六十四条）。A hearing notified at "
                    + schedule.notifiedAt() + " can be held from " + notify.getDueAt() + " (7 working days, Art. 64(2)), "
                    + "not at " + schedule.hearingAt() + ".");
        }
        jdbc.update("""
                insert into hearing (notice_id, notified_at, hearing_at, place, chair, public_hearing, scheduled_by)
                values (?, ?, ?, ?, ?, ?, ?)""", notice.getId(), Timestamp.from(schedule.notifiedAt()),
                Timestamp.from(schedule.hearingAt()), place, chair, schedule.publicHearing(), actor);
        clocks.pause(AuditLog.leadStream(leadId), CaseService.CASE_DECIDE, actor, "听证期间不计入办案期限 hearing time is not counted");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("party", parties.partyOf(leadId).orElseThrow().getName());
        fields.put("hearingTime", HEARING_TIME.format(schedule.hearingAt().atZone(LegalTime.ZONE)));
        fields.put("hearingPlace", place);
        fields.put("chair", chair);
        fields.put("publicity", schedule.publicHearing() ? "公开举行" : "依法不公开举行");
        documents.issue(cases.findByLeadId(leadId).orElseThrow().getId(), DocumentKind.HEARING_NOTICE,
                "hearing/" + notice.getId(), fields, actor);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("noticeId", notice.getId());
        after.put("notifiedAt", schedule.notifiedAt());
        after.put("hearingAt", schedule.hearingAt());
        after.put("place", place);
        after.put("chair", chair);
        after.put("publicHearing", schedule.publicHearing());
        audit.append(AuditLog.leadStream(leadId), actor, leads.get(leadId).getUnitPath(), "hearing.scheduled", null, after);
        return new Schedule(schedule.notifiedAt(), schedule.hearingAt(), place, chair, schedule.publicHearing());
    }

    /** The chair's record: held (the signed transcript's summary) or the party absent without good reason. */
    @Transactional
    public void concluded(long leadId, Instant concludedAt, boolean held, String transcript, String chair) {
        PenaltyNotice notice = requestedHearing(leadId);
        Integer scheduled = jdbc.queryForObject("select count(*) from hearing where notice_id = ?", Integer.class,
                notice.getId());
        if (scheduled == null || scheduled == 0) {
            throw DomainException.conflict("听证尚未安排。The hearing on notice " + notice.getId() + " is not scheduled.");
        }
        proceedings.hearingConcluded(notice.getId(), concludedAt,
                held ? PenaltyNotice.HearingOutcome.HELD : PenaltyNotice.HearingOutcome.WAIVED, chair);
        jdbc.update("update hearing set transcript = ?, concluded_at = ? where notice_id = ?",
                text(transcript, "transcript", "听证笔录"), Timestamp.from(concludedAt), notice.getId());
        clocks.stop(subject(notice), HEARING_NOTIFY, chair);
        clocks.resume(AuditLog.leadStream(leadId), CaseService.CASE_DECIDE, chair);
    }

    /** When the pending hearing is held, once scheduled. */
    @Transactional(readOnly = true)
    public Instant hearingAt(long leadId) {
        return jdbc.queryForObject("select hearing_at from hearing where notice_id = ?", Timestamp.class,
                requestedHearing(leadId).getId()).toInstant();
    }

    /** The served notice on which the party requested a hearing that has not ended. */
    private PenaltyNotice requestedHearing(long leadId) {
        return proceedings.notices(leadId).stream()
                .filter(n -> n.getStatus() == PenaltyNotice.Status.SERVED && n.getHearingRequestedAt() != null
                        && n.getHearingOutcome() == null)
                .findFirst()
                .orElseThrow(() -> DomainException.conflict("当事人未申请听证，或听证已结束。No hearing is pending in lead "
                        + leadId + "."));
    }

    private static String subject(PenaltyNotice notice) {
        return AuditLog.leadStream(notice.getLeadId()) + "/hearing/" + notice.getId();
    }

    private static String text(String value, String field, String chinese) {
        return RequiredText.of(value, field, chinese, MAX_TEXT);
    }
}
