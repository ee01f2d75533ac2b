package dev.agora.identity.internal;

import dev.agora.identity.Role;
import dev.agora.identity.SignUp;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Operators are never created by sign-up: they are listed in {@code agora.security.operators} (ensured at every
 * start) or created with the {@code --create-operator} command. An existing member with that email is promoted.
 */
@Component
class OperatorAccounts {

    private static final Logger log = LoggerFactory.getLogger(OperatorAccounts.class);

    private final AccountRegistry registry;
    private final AccountRepository accounts;
    private final SecuritySettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OperatorAccounts(
            AccountRegistry registry,
            AccountRepository accounts,
            SecuritySettings settings,
            TransactionTemplate transactions,
            Clock clock) {
        this.registry = registry;
        this.accounts = accounts;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureConfiguredOperators() {
        settings.operators().forEach(operator ->
                ensure(operator.email(), operator.displayName(), operator.password()));
    }

    /** Creates the operator, or promotes the member who already has this email; returns whether it was new. */
    boolean ensure(String email, String displayName, String password) {
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        Boolean created = transactions.execute(status -> {
            var existing = accounts.findByEmail(normalised);
            if (existing.isPresent()) {
                existing.get().promoteToOperator();
                return false;
            }
            Account account = registry.open(new SignUp(normalised, password, displayName), Role.OPERATOR);
            account.verifyEmail(clock.instant());
            return true;
        });
        log.info("{} operator {}", Boolean.TRUE.equals(created) ? "Created" : "Ensured", normalised);
        return Boolean.TRUE.equals(created);
    }
}
