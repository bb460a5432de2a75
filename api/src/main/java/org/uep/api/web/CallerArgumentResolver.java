package org.uep.api.web;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.organisation.Directory;
import org.uep.domain.organisation.OfficerEntry;
import org.uep.identity.CurrentOfficer;
import org.uep.identity.CurrentOfficers;

/**
 * Controllers take a {@link Caller}: the token's officer, admitted by the access policy (an account with two
 * administrative roles is refused here, for every endpoint), and recorded in the directory when the token
 * says something new about the person (login sync; unchanged tokens cost no database call).
 */
@Component
class CallerArgumentResolver implements HandlerMethodArgumentResolver {

    private final AccessPolicy policy;
    private final Directory directory;
    private final Map<String, OfficerEntry> lastSeen = new ConcurrentHashMap<>();

    CallerArgumentResolver(AccessPolicy policy, Directory directory) {
        this.policy = policy;
        this.directory = directory;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(Caller.class);
    }

    @Override
    public Caller resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        CurrentOfficer officer = CurrentOfficers.current().orElseThrow(() ->
                new AuthenticationCredentialsNotFoundException("A bearer token from Keycloak is required"));
        Caller caller = Callers.of(officer);
        policy.admit(caller);
        OfficerEntry entry = new OfficerEntry(officer.username(), officer.displayName(), officer.homeUnit(),
                officer.units(), officer.roles(), caller.credentials());
        if (!entry.equals(lastSeen.get(officer.username()))) {
            directory.recordLogin(entry, issuedAt());
            lastSeen.put(officer.username(), entry);
        }
        return caller;
    }

    /** When Keycloak issued the token: an older token must not overwrite what a newer sync or token recorded. */
    private static Instant issuedAt() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token && token.getToken().getIssuedAt() != null
                ? token.getToken().getIssuedAt() : Instant.now();
    }
}
