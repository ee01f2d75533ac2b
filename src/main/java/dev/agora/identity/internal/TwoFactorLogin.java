package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.Member;
import dev.agora.identity.internal.LoginOutcomes.PendingLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Component;

/** The second login step: turns a session that passed the password step into a signed-in one. */
@Component
public class TwoFactorLogin {

    public enum Outcome {
        DONE,
        WRONG_CODE,
        LOCKED,
        NOT_STARTED
    }

    private final TwoFactor twoFactor;
    private final LoginAttempts attempts;
    private final MemberDetailsService members;
    private final SecurityContextRepository contexts;
    private final TwoFactorRememberMe rememberMe;
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    TwoFactorLogin(
            TwoFactor twoFactor,
            LoginAttempts attempts,
            MemberDetailsService members,
            SecurityContextRepository contexts,
            TwoFactorRememberMe rememberMe) {
        this.twoFactor = twoFactor;
        this.attempts = attempts;
        this.members = members;
        this.contexts = contexts;
        this.rememberMe = rememberMe;
    }

    public boolean isPending(HttpServletRequest request) {
        return pending(request).isPresent();
    }

    public Outcome complete(HttpServletRequest request, HttpServletResponse response, String code) {
        var found = pending(request);
        if (found.isEmpty()) {
            return Outcome.NOT_STARTED;
        }
        PendingLogin login = found.get();
        Member member = members.loadUserByUsername(login.email());
        if (!member.isAccountNonLocked()) {
            request.getSession().removeAttribute(LoginOutcomes.PENDING);
            return Outcome.LOCKED;
        }
        if (!twoFactor.verify(AccountId.of(login.accountId()), code)) {
            if (attempts.failed(login.email())) {
                request.getSession().removeAttribute(LoginOutcomes.PENDING);
                return Outcome.LOCKED;
            }
            return Outcome.WRONG_CODE;
        }
        attempts.succeeded(member.id());
        member.eraseCredentials();
        request.getSession().removeAttribute(LoginOutcomes.PENDING);
        request.changeSessionId();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        if (login.rememberMe()) {
            rememberMe.rememberAfterSecondFactor(request, response, authentication);
        }
        return Outcome.DONE;
    }

    /** Where the member wanted to go before logging in, or the home page. */
    public String target(HttpServletRequest request, HttpServletResponse response) {
        var saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }

    private static Optional<PendingLogin> pending(HttpServletRequest request) {
        var session = request.getSession(false);
        return session != null && session.getAttribute(LoginOutcomes.PENDING) instanceof PendingLogin login
                ? Optional.of(login)
                : Optional.empty();
    }
}
