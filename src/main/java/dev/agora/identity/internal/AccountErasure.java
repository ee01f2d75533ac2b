package dev.agora.identity.internal;

import dev.agora.identity.AccountErased;
import dev.agora.identity.AccountId;
import dev.agora.kernel.mail.OutboxErasure;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.kernel.validation.InvalidInputException;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a member's account at their request: identity pseudonymises its own row (it stays, because orders, the
 * ledger and tax records point at the id), drops credentials, tokens, sessions, the avatar and the outbox copies of
 * mail sent to them, then publishes {@link AccountErased} so every other module erases what it keeps.
 */
@Component
public class AccountErasure {

    private static final Logger log = LoggerFactory.getLogger(AccountErasure.class);

    private final AccountRepository accounts;
    private final ApiTokenRepository apiTokens;
    private final AccountTokenRepository accountTokens;
    private final RecoveryCodeRepository recoveryCodes;
    private final SessionTermination sessions;
    private final BlobStorage blobs;
    private final OutboxErasure outbox;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountErasure(AccountRepository accounts, ApiTokenRepository apiTokens, AccountTokenRepository accountTokens,
            RecoveryCodeRepository recoveryCodes, SessionTermination sessions, BlobStorage blobs, OutboxErasure outbox,
            PasswordEncoder passwords, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.apiTokens = apiTokens;
        this.accountTokens = accountTokens;
        this.recoveryCodes = recoveryCodes;
        this.sessions = sessions;
        this.blobs = blobs;
        this.outbox = outbox;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** The member asks themselves: the current password confirms it is really them. */
    @Transactional
    public void eraseOwn(AccountId id, String password) {
        Account account = accounts.findById(id.value()).orElseThrow();
        if (password == null || !passwords.matches(password, account.passwordHash())) {
            throw InvalidInputException.of("password", "password.wrongCurrent", "is not your current password");
        }
        erase(id);
    }

    @Transactional
    public void erase(AccountId id) {
        Account account = accounts.findById(id.value()).orElseThrow(
                () -> InvalidInputException.of("member", "admin.member.unknown", "There is no such member"));
        if (account.erased()) {
            return;
        }
        String email = account.email();
        sessions.endAllOf(email);
        outbox.forget(email);
        if (account.avatarKey() != null) {
            blobs.delete(account.avatarKey() + AccountSettings.LARGE + ".jpg");
            blobs.delete(account.avatarKey() + AccountSettings.SMALL + ".jpg");
        }
        apiTokens.deleteByAccount(id.value());
        accountTokens.deleteByAccount(id.value());
        recoveryCodes.deleteByAccount(id.value());
        account.erase("deleted-" + UUID.randomUUID().toString().substring(0, 12),
                passwords.encode(UUID.randomUUID().toString()), clock.instant());
        events.publishEvent(new AccountErased(id, clock.instant()));
        log.info("Account {} erased", id);
    }
}
