package dev.agora.orders;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.listings.ListingId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published when an order reaches this point (see docs/orders.md). {@code captured} is the buyer's total.
 *
 * <p>The order's parties, listing and delivery method ride along so that listeners (messaging, fraud rules,
 * fulfillment) need not read the order back. They are ids and values, never the courier address (personal data
 * stays out of the event registry: fulfillment reads the order for a courier handoff). All of them are null only
 * in publications stored before they were added; {@link #summarised()} tells, and a listener then reads the order.
 */
public record OrderPaid(OrderId orderId, Money captured, Instant occurredAt, @Nullable ListingId listingId,
        @Nullable String listingTitle, @Nullable AccountId buyerId, @Nullable AccountId sellerId,
        @Nullable DeliveryMethod deliveryMethod) {

    /** Whether the event carries the order's parties, listing and delivery method (all events published now do). */
    public boolean summarised() {
        return listingId != null && listingTitle != null && buyerId != null && sellerId != null && deliveryMethod != null;
    }
}
