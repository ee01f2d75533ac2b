package dev.agora.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers an API call without valid credentials (401 with {@code WWW-Authenticate: Bearer}) or without the
 * right to do what it asks (403), both as problem+json. For the API security filter chain.
 */
public final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter writer;

    public ProblemAuthenticationEntryPoint(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        writer.write(response,
                Problems.unauthenticated("Send a personal API token as 'Authorization: Bearer <token>'."),
                request.getRequestURI());
    }

    public AccessDeniedHandler accessDeniedHandler() {
        return (request, response, denied) ->
                writer.write(response, Problems.forbidden("You may not do this."), request.getRequestURI());
    }
}
