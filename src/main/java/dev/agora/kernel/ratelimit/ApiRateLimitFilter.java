package dev.agora.kernel.ratelimit;

import dev.agora.kernel.web.ProblemWriter;
import dev.agora.kernel.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits API calls per bearer token, or per client address without one. Runs before Spring Security so
 * password guessing on the token endpoint is limited too. The address comes from {@code X-Forwarded-For}
 * (forward-headers-strategy framework): production must run behind a proxy that sets it.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    private final ApiRateLimiter limiter;
    private final ProblemWriter problems;

    ApiRateLimitFilter(ApiRateLimiter limiter, ProblemWriter problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean withToken = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        String client = withToken ? sha256(authorization.substring(7).strip()) : request.getRemoteAddr();
        var decision = limiter.tryCall(client, withToken);
        response.setHeader("RateLimit-Remaining", String.valueOf(decision.remaining()));
        if (!decision.allowed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(decision.retryAfterSeconds()));
            problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
                    "Slow down: retry after " + decision.retryAfterSeconds() + " seconds."), request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
