package dev.agora.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Problem+json for errors under {@code /api/} that no API controller raised: an unknown route (404), a
 * method or content type no route accepts (405, 415), an oversized upload (413). Spring MVC meets these
 * before or without choosing a controller, so {@link ApiProblems} (scoped to API controllers) never sees
 * them and the web error page would answer instead.
 */
@Component
class ApiRouteProblems implements HandlerExceptionResolver, Ordered {

    private final ApiProblems problems;
    private final ProblemWriter writer;

    ApiRouteProblems(ApiProblems problems, ProblemWriter writer) {
        this.problems = problems;
        this.writer = writer;
    }

    @Override
    public int getOrder() {
        // after Boot's DefaultErrorAttributes (which only records the exception), before Spring MVC's resolvers
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception ex) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(ApiController.class)
                || ex instanceof AccessDeniedException
                || ex instanceof AuthenticationException) {
            return null;
        }
        ResponseEntity<?> answer = answer(ex, new ServletWebRequest(request, response));
        answer.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        try {
            if (answer.getBody() instanceof ProblemDetail problem) {
                writer.write(response, problem, request.getRequestURI());
            } else {
                writer.write(response, ProblemDetail.forStatus(answer.getStatusCode()), request.getRequestURI());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    private ResponseEntity<?> answer(Exception ex, ServletWebRequest request) {
        try {
            ResponseEntity<Object> standard = problems.handleException(ex, request);
            if (standard != null) {
                return standard;
            }
        } catch (Exception notStandard) {
            // not one of Spring MVC's own exceptions: fall through to the last resort
        }
        return problems.unexpected(ex);
    }
}
