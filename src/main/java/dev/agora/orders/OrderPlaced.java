package dev.agora.orders;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.listings.ListingId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Published when an order reaches this point (see docs/orders.md). {@code listingTitle} is the title copied at
 * checkout; null only in publications stored before it was added (listeners then read the order).
 */
public record OrderPlaced(OrderId orderId, ListingId listingId, AccountId buyerId, AccountId sellerId, Money total,
        Instant occurredAt, @Nullable String listingTitle) {}
