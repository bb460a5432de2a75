package org.uep.domain.lead;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** 线索: a lead received by a unit; the anchor of the dossier until a case is filed. */
@Entity
@Table(name = "lead")
public class Lead {

    public enum Status {
        RECEIVED, REGISTERED, DECLINED, FILED,
        /** 移送管辖: another body is competent; the referral hand-off has it. */
        REFERRED,
        /** 超过追责时效 (Art. 36): discovered after the limitation period, closed without a case. */
        TIME_BARRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The unit that handles the lead (its officers and head work it): after routing, not necessarily the one named. */
    private String unitPath;
    /** 事项代码 of the matter, when known at receipt. */
    private String matterCode;
    /** The body in whose name acts on the lead are done (实施主体). */
    private String actingBody;
    private String source;
    private String summary;
    private String place;
    private String partyName;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant receivedAt;
    private String receivedBy;
    private Instant verifyDueAt;
    private Long processInstanceKey;

    @Version
    private long version;

    protected Lead() {}

    Lead(Jurisdiction.Decision jurisdiction, String matterCode, String source, String summary, String place,
         String partyName, Instant receivedAt, String receivedBy) {
        this.unitPath = jurisdiction.unitPath();
        this.actingBody = jurisdiction.actingBody();
        this.matterCode = matterCode;
        this.source = source;
        this.summary = summary;
        this.place = place;
        this.partyName = partyName;
        this.status = Status.RECEIVED;
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    void registered(Instant verifyDue) {
        this.status = Status.REGISTERED;
        this.verifyDueAt = verifyDue;
    }

    /** Ends the lead without a case: declined, referred or time-barred. */
    void ended(Status outcome) {
        this.status = outcome;
    }

    public void filed() {
        this.status = Status.FILED;
    }

    public Long getId() { return id; }
    public String getUnitPath() { return unitPath; }
    public String getMatterCode() { return matterCode; }
    public String getActingBody() { return actingBody; }
    public String getSource() { return source; }
    public String getSummary() { return summary; }
    public String getPlace() { return place; }
    public String getPartyName() { return partyName; }
    public Status getStatus() { return status; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getReceivedBy() { return receivedBy; }
    public Instant getVerifyDueAt() { return verifyDueAt; }
    public Long getProcessInstanceKey() { return processInstanceKey; }
}
