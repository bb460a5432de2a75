package org.uep.domain.organisation;

import java.util.List;
import java.util.Set;
import org.uep.domain.access.Credentials;

/** A person as the identity provider describes them (input of a directory sync or a login). */
public record OfficerEntry(String username, String displayName, String homeUnit, List<String> units, Set<String> roles,
                           Credentials credentials) {

    public OfficerEntry {
        units = List.copyOf(units);
        roles = Set.copyOf(roles);
        credentials = credentials == null ? Credentials.NONE : credentials;
    }
}
