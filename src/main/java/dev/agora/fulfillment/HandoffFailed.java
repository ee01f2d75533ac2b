package dev.agora.fulfillment;

import dev.agora.identity.AccountId;
import dev.agora.orders.OrderId;
import java.time.Instant;

/** Published when a pickup or delivery failed; {@code terminal} when no reschedule is left and the order is refunded, or the handoff code was locked. */
public record HandoffFailed(OrderId orderId, AccountId buyerId, AccountId sellerId, String reason, int attempt, boolean terminal, Instant occurredAt) {}
