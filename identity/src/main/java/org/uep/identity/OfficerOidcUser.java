package org.uep.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A console login: the OIDC user Keycloak signed in, with the officer its access token describes. */
public class OfficerOidcUser extends DefaultOidcUser {

    private final CurrentOfficer officer;

    public OfficerOidcUser(CurrentOfficer officer, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
                           OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo, OfficerClaims.USERNAME);
        this.officer = officer;
    }

    public CurrentOfficer getOfficer() {
        return officer;
    }

    @Override
    public String getName() {
        return officer.username();
    }
}
