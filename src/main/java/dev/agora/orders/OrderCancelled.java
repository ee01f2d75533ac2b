package dev.agora.orders;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.listings.ListingId;
import java.time.Instant;

/** Published when an order reaches this point (see docs/orders.md). */
public record OrderCancelled(OrderId orderId, String state, String reason, Instant occurredAt) {}
