package org.uep.domain.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;

/**
 * The one place that decides who may see and do what. Reads: case workers see the dossiers of their units
 * (home unit and assignments) and the units below them; a supervisor (执法监督, justice bureau) reads
 * everything in the bureau's region — the city or county above it — and changes nothing. Administrators,
 * police liaisons and prosecutors see no dossiers through units: they get them only as addressees
 * (transfers, referrals — later issues). Acts: see the require… methods.
 */
@Component
public class AccessPolicy {

    /** Roles that work cases in their own units. */
    public static final Set<String> CASE_WORKER_ROLES = Set.of("officer", "squad-leader", "head", "manager", "legal-reviewer");
    /** Roles that may register a lead for their unit. */
    public static final Set<String> LEAD_REGISTRAR_ROLES = Set.of("officer", "squad-leader", "head");
    public static final String SUPERVISOR = "supervisor";
    /** 等保 2.0 三级: system, security and audit administration are held by different accounts. */
    public static final Set<String> ADMIN_ROLES = Set.of("system-admin", "security-admin", "audit-admin");
    /** The organisation is the system administrator's, who holds which role the security administrator's. */
    public static final Set<String> DIRECTORY_ADMIN_ROLES = Set.of("system-admin", "security-admin");
    /** 财务: enters payments from bank receipts when the collection system cannot report them (Art. 67 keeps deciding
     * and collecting apart, so no enforcement role may). */
    public static final String FINANCE = "finance";
    /** The collection side's service account (bank / 非税收入系统): confirms payments, sees nothing. */
    public static final String PAYMENT_COLLECTOR = "payment-collector";
    /** The law as data (holiday calendar, clock catalogue, later thresholds and the matter catalogue). */
    public static final Set<String> SYSTEM_ADMIN_ROLES = Set.of("system-admin");

    private final JdbcTemplate jdbc;

    public AccessPolicy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses an account that holds two administrative roles, whatever it asks for. */
    public void admit(Caller caller) {
        long held = caller.roles().stream().filter(ADMIN_ROLES::contains).count();
        if (held > 1) {
            throw DomainException.forbidden("Account " + caller.username() + " holds more than one of "
                    + ADMIN_ROLES.stream().sorted().toList() + "; separation of administrative duties forbids any "
                    + "action until the security administrator removes one");
        }
    }

    public ReadScope readScope(Caller caller) {
        Set<String> roots = new HashSet<>();
        if (caller.roles().stream().anyMatch(CASE_WORKER_ROLES::contains)) {
            roots.addAll(caller.units());
        }
        if (caller.hasRole(SUPERVISOR)) {
            caller.units().stream().map(AccessPolicy::regionOf).forEach(roots::add);
        }
        boolean administrator = caller.roles().stream().anyMatch(ADMIN_ROLES::contains);
        return new ReadScope(roots, administrator ? Set.of() : Set.copyOf(caller.units()));
    }

    /** A dossier (anchored on its lead) in the caller's units or below, or shared with one of the caller's units. */
    public boolean canRead(Caller caller, long leadId, String unitPath) {
        ReadScope scope = readScope(caller);
        if (scope.covers(unitPath)) {
            return true;
        }
        if (scope.shareUnits().isEmpty()) {
            return false;
        }
        Integer shared = jdbc.queryForObject(
                "select count(*) from dossier_share where lead_id = ? and unit_path = any(?)", Integer.class,
                leadId, scope.shareUnitArray());
        return shared != null && shared > 0;
    }

    public enum ShareKind { TRANSFER, REFERRAL, JOINT_INSPECTION }

    /** Shares a dossier with a body outside its unit (a transfer's police body, a referral's addressee…). */
    public void share(long leadId, String unitPath, ShareKind kind, Instant at) {
        jdbc.update("insert into dossier_share (lead_id, unit_path, kind, granted_at) values (?, ?, ?, ?) "
                + "on conflict do nothing", leadId, unitPath, kind.name(), Timestamp.from(at));
    }

    /** Working on a task: offered to the caller by name or through one of their {@code role@unit} groups, or theirs. */
    public boolean mayWorkOn(Caller caller, List<String> candidateGroups, List<String> candidateUsers, String assignee) {
        return caller.username().equals(assignee) || candidateUsers.contains(caller.username())
                || caller.actingGroup(candidateGroups) != null;
    }

    /**
     * Enforcement acts on a unit's dossiers (registering a lead, recording evidence…): an enforcement role (officer,
     * squad leader, head) held in that very unit. {@code act} completes "can … for it".
     */
    public void requireEnforcementStaffOf(Caller caller, String unitPath, String act) {
        if (!caller.isMemberOf(unitPath) || caller.roles().stream().noneMatch(LEAD_REGISTRAR_ROLES::contains)) {
            throw DomainException.forbidden("Only officers, squad leaders and heads of " + unitPath
                    + " can " + act + " for it; you are " + caller.roles().stream().sorted().toList()
                    + " in " + caller.units());
        }
    }

    public void requireAnyRole(Caller caller, Set<String> roles, String act) {
        if (caller.roles().stream().noneMatch(roles::contains)) {
            throw DomainException.forbidden("Only " + roles.stream().sorted().toList() + " may " + act);
        }
    }

    /** Finance staff handle the money of their units' dossiers and of the units below them. */
    public boolean isFinanceOf(Caller caller, String unitPath) {
        return caller.hasRole(FINANCE) && new ReadScope(Set.copyOf(caller.units()), Set.of()).covers(unitPath);
    }

    /** Separation of duties: who investigated a case does not approve or legally review it. */
    public void requireDidNotInvestigate(Caller caller, long caseId, String act) {
        Integer investigated = jdbc.queryForObject(
                "select count(*) from investigation where case_id = ? and ? = any(officers)", Integer.class,
                caseId, caller.username());
        if (investigated != null && investigated > 0) {
            throw DomainException.forbidden(caller.username() + " investigated this case and therefore cannot "
                    + act + " it (separation of duties)");
        }
    }

    /** Legal review sign-off (Art. 58(3)). */
    public void requireMayReviewLegally(Caller caller) {
        if (!caller.credentials().mayReviewLegally()) {
            throw DomainException.forbidden("Legal review sign-off requires the national legal professional "
                    + "qualification from reviewers who started after " + Credentials.LEGAL_QUALIFICATION_REQUIRED_FROM
                    + " (Art. 58(3)); none is on record for " + caller.username());
        }
    }

    /** The city or county a unit belongs to: its parent (a justice bureau sits directly under its region). */
    static String regionOf(String unitPath) {
        int slash = unitPath.lastIndexOf('/');
        return slash <= 0 ? unitPath : unitPath.substring(0, slash);
    }
}
