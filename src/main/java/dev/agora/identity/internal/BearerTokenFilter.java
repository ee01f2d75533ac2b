package dev.agora.identity.internal;

import dev.agora.kernel.web.ProblemWriter;
import dev.agora.kernel.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls carrying {@code Authorization: Bearer agora_pat_...} as the token's
 * {@link dev.agora.identity.Member}. A token that names nothing is refused (401) rather than ignored, so a
 * client notices a revoked token; a read-only token is refused anything but reading (403).
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final ApiTokens tokens;
    private final ProblemWriter problems;

    BearerTokenFilter(ApiTokens tokens, ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var resolved = tokens.authenticate(authorization.substring(7).strip());
        if (resolved.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(response, Problems.unauthenticated("The bearer token is unknown, revoked, or its account is locked."),
                    request.getRequestURI());
            return;
        }
        var token = resolved.get();
        if (!token.scope().allowsWrites() && !READ_METHODS.contains(request.getMethod())) {
            problems.write(response, Problems.forbidden("This token has the scope 'read'; it may only read."),
                    request.getRequestURI());
            return;
        }
        List<GrantedAuthority> authorities = new ArrayList<>(token.member().getAuthorities());
        authorities.add(new SimpleGrantedAuthority("SCOPE_" + token.scope().label()));
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(token.member(), null, authorities));
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }
}
