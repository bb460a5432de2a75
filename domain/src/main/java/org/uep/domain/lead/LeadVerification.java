package org.uep.domain.lead;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.uep.processes.penalty.PenaltyCaseProcess.LeadFinding;

/** 线索核查: what the officer found about a lead, with the limitation period the finding was checked against. */
@Entity
@Table(name = "lead_verification")
public class LeadVerification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long leadId;
    private long taskId;

    @Enumerated(EnumType.STRING)
    private LeadFinding finding;

    private String opinion;
    private LocalDate actEndedOn;
    private boolean gravelyHarmful;
    private int limitationYears;
    private LocalDate discoveredOn;
    private LocalDate limitationEndsOn;
    /** Who is competent, for {@link LeadFinding#NOT_COMPETENT} only. */
    private String competentBody;
    private String verifiedBy;
    private Instant verifiedAt;

    protected LeadVerification() {}

    LeadVerification(long leadId, long taskId, LeadFinding finding, String opinion, LocalDate actEndedOn,
                     boolean gravelyHarmful, Limitation.Period limitation, LocalDate discoveredOn, String competentBody,
                     String verifiedBy, Instant verifiedAt) {
        this.leadId = leadId;
        this.taskId = taskId;
        this.finding = finding;
        this.opinion = opinion;
        this.actEndedOn = actEndedOn;
        this.gravelyHarmful = gravelyHarmful;
        this.limitationYears = limitation.years();
        this.limitationEndsOn = limitation.endsOn();
        this.discoveredOn = discoveredOn;
        this.competentBody = competentBody;
        this.verifiedBy = verifiedBy;
        this.verifiedAt = verifiedAt;
    }

    public Long getId() { return id; }
    public long getLeadId() { return leadId; }
    public long getTaskId() { return taskId; }
    public LeadFinding getFinding() { return finding; }
    public String getOpinion() { return opinion; }
    public LocalDate getActEndedOn() { return actEndedOn; }
    public boolean isGravelyHarmful() { return gravelyHarmful; }
    public int getLimitationYears() { return limitationYears; }
    public LocalDate getDiscoveredOn() { return discoveredOn; }
    public LocalDate getLimitationEndsOn() { return limitationEndsOn; }
    public String getCompetentBody() { return competentBody; }
    public String getVerifiedBy() { return verifiedBy; }
    public Instant getVerifiedAt() { return verifiedAt; }
}
