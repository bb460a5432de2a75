package org.uep.domain.access;

import java.time.LocalDate;

/**
 * What entitles a person to enforcement acts and legal review, as Keycloak records it.
 *
 * @param certificateNumber  enforcement certificate (执法证), null if none
 * @param certificateExpiry  last day the certificate is valid
 * @param legalQualification national legal professional qualification (法律职业资格) certificate number, null if none
 * @param reviewStarted      the day the person started legal review work (法制审核)
 */
public record Credentials(String certificateNumber, LocalDate certificateExpiry, String legalQualification,
                          LocalDate reviewStarted) {

    public static final Credentials NONE = new Credentials(null, null, null, null);

    /** Art. 58(3) took effect with the revised law: reviewers who started before it are grandfathered. */
    public static final LocalDate LEGAL_QUALIFICATION_REQUIRED_FROM = LocalDate.of(2021, 7, 15);

    public static Credentials certificate(String number, LocalDate expiry) {
        return new Credentials(number, expiry, null, null);
    }

    /** Enforcement acts need a certificate (执法证) valid on the day of the act (Art. 42). */
    public boolean holdsValidCertificateOn(LocalDate day) {
        return present(certificateNumber) && certificateExpiry != null && !certificateExpiry.isBefore(day);
    }

    /**
     * Legal review sign-off: whoever started reviewing on or after 2021-07-15 needs the national legal
     * qualification; earlier reviewers are grandfathered (Art. 58(3)). An unknown start date is not grandfathered.
     */
    public boolean mayReviewLegally() {
        boolean grandfathered = reviewStarted != null && reviewStarted.isBefore(LEGAL_QUALIFICATION_REQUIRED_FROM);
        return grandfathered || present(legalQualification);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
