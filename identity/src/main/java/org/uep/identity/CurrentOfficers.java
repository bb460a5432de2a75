package org.uep.identity;

import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * Where code outside controllers gets the {@link CurrentOfficer}. Controllers can simply declare a
 * {@code CurrentOfficer} parameter (see {@link CurrentOfficerArgumentResolver}).
 */
public final class CurrentOfficers {

    private CurrentOfficers() {
    }

    /** The officer behind {@code authentication}; empty if it is missing, anonymous or not authenticated. */
    public static Optional<CurrentOfficer> find(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication instanceof OfficerAuthenticationToken officerToken) {
            return Optional.of(officerToken.getOfficer());
        }
        if (authentication.getPrincipal() instanceof OfficerOidcUser consoleUser) {
            return Optional.of(consoleUser.getOfficer());
        }
        // Any other token-based login (its principal a ClaimAccessor).
        if (authentication.getPrincipal() instanceof ClaimAccessor claims) {
            return Optional.of(OfficerClaims.toOfficer(claims.getClaims()));
        }
        return Optional.empty();
    }

    /**
     * The officer behind {@code authentication}.
     *
     * @throws AuthenticationCredentialsNotFoundException if there is none (answered with 401 by the security chain)
     */
    public static CurrentOfficer from(Authentication authentication) {
        return find(authentication).orElseThrow(() ->
                new AuthenticationCredentialsNotFoundException("No authenticated officer in this request"));
    }

    /** The officer of the current thread's security context, if any. */
    public static Optional<CurrentOfficer> current() {
        return find(SecurityContextHolder.getContext().getAuthentication());
    }
}
