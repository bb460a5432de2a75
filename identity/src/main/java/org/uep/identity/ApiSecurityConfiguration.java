package org.uep.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Web security of UEP.
 * <ul>
 *   <li>{@code /api/**}: OAuth2 resource server. Stateless, no CSRF (no cookies are involved), every request needs a
 *       Keycloak access token; 401/403 as problem details. Method security ({@code @PreAuthorize("hasRole('head')")})
 *       is on.</li>
 *   <li>Everything else: the web console's chain ({@link ConsoleSecurityConfiguration}).</li>
 * </ul>
 * The {@link JwtDecoder} is Spring Boot's, built from {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * (issuer check) and {@code ...jwt.audiences} (audience check, {@code uep-api}); Boot resolves the issuer lazily on
 * the first token, so Keycloak need not be up when the application starts. JWKS keys are cached by Nimbus.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
public class ApiSecurityConfiguration {

    /** Order of the API chain; the console's catch-all chain comes after it. */
    public static final int API_CHAIN_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    OfficerJwtConverter officerJwtConverter() {
        return new OfficerJwtConverter();
    }

    @Bean
    @Order(API_CHAIN_ORDER)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, OfficerJwtConverter converter,
                                               ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        JwtDecoder decoder = jwtDecoder.getIfAvailable(() -> {
            throw new IllegalStateException("No JwtDecoder: set spring.security.oauth2.resourceserver.jwt.issuer-uri "
                    + "(e.g. http://localhost:8180/realms/uep) and ...jwt.audiences (uep-api)");
        });
        AuthenticationEntryPoint unauthenticated = SecurityProblems.authenticationEntryPoint();
        AccessDeniedHandler forbidden = SecurityProblems.accessDeniedHandler();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden));
        return http.build();
    }
}
