package org.uep.identity;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns a verified Keycloak access token into an {@link OfficerAuthenticationToken}: the principal name is the
 * username, the authorities are {@code ROLE_<realm role>} (so {@code hasRole('head')} works), the officer carries
 * units, roles and certificate. Signature, expiry, issuer and audience were checked by the {@code JwtDecoder} before.
 */
public class OfficerJwtConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLE_PREFIX = "ROLE_";

    /** @throws InvalidBearerTokenException (answered 401) if the token names no user */
    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        CurrentOfficer officer;
        try {
            officer = OfficerClaims.toOfficer(jwt.getClaims());
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException(e.getMessage(), e);
        }
        return new OfficerAuthenticationToken(jwt, authorities(officer), officer);
    }

    public static List<GrantedAuthority> authorities(CurrentOfficer officer) {
        return officer.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(ROLE_PREFIX + role))
                .toList();
    }
}
