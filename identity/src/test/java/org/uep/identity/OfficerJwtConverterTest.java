package org.uep.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class OfficerJwtConverterTest {

    private final OfficerJwtConverter converter = new OfficerJwtConverter();

    /** The claims of a real token for head.dinghai (see KeycloakRealmTest in app). */
    private static Jwt headDinghai(Consumer<Map<String, Object>> change) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256")
                .issuer("http://localhost:8180/realms/uep")
                .subject("1b74fab5-2e46-43f8-bbcf-e8adffaef299")
                .audience(List.of("uep-api", "account"))
                .issuedAt(Instant.parse("2026-11-27T05:40:46Z"))
                .expiresAt(Instant.parse("2026-11-27T05:45:46Z"))
                .claim("azp", "uep-dev-tools")
                .claim("realm_access", Map.of("roles", List.of("head", "offline_access", "uma_authorization",
                        "default-roles-uep")))
                .claim("resource_access", Map.of("account", Map.of("roles", List.of("manage-account"))))
                .claim("name", "建国 王")
                .claim("given_name", "建国")
                .claim("family_name", "王")
                .claim("preferred_username", "head.dinghai")
                .claim("email", "head.dinghai@uep.example")
                .claim("groups", List.of("/zhoushan/dinghai/comprehensive"))
                .claim("certificate_number", "ZJ-DH-2019-0001")
                .claim("certificate_expiry", "2028-12-31");
        builder.claims(change);
        return builder.build();
    }

    @Test
    void mapsAKeycloakAccessToken() {
        AbstractAuthenticationToken authentication = converter.convert(headDinghai(claims -> { }));

        assertThat(authentication).isInstanceOf(OfficerAuthenticationToken.class);
        assertThat(authentication.isAuthenticated()).isTrue();
        assertThat(authentication.getName()).isEqualTo("head.dinghai");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_head");

        CurrentOfficer officer = CurrentOfficers.from(authentication);
        assertThat(officer.username()).isEqualTo("head.dinghai");
        assertThat(officer.displayName()).isEqualTo("王建国");
        assertThat(officer.units()).containsExactly("/zhoushan/dinghai/comprehensive");
        assertThat(officer.roles()).containsExactly("head");
        assertThat(officer.certificateNumber()).isEqualTo("ZJ-DH-2019-0001");
        assertThat(officer.certificateExpiry()).isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void severalRolesAndUnits() {
        CurrentOfficer officer = CurrentOfficers.from(converter.convert(headDinghai(claims -> {
            claims.put("realm_access", Map.of("roles", List.of("squad-leader", "officer", "default-roles-uep")));
            claims.put("groups", List.of("/zhoushan/dinghai/comprehensive", "/zhoushan/dinghai/huannan"));
        })));

        assertThat(officer.roles()).containsExactly("squad-leader", "officer");
        assertThat(officer.units()).containsExactly("/zhoushan/dinghai/comprehensive", "/zhoushan/dinghai/huannan");
    }

    @Test
    void homeUnitAndLegalReviewCredentials() {
        CurrentOfficer reviewer = CurrentOfficers.from(converter.convert(headDinghai(claims -> {
            claims.put("realm_access", Map.of("roles", List.of("legal-reviewer")));
            claims.put("home_unit", "/zhoushan/putuo/comprehensive");
            claims.put("legal_qualification", "A20221130");
            claims.put("review_started", "2022-09-01");
        })));

        assertThat(reviewer.homeUnit()).isEqualTo("/zhoushan/putuo/comprehensive");
        assertThat(reviewer.legalQualification()).isEqualTo("A20221130");
        assertThat(reviewer.reviewStarted()).isEqualTo(LocalDate.of(2022, 9, 1));
    }

    @Test
    void missingClaimsGiveAnOfficerWithoutRolesUnitsOrCertificate() {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("abc-123").build();

        AbstractAuthenticationToken authentication = converter.convert(jwt);
        CurrentOfficer officer = CurrentOfficers.from(authentication);

        assertThat(authentication.getAuthorities()).isEmpty();
        assertThat(officer.username()).as("falls back to sub").isEqualTo("abc-123");
        assertThat(officer.displayName()).isEqualTo("abc-123");
        assertThat(officer.units()).isEmpty();
        assertThat(officer.roles()).isEmpty();
        assertThat(officer.certificateNumber()).isNull();
        assertThat(officer.certificateExpiry()).isNull();
    }

    @Test
    void oddClaimShapesAreToleratedOrIgnored() {
        CurrentOfficer officer = CurrentOfficers.from(converter.convert(headDinghai(claims -> {
            claims.put("realm_access", "head");                       // not an object: no roles
            claims.put("groups", List.of("comprehensive", "/zhoushan/comprehensive", "/zhoushan/comprehensive"));
            claims.put("certificate_number", List.of("ZJ-ZS-1"));     // multivalued attribute mapper
            claims.put("certificate_expiry", "31/12/2028");           // not ISO: treated as no expiry
            claims.remove("given_name");
            claims.put("name", "Jane Doe");
        })));

        assertThat(officer.roles()).isEmpty();
        assertThat(officer.units()).as("only full paths, once").containsExactly("/zhoushan/comprehensive");
        assertThat(officer.certificateNumber()).isEqualTo("ZJ-ZS-1");
        assertThat(officer.certificateExpiry()).isNull();
        assertThat(officer.displayName()).isEqualTo("Jane Doe");
    }

    @Test
    void westernNamesKeepKeycloaksFullName() {
        CurrentOfficer officer = CurrentOfficers.from(converter.convert(headDinghai(claims -> {
            claims.put("given_name", "Jane");
            claims.put("family_name", "Doe");
            claims.put("name", "Jane Doe");
        })));
        assertThat(officer.displayName()).isEqualTo("Jane Doe");
    }

    @Test
    void aTokenWithoutAnyUserIsRejected() {
        Jwt jwt = Jwt.withTokenValue("token").header("alg", "RS256").claim("azp", "x").build();
        assertThatThrownBy(() -> converter.convert(jwt)).isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void currentOfficersNeedsAnAuthenticatedToken() {
        assertThat(CurrentOfficers.find(null)).isEmpty();
        assertThat(CurrentOfficers.find(new AnonymousAuthenticationToken("k", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")))).isEmpty();
        assertThat(CurrentOfficers.find(new TestingAuthenticationToken("user", "pw"))).as("not authenticated").isEmpty();
        assertThatThrownBy(() -> CurrentOfficers.from(null))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void anyClaimBasedPrincipalWorks() {
        Jwt jwt = headDinghai(claims -> { });
        TestingAuthenticationToken authentication = new TestingAuthenticationToken(jwt, null, "ROLE_head");
        assertThat(CurrentOfficers.from(authentication).units()).containsExactly("/zhoushan/dinghai/comprehensive");
    }
}
