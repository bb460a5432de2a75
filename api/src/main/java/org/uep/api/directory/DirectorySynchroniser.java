package org.uep.api.directory;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.uep.domain.access.Credentials;
import org.uep.domain.audit.AuditLog;
import org.uep.domain.organisation.Directory;
import org.uep.domain.organisation.OfficerEntry;
import org.uep.domain.organisation.Unit;
import org.uep.domain.organisation.UnitEntry;
import org.uep.identity.directory.KeycloakDirectory;

/**
 * Keeps the directory's read copy in step with Keycloak: once at start-up (retried while Keycloak is not
 * reachable), then every {@code uep.keycloak.directory.sync-interval}, and on demand by an administrator.
 */
@Component
public class DirectorySynchroniser {

    private static final Logger log = LoggerFactory.getLogger(DirectorySynchroniser.class);
    static final Duration RETRY = Duration.ofSeconds(10);

    private final KeycloakDirectory keycloak;
    private final Directory directory;
    private final Duration interval;
    private ScheduledExecutorService thread;

    DirectorySynchroniser(KeycloakDirectory keycloak, Directory directory,
                          @Value("${uep.keycloak.directory.sync-interval}") Duration interval) {
        this.keycloak = keycloak;
        this.directory = directory;
        this.interval = interval;
    }

    public Directory.SyncReport synchronise(String actor) {
        KeycloakDirectory.Snapshot snapshot = keycloak.read();
        List<UnitEntry> units = snapshot.units().stream().map(DirectorySynchroniser::unit).toList();
        List<OfficerEntry> people = snapshot.people().stream().map(p -> new OfficerEntry(p.username(), p.displayName(),
                p.homeUnit(), p.units(), p.roles(), new Credentials(p.certificateNumber(), p.certificateExpiry(),
                p.legalQualification(), p.reviewStarted()))).toList();
        return directory.synchronise(units, people, actor);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        thread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "uep-directory-sync"));
        thread.execute(this::scheduledSync);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }

    private void scheduledSync() {
        Duration next = interval;
        try {
            Directory.SyncReport report = synchronise(AuditLog.SYSTEM);
            log.info("Directory synchronised from Keycloak: {}", report);
        } catch (RuntimeException e) {
            log.warn("Directory sync from Keycloak failed ({}); retrying in {} s", e.toString(), RETRY.toSeconds());
            next = RETRY;
        }
        if (!thread.isShutdown()) {
            thread.schedule(this::scheduledSync, next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    static UnitEntry unit(KeycloakDirectory.DirectoryUnit group) {
        String mode = group.attribute("township_mode");
        return new UnitEntry(group.path(),
                group.attribute("name_zh") == null ? group.path() : group.attribute("name_zh"),
                group.attribute("kind") == null ? "unknown" : group.attribute("kind"),
                group.attribute("level") == null ? "unknown" : group.attribute("level"),
                mode == null ? null : Unit.TownshipMode.valueOf(mode.toUpperCase(Locale.ROOT)),
                group.attribute("county_unit"),
                Set.copyOf(group.attributeValues("empowered_matters")));
    }
}
