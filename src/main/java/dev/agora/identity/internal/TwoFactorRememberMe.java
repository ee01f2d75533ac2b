package dev.agora.identity.internal;

import dev.agora.identity.Member;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.rememberme.TokenBasedRememberMeServices;

/**
 * Spring's signed remember-me cookie, held back after the password step of a member with two-factor
 * authentication: the cookie is only issued once the second factor passed, so it never skips that step.
 */
class TwoFactorRememberMe implements RememberMeServices, LogoutHandler {

    static final String PARAMETER = "remember-me";

    private final TokenBasedRememberMeServices delegate;
    private final TwoFactor twoFactor;

    TwoFactorRememberMe(TokenBasedRememberMeServices delegate, TwoFactor twoFactor) {
        this.delegate = delegate;
        this.twoFactor = twoFactor;
    }

    @Override
    public @Nullable Authentication autoLogin(HttpServletRequest request, HttpServletResponse response) {
        return delegate.autoLogin(request, response);
    }

    @Override
    public void loginFail(HttpServletRequest request, HttpServletResponse response) {
        delegate.loginFail(request, response);
    }

    @Override
    public void loginSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication.getPrincipal() instanceof Member member && twoFactor.isEnabled(member.id())) {
            return;
        }
        delegate.loginSuccess(request, response, authentication);
    }

    /** Issues the cookie the member asked for on the password step, now that the second factor passed. */
    void rememberAfterSecondFactor(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        var asked = new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                return PARAMETER.equals(name) ? "true" : super.getParameter(name);
            }
        };
        delegate.loginSuccess(asked, response, authentication);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, @Nullable Authentication authentication) {
        delegate.logout(request, response, authentication);
    }
}
