package org.uep.identity;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Builds the console's officer from the login's <em>access token</em>, decoded and checked (issuer, audience
 * {@code uep-api}) exactly as an API call's: Keycloak puts the realm roles there, not in the ID token, and the console
 * must see the same person, units and roles as the API does.
 */
class OfficerOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final JwtDecoder decoder;

    OfficerOidcUserService(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = oidc.loadUser(request);
        CurrentOfficer officer;
        try {
            Jwt access = decoder.decode(request.getAccessToken().getTokenValue());
            officer = OfficerClaims.toOfficer(access.getClaims());
        } catch (JwtException | IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error("invalid_token", e.getMessage(), null), e);
        }
        return new OfficerOidcUser(officer, OfficerJwtConverter.authorities(officer), user.getIdToken(),
                user.getUserInfo());
    }
}
