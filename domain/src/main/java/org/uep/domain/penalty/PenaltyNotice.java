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

/** 行政处罚事先告知: the proposed penalty notified to the party with their rights to state, defend and request a hearing (Art. 44). */
@Entity
@Table(name = "penalty_notice")
public class PenaltyNotice {

    /** PROPOSED → SERVED → SUPERSEDED (a newer notice was served); PROPOSED → WITHDRAWN (replaced before service). */
    public enum Status { PROPOSED, SERVED, SUPERSEDED, WITHDRAWN }

    /** The party's explicit written waiver (书面放弃): of statement and defence, or of the hearing as well. */
    public enum Waiver {
        STATEMENT_AND_DEFENCE,
        STATEMENT_DEFENCE_AND_HEARING;

        boolean includesHearing() {
            return this == STATEMENT_DEFENCE_AND_HEARING;
        }
    }

    /** How a requested hearing ended: held, or waived (withdrawn, or absent without good reason: Art. 64(8)). */
    public enum HearingOutcome { HELD, WAIVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long leadId;

    @Enumerated(EnumType.STRING)
    private PartyKind partyKind;

    @Embedded
    private Penalty proposal;

    /** Whether the notice offers a hearing (Art. 63), by the thresholds in force when it was proposed. */
    private boolean hearingQualifies;

    private String documentNumber;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant proposedAt;
    private String proposedBy;
    private Instant servedAt;

    @Enumerated(EnumType.STRING)
    private ServiceMethod serviceMethod;

    @Enumerated(EnumType.STRING)
    private Waiver waiver;

    private Instant waivedAt;
    private Instant hearingRequestedAt;
    private Instant hearingConcludedAt;

    @Enumerated(EnumType.STRING)
    private HearingOutcome hearingOutcome;

    @Version
    private long version;

    protected PenaltyNotice() {}

    PenaltyNotice(long leadId, PartyKind partyKind, Penalty proposal, boolean hearingQualifies, Instant proposedAt,
                  String proposedBy) {
        this.leadId = leadId;
        this.partyKind = partyKind;
        this.proposal = proposal;
        this.hearingQualifies = hearingQualifies;
        this.status = Status.PROPOSED;
        this.proposedAt = proposedAt;
        this.proposedBy = proposedBy;
    }

    /** The notice document's number from the body's series, once rendered. */
    void numbered(String number) {
        this.documentNumber = number;
    }

    void served(Instant at, ServiceMethod method) {
        this.status = Status.SERVED;
        this.servedAt = at;
        this.serviceMethod = method;
    }

    void superseded() {
        this.status = Status.SUPERSEDED;
    }

    void withdrawn() {
        this.status = Status.WITHDRAWN;
    }

    void waived(Waiver waiver, Instant at) {
        this.waiver = waiver;
        this.waivedAt = at;
    }

    void hearingRequested(Instant at) {
        this.hearingRequestedAt = at;
    }

    void hearingConcluded(Instant at, HearingOutcome outcome) {
        this.hearingConcludedAt = at;
        this.hearingOutcome = outcome;
    }

    /** A hearing was held on this notice: legal review is then due again (Art. 58(1)(2)). */
    public boolean hearingHeld() {
        return hearingOutcome == HearingOutcome.HELD;
    }

    public Long getId() { return id; }
    public long getLeadId() { return leadId; }
    public PartyKind getPartyKind() { return partyKind; }
    public Penalty getProposal() { return proposal; }
    public boolean isHearingQualifies() { return hearingQualifies; }
    public String getDocumentNumber() { return documentNumber; }
    public Status getStatus() { return status; }
    public Instant getProposedAt() { return proposedAt; }
    public String getProposedBy() { return proposedBy; }
    public Instant getServedAt() { return servedAt; }
    public ServiceMethod getServiceMethod() { return serviceMethod; }
    public Waiver getWaiver() { return waiver; }
    public Instant getWaivedAt() { return waivedAt; }
    public Instant getHearingRequestedAt() { return hearingRequestedAt; }
    public Instant getHearingConcludedAt() { return hearingConcludedAt; }
    public HearingOutcome getHearingOutcome() { return hearingOutcome; }
}
