package org.uep.domain.access;

import java.util.ArrayList;
import java.util.List;

/**
 * Who can do what, derived from the sets the {@link AccessPolicy} decides with, so the documentation (README's
 * role table, checked by a test) cannot drift from the rules.
 */
public final class RoleModel {

    /** The roles of organisation.md, in the order the README lists them. */
    public static final List<String> ROLES = List.of("officer", "squad-leader", "head", "manager", "legal-reviewer",
            "supervisor", "coordinator", "police-liaison", "prosecutor", AccessPolicy.FINANCE, AccessPolicy.PAYMENT_COLLECTOR,
            "system-admin", "security-admin", "audit-admin");

    private RoleModel() {}

    public record Row(String role, String reads, String acts) {}

    public static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String role : ROLES) {
            rows.add(new Row(role, reads(role), acts(role)));
        }
        return rows;
    }

    /** The rows as the Markdown table README.md carries. */
    public static String markdown() {
        StringBuilder table = new StringBuilder("| role | reads | may |\n|---|---|---|\n");
        rows().forEach(row -> table.append("| ").append(row.role()).append(" | ").append(row.reads()).append(" | ")
                .append(row.acts()).append(" |\n"));
        return table.toString();
    }

    private static String reads(String role) {
        if (AccessPolicy.CASE_WORKER_ROLES.contains(role)) {
            return "dossiers of their units (home unit and assignments) and the units below them";
        }
        if (AccessPolicy.SUPERVISOR.equals(role)) {
            return "every dossier in the city or county of their justice bureau, read-only";
        }
        if (AccessPolicy.FINANCE.equals(role)) {
            return "the execution (fine, payments, amount due) of their units' dossiers and those below them";
        }
        if (AccessPolicy.ADMIN_ROLES.contains(role) || AccessPolicy.PAYMENT_COLLECTOR.equals(role)) {
            return "no dossiers";
        }
        return "only dossiers addressed or shared to their body (transfers, referrals, joint inspections: later issues)";
    }

    private static String acts(String role) {
        List<String> acts = new ArrayList<>();
        if (AccessPolicy.LEAD_REGISTRAR_ROLES.contains(role)) {
            acts.add("register leads for their unit");
        }
        if (AccessPolicy.FINANCE.equals(role)) {
            acts.add("enter a payment from a bank receipt, with a reason, on their units' cases");
        } else if (AccessPolicy.PAYMENT_COLLECTOR.equals(role)) {
            acts.add("confirm payments by decision number (the collection system's service account)");
        } else if (!AccessPolicy.ADMIN_ROLES.contains(role) && !AccessPolicy.SUPERVISOR.equals(role)) {
            acts.add("claim and complete tasks offered to `" + role + "@<their unit>`");
        }
        if ("legal-reviewer".equals(role)) {
            acts.add("sign off legal review (national legal qualification required if they started on or after "
                    + Credentials.LEGAL_QUALIFICATION_REQUIRED_FROM + ")");
        }
        if (AccessPolicy.SYSTEM_ADMIN_ROLES.contains(role)) {
            acts.add("load the holiday calendar and adjust configurable clocks");
        }
        if (AccessPolicy.DIRECTORY_ADMIN_ROLES.contains(role)) {
            acts.add("synchronise the directory from Keycloak");
        }
        if (AccessPolicy.ADMIN_ROLES.contains(role)) {
            acts.add("nothing at all if the account also holds another administrative role");
        }
        if (acts.isEmpty()) {
            acts.add("nothing (read-only)");
        }
        return String.join("; ", acts);
    }
}
