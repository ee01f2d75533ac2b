package dev.agora.fulfillment;

import dev.agora.identity.AccountId;
import dev.agora.orders.OrderId;
import java.time.Instant;

/** Published when the buyer has the item (courier code, meetup code, carrier delivery event). */
public record ItemDelivered(OrderId orderId, AccountId buyerId, AccountId sellerId, String method, Instant occurredAt) {}
