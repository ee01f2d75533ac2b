package dev.agora.trust.internal.fraud;

import dev.agora.identity.Member;
import dev.agora.trust.Fingerprints;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each browser a random device cookie and records it once per session for the signed-in member, so
 * accounts used from one device can be linked by the fraud rules. Runs after security (it needs the member).
 */
@Component
class DeviceFingerprintFilter extends OncePerRequestFilter {

    static final String COOKIE = "agora_device";
    private static final String RECORDED = DeviceFingerprintFilter.class.getName() + ".recorded";

    private final Fingerprints fingerprints;

    DeviceFingerprintFilter(Fingerprints fingerprints) {
        this.fingerprints = fingerprints;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/") || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/icons/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var session = request.getSession(false);
        // only signed-in members get the cookie: anonymous visitors carry nothing of trust's
        if (authentication != null && authentication.getPrincipal() instanceof Member member && session != null) {
            String device = request.getCookies() == null ? null : Arrays.stream(request.getCookies())
                    .filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue).findFirst().orElse(null);
            if (device == null || device.length() > 64) {
                device = UUID.randomUUID().toString();
                Cookie cookie = new Cookie(COOKIE, device);
                cookie.setHttpOnly(true);
                cookie.setSecure(request.isSecure());
                cookie.setPath("/");
                cookie.setMaxAge(2 * 365 * 24 * 3600);
                cookie.setAttribute("SameSite", "Lax");
                response.addCookie(cookie);
            }
            if (!device.equals(session.getAttribute(RECORDED))) {
                try {
                    fingerprints.record(member.id(), Fingerprints.Kind.DEVICE, device);
                    session.setAttribute(RECORDED, device);
                } catch (RuntimeException e) {
                    // a fingerprint is a signal, never a reason to fail a page
                }
            }
        }
        chain.doFilter(request, response);
    }
}
