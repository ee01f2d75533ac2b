package dev.agora.payments.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where each seller is paid at the provider (their Stripe connected account). */
@Component
class Payees {

    private final JdbcClient jdbc;
    private final Clock clock;

    Payees(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @org.springframework.transaction.annotation.Transactional
    void link(String sellerRef, String providerAccount) {
        jdbc.sql("DELETE FROM payments_payee WHERE seller_ref = ?").param(sellerRef).update();
        jdbc.sql("INSERT INTO payments_payee (seller_ref, provider_account, linked_at) VALUES (?, ?, ?)")
                .params(sellerRef, providerAccount, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<String> accountOf(String sellerRef) {
        return jdbc.sql("SELECT provider_account FROM payments_payee WHERE seller_ref = ?")
                .param(sellerRef).query(String.class).optional();
    }
}
