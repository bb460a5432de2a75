package org.uep.domain.clock;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A statutory clock of the catalogue (deadlines.md): how long, counted how, extended by whom, ending how. */
@Entity
@Table(name = "clock_definition")
public class ClockDefinition {

    public enum Unit { WORKING_DAYS, NATURAL_DAYS, HOURS, MONTHS, YEARS }

    @Id
    private String id;
    private String name;
    private String startsAt;
    private int length;

    @Enumerated(EnumType.STRING)
    private Unit unit;

    private Integer extensionLength;
    private String extensionApprover;
    private String pausesOn;
    private String onExpiry;
    private String basis;
    private String source;
    private boolean configurable;
    /** The clock gets a watcher of its own when it starts: reminder, and a follow-up for the head on expiry. */
    private boolean watched;

    @Version
    private long version;

    protected ClockDefinition() {}

    void adjust(int length, Integer extensionLength) {
        this.length = length;
        this.extensionLength = extensionLength;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getStartsAt() { return startsAt; }
    public boolean isWatched() { return watched; }
    public int getLength() { return length; }
    public Unit getUnit() { return unit; }
    public Integer getExtensionLength() { return extensionLength; }
    public String getExtensionApprover() { return extensionApprover; }
    public String getPausesOn() { return pausesOn; }
    public String getOnExpiry() { return onExpiry; }
    public String getBasis() { return basis; }
    public String getSource() { return source; }
    public boolean isConfigurable() { return configurable; }
}
