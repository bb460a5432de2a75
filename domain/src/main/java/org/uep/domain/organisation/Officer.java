package org.uep.domain.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.uep.domain.access.Credentials;

/** A person of the directory: units, roles and credentials as last seen in Keycloak. */
@Entity
@Table(name = "officer")
public class Officer {

    @Id
    private String username;
    private String displayName;
    private String homeUnit;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> units;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private List<String> roles;

    private String certificateNumber;
    private LocalDate certificateExpiry;
    private String legalQualification;
    private LocalDate reviewStarted;
    private boolean active;
    private Instant syncedAt;

    protected Officer() {}

    Officer(OfficerEntry entry, Instant at) {
        this.username = entry.username();
        update(entry, at);
    }

    void update(OfficerEntry entry, Instant at) {
        this.displayName = entry.displayName();
        this.homeUnit = entry.homeUnit();
        this.units = List.copyOf(entry.units());
        this.roles = entry.roles().stream().sorted().toList();
        this.certificateNumber = entry.credentials().certificateNumber();
        this.certificateExpiry = entry.credentials().certificateExpiry();
        this.legalQualification = entry.credentials().legalQualification();
        this.reviewStarted = entry.credentials().reviewStarted();
        this.active = true;
        this.syncedAt = at;
    }

    /** Whether the copy already says what {@code entry} says. */
    boolean matches(OfficerEntry entry) {
        return active && entry.equals(toEntry());
    }

    void deactivate(Instant at) {
        this.active = false;
        this.syncedAt = at;
    }

    private OfficerEntry toEntry() {
        return new OfficerEntry(username, displayName, homeUnit, units == null ? List.of() : units,
                roles == null ? Set.of() : Set.copyOf(roles), credentials());
    }

    public Credentials credentials() {
        return new Credentials(certificateNumber, certificateExpiry, legalQualification, reviewStarted);
    }

    public String getUsername() { return username; }
    public String getDisplayName() { return displayName; }
    public String getHomeUnit() { return homeUnit; }
    public List<String> getUnits() { return units; }
    public List<String> getRoles() { return roles; }
    public boolean isActive() { return active; }
    public Instant getSyncedAt() { return syncedAt; }
}
