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

    public enum Status { RECEIVED, REGISTERED, DECLINED, FILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String unitPath;
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

    Lead(String unitPath, String source, String summary, String place, String partyName,
         Instant receivedAt, String receivedBy) {
        this.unitPath = unitPath;
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

    void declined() {
        this.status = Status.DECLINED;
    }

    public void filed() {
        this.status = Status.FILED;
    }

    public Long getId() { return id; }
    public String getUnitPath() { return unitPath; }
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
