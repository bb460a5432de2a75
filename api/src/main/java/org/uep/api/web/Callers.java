package org.uep.api.web;

import org.uep.domain.access.Caller;
import org.uep.domain.access.Credentials;
import org.uep.identity.CurrentOfficer;

/** The authenticated officer (identity) as the domain's caller. */
public final class Callers {

    private Callers() {}

    public static Caller of(CurrentOfficer officer) {
        return new Caller(officer.username(), officer.displayName(), officer.units(), officer.roles(),
                new Credentials(officer.certificateNumber(), officer.certificateExpiry(), officer.legalQualification(),
                        officer.reviewStarted()));
    }
}
