package dev.agora.identity.internal;

import dev.agora.kernel.config.AgoraSettings;
import dev.agora.kernel.mail.MailTemplates;
import dev.agora.kernel.mail.Mailer;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Password reset by mailed single-use link (valid 1 h). A request answers the same whether or not the address
 * has an account: the caller's thread only prepares a token and hands the rest (lookup, storing, mailing) to a
 * background task, so neither the answer nor its timing tells who is a member.
 */
@Service
public class PasswordResets {

    static final Duration VALIDITY = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final SessionTermination sessions;
    private final Mailer mailer;
    private final MailTemplates templates;
    private final AgoraSettings settings;
    private final TransactionTemplate transactions;
    private final Executor background;
    private final Clock clock;

    PasswordResets(
            AccountRepository accounts,
            AccountTokenRepository tokens,
            PasswordEncoder passwordEncoder,
            SessionTermination sessions,
            Mailer mailer,
            MailTemplates templates,
            AgoraSettings settings,
            TransactionTemplate transactions,
            @Qualifier("applicationTaskExecutor") Executor background,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.mailer = mailer;
        this.templates = templates;
        this.settings = settings;
        this.transactions = transactions;
        this.background = background;
        this.clock = clock;
    }

    public void request(String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        background.execute(() -> transactions.executeWithoutResult(status -> accounts.findByEmail(normalized)
                .ifPresent(this::sendLink)));
    }

    @Transactional(readOnly = true)
    public TokenOutcome check(String token) {
        return tokens.findByTokenHashAndPurpose(SecretTokens.hash(token), AccountToken.Purpose.RESET_PASSWORD)
                .map(found -> found.checkAt(clock.instant()))
                .orElse(TokenOutcome.UNKNOWN);
    }

    /**
     * Sets the new password (same rules as sign-up; {@link InvalidInputException} leaves everything unchanged),
     * retires every other reset link of the account and ends its sessions; the new hash ends remember-me.
     */
    @Transactional
    public TokenOutcome reset(String token, String newPassword) {
        var found = tokens.findByTokenHashAndPurpose(SecretTokens.hash(token), AccountToken.Purpose.RESET_PASSWORD);
        if (found.isEmpty()) {
            return TokenOutcome.UNKNOWN;
        }
        TokenOutcome state = found.get().checkAt(clock.instant());
        if (state != TokenOutcome.DONE) {
            return state;
        }
        Account account = accounts.findById(found.get().accountId()).orElseThrow();
        var errors = PasswordRules.check(newPassword, account.email());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        found.get().use(clock.instant());
        tokens.findByAccountIdAndPurposeAndUsedAtIsNull(account.id().value(), AccountToken.Purpose.RESET_PASSWORD)
                .forEach(other -> other.revoke(clock.instant()));
        account.changePassword(passwordEncoder.encode(newPassword));
        sessions.endAllOf(account.email());
        return TokenOutcome.DONE;
    }

    private void sendLink(Account account) {
        var issued = AccountToken.issue(account.id().value(), AccountToken.Purpose.RESET_PASSWORD, VALIDITY, clock.instant());
        tokens.save(issued.token());
        String link = UriComponentsBuilder.fromUri(settings.baseUrl())
                .path("/password-reset/{token}")
                .buildAndExpand(issued.secret())
                .toUriString();
        mailer.send(templates.render(account.email(), account.locale(), "identity/password-reset", "mail.reset.subject",
                Map.of("name", account.displayName(), "link", link, "minutes", VALIDITY.toMinutes())));
    }
}
