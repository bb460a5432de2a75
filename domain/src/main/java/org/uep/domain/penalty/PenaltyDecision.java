package org.uep.domain.penalty;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.uep.domain.party.PartyKind;

/** 行政处罚决定: the penalty decided for a dossier, by whom and when, and the notice it rests on (general procedure). */
@Entity
@Table(name = "penalty_decision")
public class PenaltyDecision {

    /** 一般程序 (after a served notice) or 简易程序 (on the spot, Art. 51–52). */
    public enum Procedure { GENERAL, SUMMARY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long leadId;

    @Enumerated(EnumType.STRING)
    private Procedure procedure;

    private Long noticeId;

    @Enumerated(EnumType.STRING)
    private PartyKind partyKind;

    @Embedded
    private Penalty penalty;

    private String documentNumber;
    private Instant decidedAt;
    private String decidedBy;
    private String recordedBy;

    @Version
    private long version;

    protected PenaltyDecision() {}

    PenaltyDecision(long leadId, Procedure procedure, Long noticeId, PartyKind partyKind, Penalty penalty,
                    Instant decidedAt, String decidedBy, String recordedBy) {
        this.leadId = leadId;
        this.procedure = procedure;
        this.noticeId = noticeId;
        this.partyKind = partyKind;
        this.penalty = penalty;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.recordedBy = recordedBy;
    }

    /** The decision document's number from the body's series, once rendered. */
    public void numbered(String number) {
        this.documentNumber = number;
    }

    public Long getId() { return id; }
    public long getLeadId() { return leadId; }
    public Procedure getProcedure() { return procedure; }
    public Long getNoticeId() { return noticeId; }
    public PartyKind getPartyKind() { return partyKind; }
    public Penalty getPenalty() { return penalty; }
    public String getDocumentNumber() { return documentNumber; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getRecordedBy() { return recordedBy; }
}
