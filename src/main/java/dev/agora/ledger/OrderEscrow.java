package dev.agora.ledger;

import dev.agora.kernel.money.Money;

/**
 * What the ledger knows about one order's money. {@code balance = captured − refunded − released + adjusted},
 * where adjusted sums reversals.
 */
public record OrderEscrow(
        String orderRef,
        Money authorisedPending,
        Money captured,
        Money refunded,
        Money released,
        Money adjusted,
        Money balance,
        boolean held) {

    /** What a refund may still take. */
    public Money refundable() {
        return balance;
    }
}
