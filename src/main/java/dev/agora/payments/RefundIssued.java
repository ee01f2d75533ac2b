package dev.agora.payments;

import dev.agora.kernel.money.Money;
import java.time.Instant;

/** Money went back to the buyer's card and left the order's escrow. */
public record RefundIssued(String orderRef, String refundId, Money amount, Instant occurredAt) {}
