package org.uep.domain.lead;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** 移送管辖 hand-off: a lead the unit is not competent for, waiting for the referral process to send it on. */
@Entity
@Table(name = "lead_referral")
public class LeadReferral {

    public enum Status { AWAITING_REFERRAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long leadId;
    private String competentBody;
    private String reason;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant createdAt;

    protected LeadReferral() {}

    LeadReferral(long leadId, String competentBody, String reason, Instant createdAt) {
        this.leadId = leadId;
        this.competentBody = competentBody;
        this.reason = reason;
        this.status = Status.AWAITING_REFERRAL;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public long getLeadId() { return leadId; }
    public String getCompetentBody() { return competentBody; }
    public String getReason() { return reason; }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
}
