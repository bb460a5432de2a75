package org.uep.domain.access;

import org.springframework.stereotype.Component;

/**
 * Who may read what. Foundation rule: a dossier is visible to members of its unit and of the units above
 * it (a city team sees its districts' cases). Shares, supervisor scope and roles come with the identity issue;
 * every read goes through here so they land in one place.
 */
@Component
public class AccessPolicy {

    public boolean canRead(Caller caller, String unitPath) {
        for (String unit : caller.units()) {
            if (unitPath.equals(unit) || unitPath.startsWith(unit + "/")) {
                return true;
            }
        }
        return false;
    }
}
