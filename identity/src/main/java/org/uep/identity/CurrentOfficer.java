package org.uep.identity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The authenticated person behind a request, as Keycloak describes them in the access token.
 *
 * @param username          Keycloak username ({@code preferred_username})
 * @param displayName       name to show (Chinese names family name first, no space)
 * @param homeUnit          the one unit the person belongs to (Keycloak attribute {@code home_unit}); null if not set
 * @param units             full group paths of the units the person belongs to, e.g. {@code /zhoushan/dinghai/comprehensive}
 *                          (the home unit and any assignments; parent units are not implied)
 * @param roles             realm roles (Keycloak's technical roles {@code offline_access}, {@code uma_authorization},
 *                          {@code default-roles-*} left out)
 * @param certificateNumber enforcement certificate (执法证) number, {@code null} if none
 * @param certificateExpiry last day the certificate is valid, {@code null} if none or unreadable
 * @param legalQualification national legal professional qualification (法律职业资格), {@code null} if none
 * @param reviewStarted     the day the person started legal review work, {@code null} if none or unreadable
 */
public record CurrentOfficer(
        String username,
        String displayName,
        String homeUnit,
        List<String> units,
        Set<String> roles,
        String certificateNumber,
        LocalDate certificateExpiry,
        String legalQualification,
        LocalDate reviewStarted) implements Serializable {

    public CurrentOfficer {
        Objects.requireNonNull(username, "username");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        units = List.copyOf(new LinkedHashSet<>(units));
        roles = Collections.unmodifiableSet(new LinkedHashSet<>(roles));
        if (roles.contains(null)) {
            throw new NullPointerException("roles must not contain null");
        }
        certificateNumber = certificateNumber == null || certificateNumber.isBlank() ? null : certificateNumber;
        legalQualification = legalQualification == null || legalQualification.isBlank() ? null : legalQualification;
    }
}
