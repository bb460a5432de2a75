package org.uep.domain.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.audit.AuditLog;

/**
 * The read copy of who is who. Keycloak is the source: a full sync replaces units and people with what it
 * lists (people it no longer lists are deactivated, never deleted: past acts keep their author), and each
 * login refreshes the person from the token's claims.
 */
@Service
public class Directory {

    /** Audit stream of administrative acts on the directory. */
    public static final String AUDIT_STREAM = "admin/directory";

    private final UnitRepository units;
    private final OfficerRepository officers;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public Directory(UnitRepository units, OfficerRepository officers, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.units = units;
        this.officers = officers;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public record SyncReport(int units, int activeOfficers, int deactivatedOfficers) {}

    @Transactional
    public SyncReport synchronise(List<UnitEntry> unitEntries, List<OfficerEntry> officerEntries, String actor) {
        Instant now = clock.instant();
        Set<String> listedUnits = new HashSet<>();
        for (UnitEntry entry : unitEntries) {
            listedUnits.add(entry.path());
            units.findById(entry.path()).ifPresentOrElse(unit -> unit.update(entry, now),
                    () -> units.save(new Unit(entry, now)));
        }
        units.flush();
        jdbc.update("delete from unit_empowered_matter");
        for (UnitEntry entry : unitEntries) {
            for (String matter : entry.empoweredMatters()) {
                jdbc.update("insert into unit_empowered_matter (unit_path, matter_code) values (?, ?)", entry.path(), matter);
            }
        }
        units.findAll().stream().filter(u -> !listedUnits.contains(u.getPath())).forEach(units::delete);

        Set<String> listedPeople = new HashSet<>();
        for (OfficerEntry entry : officerEntries) {
            listedPeople.add(entry.username());
            officers.findById(entry.username()).ifPresentOrElse(officer -> officer.update(entry, now),
                    () -> officers.save(new Officer(entry, now)));
        }
        int deactivated = 0;
        for (Officer officer : officers.findAll()) {
            if (officer.isActive() && !listedPeople.contains(officer.getUsername())) {
                officer.deactivate(now);
                deactivated++;
            }
        }
        SyncReport report = new SyncReport(unitEntries.size(), officerEntries.size(), deactivated);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("units", report.units());
        after.put("activeOfficers", report.activeOfficers());
        after.put("deactivatedOfficers", report.deactivatedOfficers());
        audit.append(AUDIT_STREAM, actor, null, "directory.synchronised", null, after);
        return report;
    }

    /**
     * At login: what a token issued at {@code issuedAt} says about its holder. The copy changes only when it
     * differs and the token is newer than the copy (an old token still in use must not undo a later sync).
     */
    @Transactional
    public void recordLogin(OfficerEntry entry, Instant issuedAt) {
        Optional<Officer> known = officers.findById(entry.username());
        if (known.isEmpty()) {
            // Someone's first requests may arrive together: they queue here, and the later ones find the row.
            jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", "officer/" + entry.username());
            known = officers.findById(entry.username());
        }
        if (known.isEmpty()) {
            officers.save(new Officer(entry, issuedAt));
        } else if (!known.get().matches(entry) && issuedAt.isAfter(known.get().getSyncedAt())) {
            known.get().update(entry, issuedAt);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Officer> officer(String username) {
        return officers.findById(username).filter(Officer::isActive);
    }

    @Transactional(readOnly = true)
    public Optional<Unit> unit(String path) {
        return units.findById(path);
    }

    @Transactional(readOnly = true)
    public Set<String> empoweredMatters(String unitPath) {
        return Set.copyOf(jdbc.queryForList(
                "select matter_code from unit_empowered_matter where unit_path = ?", String.class, unitPath));
    }
}
