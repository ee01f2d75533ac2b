package dev.agora.kernel.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problems the API answers with. Each kind of problem has a stable {@code type} URI so
 * clients branch on it instead of parsing the human-readable {@code detail}.
 */
public final class Problems {

    public static final String BASE = "https://agora.dev/problems/";

    private Problems() {}

    public static URI type(String slug) {
        return URI.create(BASE + slug);
    }

    public static ProblemDetail of(HttpStatus status, String slug, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    public static ProblemDetail unauthenticated(String detail) {
        return of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail);
    }

    public static ProblemDetail forbidden(String detail) {
        return of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    public static ProblemDetail unexpected() {
        return of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side. It has been logged; please try again later.");
    }
}
