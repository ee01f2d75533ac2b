package dev.agora.identity.internal;

import dev.agora.identity.AccountId;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for 15 minutes after 10 consecutive failed logins (password or second factor). The count
 * and the lock live in the database so every node sees them; a full login resets the count.
 */
@Service
public class LoginAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration LOCK = Duration.ofMinutes(15);

    private final AccountRepository accounts;
    private final Clock clock;

    LoginAttempts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Returns whether this failure locked the account. Unknown addresses change nothing. */
    @Transactional
    public boolean failed(String email) {
        String normalized = email.trim().toLowerCase(Locale.ROOT);
        accounts.countFailedLogin(normalized);
        return accounts.lockAfterFailures(normalized, MAX_FAILURES, clock.instant().plus(LOCK)) > 0;
    }

    @Transactional
    public void succeeded(AccountId id) {
        accounts.resetFailedLogins(id.value());
    }
}
