package org.uep.domain.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit of the organisation tree (city, county, township, team, authority, outside body), by group path. */
@Entity
@Table(name = "unit")
public class Unit {

    public enum TownshipMode { EMPOWERED, STATIONED }

    @Id
    private String path;
    private String parentPath;
    private String nameZh;
    private String kind;
    private String level;

    @Enumerated(EnumType.STRING)
    private TownshipMode townshipMode;

    private String countyUnit;
    private Instant syncedAt;

    protected Unit() {}

    Unit(UnitEntry entry, Instant syncedAt) {
        this.path = entry.path();
        update(entry, syncedAt);
    }

    void update(UnitEntry entry, Instant at) {
        this.parentPath = entry.parentPath();
        this.nameZh = entry.nameZh();
        this.kind = entry.kind();
        this.level = entry.level();
        this.townshipMode = entry.townshipMode();
        this.countyUnit = entry.countyUnit();
        this.syncedAt = at;
    }

    public String getPath() { return path; }
    public String getParentPath() { return parentPath; }
    public String getNameZh() { return nameZh; }
    public String getKind() { return kind; }
    public String getLevel() { return level; }
    public TownshipMode getTownshipMode() { return townshipMode; }
    public String getCountyUnit() { return countyUnit; }
    public Instant getSyncedAt() { return syncedAt; }
}
