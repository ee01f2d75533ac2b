package dev.agora.payments;

import dev.agora.kernel.money.Money;
import java.time.Instant;

/** The provider could not pay out; the money is back in the seller's available balance. */
public record PayoutFailed(String payoutId, String sellerRef, Money amount, String reason, Instant occurredAt) {}
