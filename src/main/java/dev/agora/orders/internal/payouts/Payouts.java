package dev.agora.orders.internal.payouts;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.ledger.LedgerManagement;
import dev.agora.orders.SellerPayouts;
import dev.agora.orders.SellerStanding;
import dev.agora.payments.PaymentResult;
import dev.agora.payments.PaymentState;
import dev.agora.payments.Payments;
import dev.agora.payments.PayoutFailed;
import dev.agora.payments.PayoutSent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Currency;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Payout requests on top of {@link Payments#requestPayout}: checks the minimum and the new seller's first-payout
 * hold, then lets the payments module move available → in transit (it refuses more than available) and remembers
 * the request with its outcome. The payment's idempotency key is derived from the caller's key, so a retried
 * request never pays twice; the weekly run uses one key per seller, currency and ISO week.
 */
@Service
class Payouts implements SellerPayouts {

    private static final Logger log = LoggerFactory.getLogger(Payouts.class);

    private final Payments payments;
    private final LedgerManagement ledger;
    private final JdbcClient jdbc;
    private final PayoutSettings settings;
    private final ObjectProvider<SellerStanding> standing;
    private final Clock clock;

    Payouts(Payments payments, LedgerManagement ledger, JdbcClient jdbc, PayoutSettings settings,
            ObjectProvider<SellerStanding> standing, Clock clock) {
        this.payments = payments;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.settings = settings;
        this.standing = standing;
        this.clock = clock;
    }

    @Override
    public Balance balance(AccountId seller, Currency currency) {
        String ref = seller.toString();
        Instant now = clock.instant();
        Hold hold = holdOf(seller, now);
        Money held = heldByStanding(seller, currency, now); // orders-gaps: the page shows what the payout refuses
        return new Balance(payments.balanceOf(ref, currency), Money.ofMinor(settings.minimumMinor(), currency.getCurrencyCode()),
                hold.completedOrders(), hold.until(), hold.reason(), payments.statement(ref, currency), payoutsOf(seller),
                held, held.isPositive() ? extraHoldDays(seller) : 0);
    }

    @Override
    public Payout request(AccountId seller, @Nullable Money amount, String key) {
        if (key.isBlank()) {
            throw InvalidInputException.of("Idempotency-Key", "orders.payout.key", "A payout needs an idempotency key");
        }
        return pay(seller, amount, "payout:" + seller + ":" + shortened(key), "MANUAL");
    }

    private Payout pay(AccountId seller, @Nullable Money asked, String paymentKey, String trigger) {
        var existing = find(paymentKey);
        if (existing != null && !existing.state().equals("ERRORED")) {
            return existing; // a replay: the first answer stands
        }
        Currency currency = asked == null ? Currency.getInstance("EUR") : asked.currency();
        var money = payments.balanceOf(seller.toString(), currency);
        Money amount = asked == null ? money.payable() : asked; // issue 6: available less the debt netted first
        Money minimum = Money.ofMinor(settings.minimumMinor(), currency.getCurrencyCode());
        if (existing == null) {
            if (amount.compareTo(minimum) < 0) {
                throw InvalidInputException.of("amount", "orders.payout.below-minimum",
                        "The smallest payout is " + minimum);
            }
            if (amount.isGreaterThan(money.payable())) {
                throw InvalidInputException.of("amount", "orders.payout.above-available",
                        "Only " + money.payable() + " is available");
            }
            Hold hold = holdOf(seller, clock.instant());
            if (hold.reason() != null) {
                throw InvalidInputException.of("amount", "orders.payout.held", hold.reason());
            }
            Money payable = money.payable().minus(heldByStanding(seller, currency, clock.instant()));
            if (amount.isGreaterThan(payable)) {
                throw InvalidInputException.of("amount", "orders.payout.standing-held", "Only " + payable
                        + " can be paid out now: with strikes, sales wait " + extraHoldDays(seller) + " more days");
            }
        } else {
            amount = existing.amount();
        }
        PaymentResult result = payments.requestPayout(new Payments.RequestPayout(paymentKey, seller.toString(), amount));
        String state = switch (result.state()) {
            case SUCCEEDED -> "SENT";
            case FAILED -> "FAILED";
            case ERRORED -> "ERRORED";
            default -> "PENDING";
        };
        Instant now = clock.instant();
        if (existing == null) {
            jdbc.sql("""
                    INSERT INTO payout_request (id, seller_id, amount_minor, currency, trigger_kind, state, failure,
                        requested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(paymentKey, seller.value(), amount.minorUnits(), amount.currencyCode(), trigger, state,
                            result.failureCode(), now.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC))
                    .update();
        } else {
            updateState(paymentKey, state, result.failureCode());
        }
        return java.util.Objects.requireNonNull(find(paymentKey));
    }

    @Override
    public List<Payout> payoutsOf(AccountId seller) {
        return jdbc.sql("SELECT * FROM payout_request WHERE seller_id = ? ORDER BY requested_at DESC LIMIT 50")
                .param(seller.value()).query(Payouts::row).list();
    }

    @Override
    public List<Payout> recent(@Nullable String state, int limit) {
        int bounded = Math.clamp(limit, 1, 500);
        if (state == null || state.isBlank()) {
            return jdbc.sql("SELECT * FROM payout_request ORDER BY requested_at DESC LIMIT " + bounded)
                    .query(Payouts::row).list();
        }
        return jdbc.sql("SELECT * FROM payout_request WHERE state = ? ORDER BY requested_at DESC LIMIT " + bounded)
                .param(state.strip().toUpperCase(java.util.Locale.ROOT)).query(Payouts::row).list();
    }

    @Override
    public int payOutEveryone(Instant now) {
        var week = now.atOffset(ZoneOffset.UTC);
        String weekKey = week.get(IsoFields.WEEK_BASED_YEAR) + "-W" + week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        List<UUID> sellers = jdbc.sql("SELECT DISTINCT seller_id FROM orders WHERE state = 'completed'")
                .query(UUID.class).list();
        int asked = 0;
        for (Currency currency : ledger.currencies()) {
            for (UUID id : sellers) {
                AccountId seller = new AccountId(id);
                Money available = payments.balanceOf(seller.toString(), currency).payable() // issue 6
                        .minus(heldByStanding(seller, currency, now)); // issue 9: standing hold
                if (available.minorUnits() < settings.minimumMinor() || holdOf(seller, now).reason() != null) {
                    continue;
                }
                try {
                    pay(seller, available, "payout:weekly:" + seller + ":" + currency.getCurrencyCode() + ":" + weekKey, "WEEKLY");
                    asked++;
                } catch (RuntimeException e) {
                    log.warn("Weekly payout of seller {} in {} not possible: {}", seller, currency, e.getMessage());
                }
            }
        }
        return asked;
    }

    /** The provider confirmed a payout later (webhook): the request shows it. */
    @ApplicationModuleListener
    void on(PayoutSent event) {
        updateState(event.payoutId(), "SENT", null);
    }

    /** The money is back in available (the ledger's failPayout); the request shows why. */
    @ApplicationModuleListener
    void on(PayoutFailed event) {
        updateState(event.payoutId(), "FAILED", event.reason());
    }

    private void updateState(String id, String state, @Nullable String failure) {
        jdbc.sql("UPDATE payout_request SET state = ?, failure = ?, updated_at = ? WHERE id = ?")
                .params(state, failure, clock.instant().atOffset(ZoneOffset.UTC), id).update();
    }

    /** The new seller's first payout waits N days after their first completed order, unless they completed M orders. */
    Hold holdOf(AccountId seller, Instant now) {
        long completed = jdbc.sql("SELECT COUNT(*) FROM orders WHERE seller_id = ? AND state = 'completed'")
                .param(seller.value()).query(Long.class).single();
        boolean paidBefore = jdbc.sql("SELECT COUNT(*) FROM payout_request WHERE seller_id = ? AND state IN ('SENT', 'PENDING')")
                .param(seller.value()).query(Long.class).single() > 0;
        if (paidBefore || (settings.firstPayoutHoldOrders() > 0 && completed >= settings.firstPayoutHoldOrders())) {
            return new Hold(completed, null, null);
        }
        if (completed == 0) {
            return new Hold(0, null, "Your first payout is possible after your first completed order");
        }
        Instant first = jdbc.sql("SELECT MIN(state_entered_at) FROM orders WHERE seller_id = ? AND state = 'completed'")
                .param(seller.value()).query(java.time.OffsetDateTime.class).single().toInstant();
        int days = Math.max(0, settings.firstPayoutHoldDays() + standing.getIfAvailable(() -> s -> SellerStanding.Terms.NEUTRAL)
                .termsOf(seller).payoutHoldExtraDays());
        Instant until = first.plus(Duration.ofDays(days));
        return until.isAfter(now)
                ? new Hold(completed, until, "Your first payout is held until " + until.truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                        + " or until you completed " + settings.firstPayoutHoldOrders() + " orders")
                : new Hold(completed, null, null);
    }

    // --- issue 9: standing-based payout holds (trust's SellerStanding) ---
    private int extraHoldDays(AccountId seller) {
        return standing.getIfAvailable(() -> s -> SellerStanding.Terms.NEUTRAL).termsOf(seller).payoutHoldExtraDays();
    }

    /**
     * With strikes, the seller's terms add hold days to every payout, not only the first: money a sale released into
     * available within the last {@code payoutHoldExtraDays} days cannot be paid out yet. Good standing (negative
     * days) only shortens the first-payout hold, as later payouts have no hold to shorten.
     */
    Money heldByStanding(AccountId seller, Currency currency, Instant now) {
        int days = extraHoldDays(seller);
        if (days <= 0) {
            return Money.zero(currency);
        }
        Instant since = now.minus(Duration.ofDays(days));
        long held = payments.statement(seller.toString(), currency).stream()
                .filter(line -> line.account() == dev.agora.ledger.AccountType.SELLER_AVAILABLE
                        && line.code() == dev.agora.ledger.EntryCode.RELEASE && line.amount().isPositive()
                        && line.at().isAfter(since))
                .mapToLong(line -> line.amount().minorUnits()).sum();
        Money available = payments.balanceOf(seller.toString(), currency).available();
        return Money.ofMinor(Math.min(held, Math.max(0, available.minorUnits())), currency.getCurrencyCode());
    }
    // --- end issue 9 ---

    record Hold(long completedOrders, @Nullable Instant until, @Nullable String reason) {}

    private @Nullable Payout find(String id) {
        return jdbc.sql("SELECT * FROM payout_request WHERE id = ?").param(id).query(Payouts::row).optional().orElse(null);
    }

    private static Payout row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Payout(rs.getString("id"), new AccountId(rs.getObject("seller_id", UUID.class)),
                Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency")), rs.getString("trigger_kind"),
                rs.getString("state"), rs.getString("failure"),
                rs.getObject("requested_at", java.time.OffsetDateTime.class).toInstant());
    }

    private static String shortened(String key) {
        if (key.length() <= 50) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
