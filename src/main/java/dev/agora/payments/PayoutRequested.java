package dev.agora.payments;

import dev.agora.kernel.money.Money;
import java.time.Instant;

/** A seller's available money was sent to the provider for payout. */
public record PayoutRequested(String payoutId, String sellerRef, Money amount, Instant occurredAt) {}
