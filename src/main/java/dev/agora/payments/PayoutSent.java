package dev.agora.payments;

import dev.agora.kernel.money.Money;
import java.time.Instant;

/** The provider confirmed a payout; the money left the platform. */
public record PayoutSent(String payoutId, String sellerRef, Money amount, Instant occurredAt) {}
