package dev.agora.kernel.idempotency;

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
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs {@link Idempotent} handlers at most once per {@code Idempotency-Key} and caller. Runs after Spring
 * Security so the key is scoped to the authenticated caller (or, for anonymous calls, the client address).
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Response headers a replay must repeat; others (dates, rate limits) describe the moment, not the result. */
    static final List<String> STORED_HEADERS = List.of("Content-Type", "Location", "ETag");

    private final IdempotentHandlers handlers;
    private final IdempotencyStore store;
    private final ProblemWriter problems;

    IdempotencyFilter(IdempotentHandlers handlers, IdempotencyStore store, ProblemWriter problems) {
        this.handlers = handlers;
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || !handlers.isIdempotent(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(KEY_HEADER);
        if (key == null || key.isBlank() || key.length() > 200) {
            problems.write(response, Problems.of(HttpStatus.BAD_REQUEST, "idempotency-key-missing",
                    "Idempotency-Key required", "This call needs an Idempotency-Key header of 1 to 200 characters, "
                            + "e.g. a fresh UUID per intended operation."), request.getRequestURI());
            return;
        }
        var cached = new CachedBodyRequest(request);
        String caller = caller(request);
        String hash = fingerprint(request, cached.body());
        if (!store.claim(caller, key, hash)) {
            answerFromStore(request, response, caller, key, hash);
            return;
        }
        var recording = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(cached, recording);
            if (recording.getStatus() < 500) {
                store.finish(caller, key, recording.getStatus(), storedHeaders(recording), recording.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(caller, key);
            }
            recording.copyBodyToResponse();
        }
    }

    private void answerFromStore(
            HttpServletRequest request, HttpServletResponse response, String caller, String key, String hash)
            throws IOException {
        Optional<IdempotencyRecord> found = store.find(caller, key);
        if (found.isPresent() && !found.get().requestHash().equals(hash)) {
            problems.write(response, Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key reused", "This Idempotency-Key was used for a different request; "
                            + "use a new key for a new operation."), request.getRequestURI());
        } else if (found.isEmpty() || !found.get().finished()) {
            problems.write(response, Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-flight",
                    "Request in progress", "A request with this Idempotency-Key is still being processed; "
                            + "retry later to get its result."), request.getRequestURI());
        } else {
            replay(response, found.get());
        }
    }

    private static void replay(HttpServletResponse response, IdempotencyRecord stored) throws IOException {
        response.setStatus(stored.status());
        stored.headers().lines().forEach(line -> {
            int colon = line.indexOf(':');
            response.addHeader(line.substring(0, colon), line.substring(colon + 1));
        });
        response.setHeader(REPLAYED_HEADER, "true");
        if (stored.body() != null) {
            response.getOutputStream().write(stored.body());
        }
    }

    private static String storedHeaders(HttpServletResponse response) {
        StringBuilder headers = new StringBuilder();
        for (String name : STORED_HEADERS) {
            for (String value : response.getHeaders(name)) {
                headers.append(name).append(':').append(value).append('\n');
            }
        }
        if (response.getContentType() != null && response.getHeader("Content-Type") == null) {
            headers.append("Content-Type:").append(response.getContentType()).append('\n');
        }
        return headers.toString();
    }

    private static String caller(HttpServletRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return "address:" + request.getRemoteAddr();
        }
        return "principal:" + authentication.getName();
    }

    static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            String target = request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()) + "\n";
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
