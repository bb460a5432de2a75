package org.uep.domain.lead;

import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.organisation.Directory;
import org.uep.domain.organisation.Unit;

/**
 * 管辖 at receipt: which unit handles a lead and in whose name acts on it are done (行政处罚法 Art. 22–24,
 * organisation.md). Decided once, when the lead is received, from the unit the registering officer named:
 * <ul>
 *   <li>an <b>empowered</b> township (赋权) handles, in its own name, the matters on its list; a lead without a matter
 *       code or with a matter not on the list goes to the county department, the comprehensive team of the
 *       township's county ({@code <county>/comprehensive}), which acts in its own name;</li>
 *   <li>a <b>stationed</b> team (派驻, a unit with a county unit) keeps the lead, its officers work it, but acts
 *       in the name of the county department it is stationed for;</li>
 *   <li>any other unit, including a township without a mode, a stationed township itself and a unit the directory
 *       does not know (yet), handles the lead in its own name.</li>
 * </ul>
 * The matter list is the simple per-township list of the directory until the matter catalogue exists; major
 * penalties (which stay with the county even for listed matters) are not distinguished yet.
 */
@Component
public class Jurisdiction {

    /** The name of a county's comprehensive enforcement team under the county's path. */
    public static final String COUNTY_TEAM = "comprehensive";

    private static final Pattern MATTER_CODE = Pattern.compile("[0-9]{12}");

    /** Why the lead went where it went. */
    public enum Reason {
        /** Empowered township, matter on its list: its own name. */
        ON_TOWNSHIP_LIST,
        /** Empowered township, no matter code given: the county department. */
        NO_MATTER_CODE,
        /** Empowered township, matter not on its list: the county department. */
        NOT_ON_TOWNSHIP_LIST,
        /** Stationed team: works the lead in the county department's name. */
        STATIONED_TEAM,
        /** Any other unit: its own lead, its own name. */
        OWN_UNIT
    }

    /** What the directory says about the unit named at receipt; {@link #UNKNOWN} when it does not know the unit. */
    public record UnitFacts(String kind, Unit.TownshipMode townshipMode, String countyUnit, Set<String> empoweredMatters) {

        public static final UnitFacts UNKNOWN = new UnitFacts(null, null, null, Set.of());

        public UnitFacts {
            empoweredMatters = empoweredMatters == null ? Set.of() : Set.copyOf(empoweredMatters);
        }
    }

    /** Where the lead goes: the unit that handles it and the body in whose name acts are done. */
    public record Decision(String unitPath, String actingBody, boolean routed, Reason reason) {}

    private final Directory directory;

    public Jurisdiction(Directory directory) {
        this.directory = directory;
    }

    /** Decides from the directory's read copy of the organisation. */
    public Decision decide(String unitPath, String matterCode) {
        UnitFacts facts = directory.unit(unitPath)
                .map(u -> new UnitFacts(u.getKind(), u.getTownshipMode(), u.getCountyUnit(),
                        u.getTownshipMode() == Unit.TownshipMode.EMPOWERED ? directory.empoweredMatters(unitPath) : Set.of()))
                .orElse(UnitFacts.UNKNOWN);
        return decide(unitPath, matterCode, facts, path -> directory.unit(path).isPresent());
    }

    /**
     * The rule itself. {@code matterCode} is already normalised ({@link #matterCode}); {@code unitExists} says
     * whether the directory knows a unit (the county department a lead would be routed to).
     */
    static Decision decide(String unitPath, String matterCode, UnitFacts unit, Predicate<String> unitExists) {
        if (unit.townshipMode() == Unit.TownshipMode.EMPOWERED) {
            if (matterCode != null && unit.empoweredMatters().contains(matterCode)) {
                return new Decision(unitPath, unitPath, false, Reason.ON_TOWNSHIP_LIST);
            }
            Reason reason = matterCode == null ? Reason.NO_MATTER_CODE : Reason.NOT_ON_TOWNSHIP_LIST;
            String county = countyTeamOf(unitPath);
            if (county == null || !unitExists.test(county)) {
                throw DomainException.conflict((matterCode == null
                        ? "The lead names no matter code"
                        : "Matter " + matterCode + " is not on the list of empowered township " + unitPath)
                        + ", so it belongs to the county department " + (county == null ? "(none above " + unitPath + ")" : county)
                        + ", which the directory does not know; nothing was registered. Register it with the county "
                        + "department directly or ask a system administrator to complete the organisation in Keycloak.");
            }
            return new Decision(county, county, true, reason);
        }
        if (unit.countyUnit() != null && !unit.countyUnit().isBlank()) {
            return new Decision(unitPath, unit.countyUnit(), false, Reason.STATIONED_TEAM);
        }
        return new Decision(unitPath, unitPath, false, Reason.OWN_UNIT);
    }

    /** The comprehensive team of the township's county: the township's parent + {@code /comprehensive}. */
    static String countyTeamOf(String townshipPath) {
        int slash = townshipPath.lastIndexOf('/');
        return slash <= 0 ? null : townshipPath.substring(0, slash) + "/" + COUNTY_TEAM;
    }

    /** A matter code as given (blank means none), checked: the 12 digits of the enforcement-matter catalogue. */
    public static String matterCode(String given) {
        if (given == null || given.isBlank()) {
            return null;
        }
        String code = given.strip();
        if (!MATTER_CODE.matcher(code).matches()) {
            throw DomainException.invalid("Matter code '" + given + "' is not valid: a matter code (事项代码) is the "
                    + "12 digits of the enforcement-matter catalogue, e.g. 330217001000");
        }
        return code;
    }
}
