package dev.agora.trust;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import dev.agora.orders.OrderId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dispute ended. {@code outcome} is FULL_REFUND, PARTIAL_REFUND, RETURN_AND_REFUND, RELEASE or CHARGEBACK;
 * {@code refunded} what went back to the buyer; {@code sellerLost} whether it counts against the seller;
 * {@code decidedBy} the staff member, or null for the seller's own answer or the deadline timer.
 */
public record DisputeDecided(UUID disputeId, OrderId orderId, AccountId buyerId, AccountId sellerId, String outcome,
        Money refunded, boolean sellerLost, @Nullable AccountId decidedBy, Instant occurredAt) {}
