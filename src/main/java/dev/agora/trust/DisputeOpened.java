package dev.agora.trust;

import dev.agora.identity.AccountId;
import dev.agora.orders.OrderId;
import java.time.Instant;
import java.util.UUID;

/** A buyer (or the payment provider, {@code kind} CHARGEBACK) disputed an order; its escrow is held. */
public record DisputeOpened(UUID disputeId, OrderId orderId, AccountId buyerId, AccountId sellerId, String kind,
        Instant sellerDueAt, Instant occurredAt) {}
