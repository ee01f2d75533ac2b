package dev.agora.orders;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.listings.ListingId;
import java.time.Instant;

/** Published when an order reaches this point (see docs/orders.md). */
public record OrderPlaced(OrderId orderId, ListingId listingId, AccountId buyerId, AccountId sellerId, Money total, Instant occurredAt) {}
