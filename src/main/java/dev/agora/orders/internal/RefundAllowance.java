package dev.agora.orders.internal;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;

/**
 * What an order may still refund: the captured total less the refunds so far. Refunds never exceed it (invariant 4);
 * the ledger refuses anything above the escrow as well, this is the order's own check with a clear message.
 */
record RefundAllowance(Money captured, Money refunded) {

    Money remaining() {
        return captured.minus(refunded);
    }

    /** The refunds so far after {@code amount}; refuses a non-positive amount or one above {@link #remaining()}. */
    Money after(Money amount) {
        if (!amount.isPositive() || amount.isGreaterThan(remaining())) {
            throw InvalidInputException.of("amount", "orders.refund.above-refundable",
                    "At most " + remaining() + " can be refunded");
        }
        return refunded.plus(amount);
    }
}
