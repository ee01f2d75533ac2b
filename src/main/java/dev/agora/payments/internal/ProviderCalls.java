package dev.agora.payments.internal;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.payments.PaymentGateway;
import dev.agora.payments.PaymentOperation;
import dev.agora.payments.PaymentState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The payments_call table. A state only moves to one of its successors ({@link PaymentState#canBecome}). */
@Component
class ProviderCalls {

    private final JdbcClient jdbc;
    private final Clock clock;

    ProviderCalls(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts a call as PENDING; false when the key exists already (a replay, perhaps a concurrent one). */
    boolean start(String key, PaymentOperation operation, String provider, @Nullable String orderRef,
            @Nullable String sellerRef, Money amount) {
        return jdbc.sql("""
                INSERT INTO payments_call (idempotency_key, operation, provider, order_ref, seller_ref, amount_minor,
                    currency, state, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT DO NOTHING""")
                .params(key, operation.name(), provider, orderRef, sellerRef, amount.minorUnits(), amount.currencyCode(),
                        now(), now())
                .update() == 1;
    }

    ProviderCall record(String key, PaymentGateway.Result result) {
        return record(find(key).orElseThrow(), result);
    }

    /** orders-lean: records the answer to a call whose current row the caller holds (it just started or read it). */
    ProviderCall record(ProviderCall call, PaymentGateway.Result result) {
        String key = call.idempotencyKey();
        if (!call.state().canBecome(result.state())) {
            throw new IllegalStateException(call.state() + " cannot become " + result.state() + " for " + key);
        }
        // orders-lean: only from the state the check above saw; if a webhook moved the call meanwhile, check again
        int updated = jdbc.sql("""
                UPDATE payments_call SET state = ?, provider_ref = COALESCE(?, provider_ref),
                    source_charge = COALESCE(?, source_charge), failure_code = ?, action_url = ?, updated_at = ?
                WHERE idempotency_key = ? AND state = ?""")
                .params(result.state().name(), result.reference(), result.sourceCharge(), result.failureCode(),
                        result.actionUrl(), now(), key, call.state().name())
                .update();
        if (updated == 0) {
            ProviderCall current = find(key).orElseThrow();
            if (current.state() == call.state()) {
                throw new IllegalStateException("payment call " + key + " could not be recorded");
            }
            return record(current, result);
        }
        // perf (issue 6): what the UPDATE above wrote, without reading the row a second time
        return new ProviderCall(call.idempotencyKey(), call.operation(), call.provider(), call.orderRef(), call.sellerRef(),
                call.amount(), result.state(), result.reference() != null ? result.reference() : call.providerRef(),
                result.sourceCharge() != null ? result.sourceCharge() : call.sourceCharge(), result.failureCode(),
                result.actionUrl(), call.ledgerEntryId());
    }

    void booked(String key, String ledgerEntryId) {
        jdbc.sql("UPDATE payments_call SET ledger_entry_id = ? WHERE idempotency_key = ?").params(ledgerEntryId, key).update();
    }

    Optional<ProviderCall> find(String key) {
        return jdbc.sql("SELECT * FROM payments_call WHERE idempotency_key = ?").param(key).query(this::call).optional();
    }

    Optional<ProviderCall> byProviderRef(String provider, PaymentOperation operation, String providerRef) {
        return jdbc.sql("SELECT * FROM payments_call WHERE provider = ? AND operation = ? AND provider_ref = ?")
                .params(provider, operation.name(), providerRef).query(this::call).list().stream().findFirst();
    }

    /** The newest succeeded call of an operation for an order (its authorisation, its capture). */
    /** orders-gaps: what succeeded calls of one operation for an order moved, leaving out {@code exceptKey}. */
    long succeededTotal(String orderRef, PaymentOperation operation, String exceptKey) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(amount_minor), 0) FROM payments_call
                WHERE order_ref = ? AND operation = ? AND state = 'SUCCEEDED' AND idempotency_key <> ?""")
                .params(orderRef, operation.name(), exceptKey).query(Long.class).single();
    }

    Optional<ProviderCall> latestSucceeded(String orderRef, PaymentOperation operation) {
        return jdbc.sql("""
                SELECT * FROM payments_call WHERE order_ref = ? AND operation = ? AND state = 'SUCCEEDED'
                ORDER BY created_at DESC, idempotency_key DESC""")
                .params(orderRef, operation.name()).query(this::call).list().stream().findFirst();
    }

    List<ProviderCall> succeeded(PaymentOperation operation, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT * FROM payments_call WHERE operation = ? AND state = 'SUCCEEDED' AND created_at >= ? AND created_at < ?""")
                .params(operation.name(), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))
                .query(this::call).list();
    }

    /** Finds the replay of a command, rejecting a key reused for another command. */
    Optional<ProviderCall> replayOf(String key, PaymentOperation operation, @Nullable String orderRef,
            @Nullable String sellerRef, Money amount) {
        Optional<ProviderCall> existing = find(key);
        if (existing.isPresent() && !existing.get().sameCommand(operation, orderRef, sellerRef, amount)) {
            throw InvalidInputException.of("idempotencyKey", "payments.key-reused",
                    "The idempotency key was used for another request");
        }
        return existing;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private ProviderCall call(ResultSet rs, int row) throws SQLException {
        return new ProviderCall(rs.getString("idempotency_key"), PaymentOperation.valueOf(rs.getString("operation")),
                rs.getString("provider"), rs.getString("order_ref"), rs.getString("seller_ref"),
                Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")),
                PaymentState.valueOf(rs.getString("state")), rs.getString("provider_ref"), rs.getString("source_charge"),
                rs.getString("failure_code"), rs.getString("action_url"), rs.getString("ledger_entry_id"));
    }
}
