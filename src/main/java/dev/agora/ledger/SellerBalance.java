package dev.agora.ledger;

import dev.agora.kernel.money.Money;

/**
 * A seller's money in one currency. {@code pending} is the gross escrow of their orders not yet released
 * (before commission); {@code paidOut} sums settled payouts; {@code debt} is what they owe after refunds of
 * released orders (netted against their next payout).
 */
public record SellerBalance(
        String sellerRef, Money pending, Money available, Money reserved, Money inTransit, Money paidOut, Money debt) {

    /** What a payout may take: available less the debt netted first. */
    public Money payable() {
        long left = available.minorUnits() - debt.minorUnits();
        return new Money(Math.max(0, left), available.currency());
    }
}
