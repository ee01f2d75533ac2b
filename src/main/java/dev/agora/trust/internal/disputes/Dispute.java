package dev.agora.trust.internal.disputes;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.orders.OrderId;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One dispute as stored; the timeline is {@link DisputeStep}s. */
public record Dispute(UUID id, OrderId orderId, AccountId buyerId, AccountId sellerId, DisputeKind kind,
        DisputeStatus status, Currency currency, long orderTotalMinor, @Nullable Long offerMinor,
        @Nullable Outcome outcome, @Nullable Long refundMinor, Instant sellerDueAt, Instant openedAt,
        @Nullable Instant decidedAt, @Nullable AccountId decidedBy, long version) {

    public String holdId() {
        return "dispute:" + id;
    }

    public Money orderTotal() {
        return new Money(orderTotalMinor, currency);
    }

    public @Nullable Money offer() {
        return offerMinor == null ? null : new Money(offerMinor, currency);
    }

    public @Nullable Money refunded() {
        return refundMinor == null ? null : new Money(refundMinor, currency);
    }

    public boolean partyOf(AccountId member) {
        return buyerId.equals(member) || sellerId.equals(member);
    }
}
