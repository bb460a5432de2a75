package org.uep.domain.penalty;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.uep.domain.party.PartyKind;

/**
 * 拟定处罚意见: what the investigating officer proposes after the investigation — the penalty with the facts, evidence,
 * provision violated and reasons the notice and the decision will state. The latest proposal of a case is in force;
 * {@link #getNoticeId()} is the notice drawn up for it, or null when a served notice already covers it.
 */
@Entity
@Table(name = "penalty_proposal")
public class PenaltyProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long leadId;

    @Enumerated(EnumType.STRING)
    private PartyKind partyKind;

    @Embedded
    private Penalty penalty;

    private String facts;
    private String evidence;
    private String violatedProvision;
    private String reasons;

    /** Trigger codes the officer states for the case (e.g. MAJOR_PUBLIC_INTEREST), on top of those derived. */
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> assertedTriggers;

    private Long noticeId;
    private String proposedBy;
    private Instant proposedAt;

    protected PenaltyProposal() {}

    PenaltyProposal(long leadId, PartyKind partyKind, ProposalDetails details, Long noticeId, String proposedBy,
                    Instant proposedAt) {
        this.leadId = leadId;
        this.partyKind = partyKind;
        this.penalty = details.penalty();
        this.facts = details.facts();
        this.evidence = details.evidence();
        this.violatedProvision = details.violatedProvision();
        this.reasons = details.reasons();
        this.assertedTriggers = List.copyOf(details.assertedTriggers());
        this.noticeId = noticeId;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
    }

    public Long getId() { return id; }
    public long getLeadId() { return leadId; }
    public PartyKind getPartyKind() { return partyKind; }
    public Penalty getPenalty() { return penalty; }
    public String getFacts() { return facts; }
    public String getEvidence() { return evidence; }
    public String getViolatedProvision() { return violatedProvision; }
    public String getReasons() { return reasons; }
    public List<String> getAssertedTriggers() { return assertedTriggers; }
    public Long getNoticeId() { return noticeId; }
    public String getProposedBy() { return proposedBy; }
    public Instant getProposedAt() { return proposedAt; }
}
