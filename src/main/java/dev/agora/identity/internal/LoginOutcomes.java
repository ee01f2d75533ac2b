package dev.agora.identity.internal;

import dev.agora.identity.Member;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * What follows the password step of the login form. Failures count towards the lock and the throttle. With
 * two-factor authentication the session is left unauthenticated and only remembers who passed the password
 * step ({@link PendingLogin}); the failure count is reset only after the full login, so knowing the password
 * does not buy unlimited guesses at the code.
 */
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** Session attribute: the member who passed the password step and still owes the second factor. */
    static final String PENDING = LoginOutcomes.class.getName() + ".PENDING";

    record PendingLogin(String accountId, String email, boolean rememberMe) implements Serializable {}

    private final LoginAttempts attempts;
    private final LoginThrottle throttle;
    private final TwoFactor twoFactor;
    private final SecurityContextRepository contexts;
    private final SavedRequestAwareAuthenticationSuccessHandler proceed = new SavedRequestAwareAuthenticationSuccessHandler();

    LoginOutcomes(LoginAttempts attempts, LoginThrottle throttle, TwoFactor twoFactor, SecurityContextRepository contexts) {
        this.attempts = attempts;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.contexts = contexts;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        var member = (Member) authentication.getPrincipal();
        if (member != null && twoFactor.isEnabled(member.id())) {
            SecurityContextHolder.clearContext();
            contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
            boolean remember = request.getParameter(TwoFactorRememberMe.PARAMETER) != null;
            request.getSession().setAttribute(PENDING, new PendingLogin(member.id().toString(), member.email(), remember));
            response.sendRedirect(request.getContextPath() + "/login/two-factor");
            return;
        }
        if (member != null) {
            attempts.succeeded(member.id());
        }
        proceed.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String email = String.valueOf(request.getParameter("username"));
        if (failure instanceof LockedException) {
            response.sendRedirect(request.getContextPath() + "/login?locked");
            return;
        }
        if (failure instanceof BadCredentialsException) {
            throttle.failed(email, request.getRemoteAddr());
            if (attempts.failed(email)) {
                response.sendRedirect(request.getContextPath() + "/login?locked");
                return;
            }
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
