package dev.agora.trust;

import dev.agora.orders.OrderId;
import java.time.Instant;

/** Trust froze an order's escrow (a dispute, or a fraud rule); {@code holdId} is the ledger hold. */
public record OrderHeld(OrderId orderId, String holdId, String reason, Instant occurredAt) {}
