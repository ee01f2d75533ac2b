package dev.agora.trust;

import dev.agora.orders.OrderId;
import java.time.Instant;

/** Trust lifted its hold on an order's escrow. */
public record OrderHoldReleased(OrderId orderId, String holdId, String reason, Instant occurredAt) {}
