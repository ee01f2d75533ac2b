package dev.agora.identity.internal;

import dev.agora.identity.Role;
import dev.agora.identity.SignUp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds a buyer, a seller and an operator on the embedded default. Idempotent: an existing account is
 * left as it is, so restarting never duplicates or resets anything.
 */
@Component
@ConditionalOnProperty(name = "agora.demo.enabled", havingValue = "true")
@Order(0)
class DemoAccounts {

    static final String PASSWORD = "agora-demo-2026";

    record Login(String label, String email, String displayName, Role role, String bio, String city, double lat, double lon) {}

    static final List<Login> LOGINS = List.of(
            new Login("buyer", "buyer@agora.test", "Bea Buyer", Role.MEMBER, "Collector of vintage cameras and good bikes.",
                    "Munich", 48.1372, 11.5756),
            new Login("seller", "seller@agora.test", "Sam Seller", Role.MEMBER, "I repair and sell bikes, rent out camping gear.",
                    "Berlin", 52.5200, 13.4050),
            new Login("operator", "operator@agora.test", "Olga Operator", Role.OPERATOR, "Runs this marketplace.",
                    "Hamburg", 53.5511, 9.9937),
            // --- fulfillment ---
            new Login("courier", "courier@agora.test", "Cem Courier", Role.COURIER, "Platform courier in Berlin.",
                    "Berlin", 52.5200, 13.4050),
            // --- end fulfillment ---
            // --- admin (issue 10): one login per staff role
            new Login("moderator", "moderator@agora.test", "Mona Moderator", Role.MODERATOR, "Keeps the market fair.",
                    "Cologne", 50.9375, 6.9603),
            new Login("support", "support@agora.test", "Sid Support", Role.SUPPORT, "Helps members.",
                    "Leipzig", 51.3397, 12.3731),
            new Login("finance", "finance@agora.test", "Fiona Finance", Role.FINANCE, "Pays the sellers.",
                    "Frankfurt", 50.1109, 8.6821));
            // --- end admin

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountRegistry registry;
    private final AccountRepository accounts;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoAccounts(AccountRegistry registry, AccountRepository accounts, TransactionTemplate transactions, Clock clock) {
        this.registry = registry;
        this.accounts = accounts;
        this.transactions = transactions;
        this.clock = clock;
    }

    void seed() {
        for (Login login : LOGINS) {
            transactions.executeWithoutResult(status -> {
                if (accounts.existsByEmail(login.email())) {
                    return;
                }
                Account account = registry.open(new SignUp(login.email(), PASSWORD, login.displayName()), login.role());
                account.verifyEmail(clock.instant());
                account.describe(new ProfileDetails(login.bio(), login.city(), login.lat(), login.lon(), "en,de"));
                log.info("Seeded demo account {}", login.email());
            });
        }
    }
}
