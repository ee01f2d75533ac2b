package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.AccountRegistered;
import dev.agora.identity.AccountVerified;
import dev.agora.kernel.config.AgoraSettings;
import dev.agora.kernel.mail.MailTemplates;
import dev.agora.kernel.mail.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Mails a single-use verification link (valid 24 h) after sign-up and marks the email verified when it is
 * followed. The mail goes out after the sign-up committed, so a mail server hiccup never loses an account;
 * the event publication registry retries it.
 */
@Service
public class EmailVerification {

    static final Duration VALIDITY = Duration.ofHours(24);

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final Mailer mailer;
    private final MailTemplates templates;
    private final AgoraSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmailVerification(
            AccountRepository accounts,
            AccountTokenRepository tokens,
            Mailer mailer,
            MailTemplates templates,
            AgoraSettings settings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.mailer = mailer;
        this.templates = templates;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Idempotent: an account verified meanwhile, or one already sent a link for this sign-up, gets no mail. */
    @ApplicationModuleListener
    void on(AccountRegistered registered) {
        accounts.findById(registered.accountId().value())
                .filter(account -> !account.emailVerified())
                .filter(account -> !tokens.existsByAccountIdAndPurposeAndCreatedAtGreaterThanEqual(
                        account.id().value(), AccountToken.Purpose.VERIFY_EMAIL, registered.occurredAt()))
                .ifPresent(this::sendLink);
    }

    /** A fresh link for a member who lost the first one; earlier links keep working until they expire. */
    @Transactional
    public void resend(AccountId id) {
        accounts.findById(id.value()).filter(account -> !account.emailVerified()).ifPresent(this::sendLink);
    }

    @Transactional
    public TokenOutcome verify(String token) {
        var found = tokens.findByTokenHashAndPurpose(SecretTokens.hash(token), AccountToken.Purpose.VERIFY_EMAIL);
        if (found.isEmpty()) {
            return TokenOutcome.UNKNOWN;
        }
        TokenOutcome outcome = found.get().use(clock.instant());
        if (outcome == TokenOutcome.DONE) {
            Account account = accounts.findById(found.get().accountId()).orElseThrow();
            if (!account.emailVerified()) {
                account.verifyEmail(clock.instant());
                events.publishEvent(new AccountVerified(account.id(), clock.instant()));
            }
        }
        return outcome;
    }

    private void sendLink(Account account) {
        var issued = AccountToken.issue(account.id().value(), AccountToken.Purpose.VERIFY_EMAIL, VALIDITY, clock.instant());
        tokens.save(issued.token());
        String link = UriComponentsBuilder.fromUri(settings.baseUrl())
                .path("/verify-email")
                .queryParam("token", issued.secret())
                .toUriString();
        mailer.send(templates.render(account.email(), account.locale(), "identity/verify-email", "mail.verify.subject",
                Map.of("name", account.displayName(), "link", link, "hours", VALIDITY.toHours())));
    }
}
