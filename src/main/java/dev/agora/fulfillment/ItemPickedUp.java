package dev.agora.fulfillment;

import dev.agora.identity.AccountId;
import dev.agora.orders.OrderId;
import java.time.Instant;

/** Published when the courier picked the item up, or the seller shipped it or handed it over at a meetup. */
public record ItemPickedUp(OrderId orderId, AccountId buyerId, AccountId sellerId, String method, Instant occurredAt) {}
