package dev.agora.orders;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.ledger.SellerBalance;
import dev.agora.ledger.StatementLine;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Sellers' balances and payouts: manual requests and the weekly schedule, both refused below the minimum, above the
 * available money and while a new seller's first payout is held. A failed payout puts the money back into available
 * (the ledger's {@code failPayout}); this module only keeps the request and its outcome.
 */
public interface SellerPayouts {

    Balance balance(AccountId seller, Currency currency);

    /**
     * Sends {@code amount} (all available money when null) of the seller's available balance to their payout account.
     *
     * @param key the caller's idempotency key: the same key never pays out twice
     */
    Payout request(AccountId seller, @Nullable Money amount, String key);

    List<Payout> payoutsOf(AccountId seller);

    /** Newest first, for staff; {@code state} filters when not blank. */
    List<Payout> recent(@Nullable String state, int limit);

    /** The weekly run: pays out every eligible seller; returns how many payouts it asked for. */
    int payOutEveryone(Instant now);

    /**
     * @param firstPayoutHeldUntil when the new seller's hold ends by time (null: no hold, or it ended)
     * @param holdReason why a payout is not possible now (null: it is)
     * @param heldByStanding available money a payout may not take yet because of trust strikes (orders-gaps: the
     *     amount the payout refuses as {@code orders.payout.standing-held}, from the same computation)
     * @param standingHoldDays how long released sales wait with those strikes (0: no standing hold)
     */
    record Balance(SellerBalance money, Money minimum, long completedOrders, @Nullable Instant firstPayoutHeldUntil,
            @Nullable String holdReason, List<StatementLine> statement, List<Payout> payouts, Money heldByStanding,
            int standingHoldDays) {

        public boolean canPayOut() {
            return holdReason == null;
        }

        /** What a payout may take now: available less the debt netted first and less the standing hold. */
        public Money payableNow() {
            Money payable = money.payable();
            return payable.compareTo(heldByStanding) <= 0 ? Money.zero(payable.currency()) : payable.minus(heldByStanding);
        }
    }

    record Payout(String id, AccountId seller, Money amount, String trigger, String state, @Nullable String failure,
            Instant requestedAt) {}
}
