package dev.agora.ledger;

import dev.agora.kernel.money.Money;

/**
 * A seller's money in one currency. {@code pending} is the gross escrow of their orders not yet released
 * (before commission); {@code paidOut} sums settled payouts.
 */
public record SellerBalance(
        String sellerRef, Money pending, Money available, Money reserved, Money inTransit, Money paidOut) {}
