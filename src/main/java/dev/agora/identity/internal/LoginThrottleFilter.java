package dev.agora.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login POST from a client or for an email that spent its failure budget: 429 with Retry-After,
 * rendered as a friendly page by forwarding to {@code /login/throttled}. Runs before the password is checked,
 * so a refused attempt costs no hashing either.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String THROTTLED_PAGE = "/login/throttled";

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var wait = throttle.refusal(String.valueOf(request.getParameter("username")), request.getRemoteAddr());
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        request.setAttribute("retryAfterMinutes", (seconds + 59) / 60);
        request.getRequestDispatcher(THROTTLED_PAGE).forward(request, response);
    }
}
