package dev.agora.orders;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.listings.ListingId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published when an order reaches this point (see docs/orders.md); {@code occurredAt} is the time of the completing
 * step. The listing and the buyer ride along so that listeners (reviews) need not read the order back; they are null
 * only in publications stored before they were added ({@link #summarised()}), and a listener then reads the order.
 */
public record OrderCompleted(OrderId orderId, AccountId sellerId, Money sellerNet, Instant occurredAt,
        @Nullable ListingId listingId, @Nullable String listingTitle, @Nullable AccountId buyerId) {

    /** Whether the event carries the listing and the buyer (all events published now do). */
    public boolean summarised() {
        return listingId != null && listingTitle != null && buyerId != null;
    }
}
