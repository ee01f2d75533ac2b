package dev.agora.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * search-edges (issue 12): a parameter that is not valid percent-encoded UTF-8 (an unpaired surrogate, a cut-off
 * sequence; Tomcat refuses to decode it) is the client's mistake: a 400 problem naming the parameter for the API,
 * the 400 error page for pages, never a 500. First among the advices so the API's catch-all does not take it.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedParameters {

    private static final Pattern NAME = Pattern.compile("Parameter \\[([^\\]]{1,60})\\]");

    @ExceptionHandler(InvalidParameterException.class)
    @Nullable ResponseEntity<ProblemDetail> malformed(InvalidParameterException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith("/api/")) {
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ApiProblems.validationProblem(List.of(Map.of("field", name(e), "code", "encoding.invalid",
                            "message", "is not valid UTF-8 text"))));
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return null;
    }

    /** The parameter's name as Tomcat quotes it in its message, or "query" when it cannot be told. */
    static String name(InvalidParameterException e) {
        Matcher found = NAME.matcher(String.valueOf(e.getMessage()));
        return found.find() ? found.group(1) : "query";
    }
}
