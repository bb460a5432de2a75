package org.uep.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified Keycloak access token together with the officer it describes. */
public class OfficerAuthenticationToken extends JwtAuthenticationToken {

    private final CurrentOfficer officer;

    public OfficerAuthenticationToken(Jwt jwt, Collection<? extends GrantedAuthority> authorities, CurrentOfficer officer) {
        super(jwt, authorities, officer.username());
        this.officer = officer;
    }

    public CurrentOfficer getOfficer() {
        return officer;
    }
}
