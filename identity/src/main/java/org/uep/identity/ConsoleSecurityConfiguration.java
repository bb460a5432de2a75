package org.uep.identity;

import java.io.IOException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The web console's chain (every path the API chain leaves): an HTTP session started by logging in on Keycloak's own
 * login page (OIDC authorisation code with PKCE, public client {@code uep-console}), CSRF tokens on every state change
 * (forms carry {@code _csrf}, htmx requests the {@code X-CSRF-TOKEN} header), and logging out ends the Keycloak
 * session too. Without a client registration (an API-only deployment) the console's pages answer 401.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleSecurityConfiguration {

    /** After the API chain: this one takes every other path. */
    public static final int CONSOLE_CHAIN_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    @Bean
    @Order(CONSOLE_CHAIN_ORDER)
    SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> clients,
                                                   ObjectProvider<JwtDecoder> jwtDecoder,
                                                   @Value("${uep.console.keycloak-logout-uri:}") String keycloakLogout)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health/**",
                        "/error", "/webjars/**", "/console/assets/**").permitAll()
                .anyRequest().authenticated());
        if (clients.getIfAvailable() != null) {
            http.oauth2Login(login -> login
                            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(
                                    new OfficerOidcUserService(jwtDecoder.getObject()))))
                    .logout(logout -> logout.logoutSuccessHandler(keycloakLogout.isBlank()
                            ? (request, response, authentication) -> response.sendRedirect(request.getContextPath() + "/")
                            : new KeycloakLogout(keycloakLogout)));
        } else {
            http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(
                    new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        }
        return http.build();
    }

    /** RP-initiated logout: Keycloak ends its session too, then sends the browser back to the console. */
    private record KeycloakLogout(String endSessionUri) implements LogoutSuccessHandler {

        @Override
        public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
                                    Authentication authentication) throws IOException {
            UriComponentsBuilder target = UriComponentsBuilder.fromUriString(endSessionUri)
                    .queryParam("post_logout_redirect_uri",
                            ServletUriComponentsBuilder.fromContextPath(request).path("/").build().toUriString());
            if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
                target.queryParam("id_token_hint", user.getIdToken().getTokenValue());
            }
            response.sendRedirect(target.encode().build().toUriString());
        }
    }
}
