package org.uep.identity;

import java.net.URI;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Lets a controller method declare a {@link CurrentOfficer} parameter:
 * <pre>{@code @GetMapping("/api/inbox") List<Task> inbox(CurrentOfficer me)}</pre>
 * Without an authenticated officer the request is answered 401 (problem details).
 */
public class CurrentOfficerArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CurrentOfficer.class.equals(parameter.getParameterType());
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                  NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        return CurrentOfficers.find(SecurityContextHolder.getContext().getAuthentication())
                .orElseThrow(NotAuthenticatedException::new);
    }

    /** 401 as RFC 7807 problem details, handled by Spring MVC like any {@link ErrorResponseException}. */
    public static class NotAuthenticatedException extends ErrorResponseException {

        public NotAuthenticatedException() {
            super(HttpStatus.UNAUTHORIZED, problem(), null);
            getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }

        private static ProblemDetail problem() {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                    SecurityProblems.UNAUTHENTICATED_DETAIL);
            problem.setType(URI.create(SecurityProblems.UNAUTHENTICATED_TYPE));
            problem.setTitle(SecurityProblems.UNAUTHENTICATED_TITLE);
            return problem;
        }
    }
}
