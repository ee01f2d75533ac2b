package dev.agora.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Every refused request (403) is logged with who tried what, so probing the console shows up in the logs. */
final class StaffAccessDenials {

    private static final Logger log = LoggerFactory.getLogger(StaffAccessDenials.class);

    static AccessDeniedHandler logging(AccessDeniedHandler answer) {
        return (request, response, denied) -> {
            log.warn("Access denied: {} {} for {}", request.getMethod(), request.getRequestURI(), who(request));
            answer.handle(request, response, denied);
        };
    }

    private static String who(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return "anonymous from " + request.getRemoteAddr();
        }
        Object principal = authentication.getPrincipal();
        String name = principal instanceof dev.agora.identity.Member member ? "account " + member.id()
                : authentication.getName();
        return name + " " + authentication.getAuthorities();
    }

    private StaffAccessDenials() {}
}
