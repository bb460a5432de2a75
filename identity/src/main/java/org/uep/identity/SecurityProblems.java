package org.uep.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 of the bearer API as RFC 7807 problem details ({@code application/problem+json}), with the
 * RFC 6750 {@code WWW-Authenticate} header Spring Security's bearer handlers set.
 */
public final class SecurityProblems {

    public static final String UNAUTHENTICATED_TYPE = "urn:uep:problem:unauthenticated";
    public static final String UNAUTHENTICATED_TITLE = "Authentication required";
    public static final String UNAUTHENTICATED_DETAIL = "A bearer token from Keycloak is required";
    public static final String INVALID_TOKEN_DETAIL =
            "The bearer token was not accepted (expired, not issued by the UEP realm, not meant for uep-api, or altered)";
    public static final String FORBIDDEN_TYPE = "urn:uep:problem:forbidden";
    public static final String FORBIDDEN_TITLE = "Forbidden";
    public static final String FORBIDDEN_DETAIL = "Your role does not allow this action";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SecurityProblems() {
    }

    public static AuthenticationEntryPoint authenticationEntryPoint() {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception); // status 401 + WWW-Authenticate
            write(request, response, HttpStatus.UNAUTHORIZED, UNAUTHENTICATED_TYPE, UNAUTHENTICATED_TITLE,
                    isInvalidToken(exception) ? INVALID_TOKEN_DETAIL : UNAUTHENTICATED_DETAIL);
        };
    }

    public static AccessDeniedHandler accessDeniedHandler() {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception) -> {
            bearer.handle(request, response, exception); // status 403 + WWW-Authenticate
            write(request, response, HttpStatus.FORBIDDEN, FORBIDDEN_TYPE, FORBIDDEN_TITLE, FORBIDDEN_DETAIL);
        };
    }

    private static boolean isInvalidToken(AuthenticationException exception) {
        return exception instanceof InvalidBearerTokenException
                || exception.getCause() instanceof InvalidBearerTokenException;
    }

    static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                      String type, String title, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
