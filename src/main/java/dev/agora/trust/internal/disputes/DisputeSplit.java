package dev.agora.trust.internal.disputes;

import dev.agora.kernel.money.Money;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.Quote;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a partial refund splits an order's escrow, to the cent. The platform keeps its buyer fee (the service was
 * given); the refund comes out of the seller's gross share ({@code total − buyer fee}); the commission shrinks in
 * proportion to what the seller keeps, rounded half-even once, so {@code refund + toSeller + commission + fee}
 * is exactly the escrow.
 */
public final class DisputeSplit {

    private DisputeSplit() {}

    public record Split(Money refund, Money toSeller, Money commission, Money buyerFee) {}

    public static Split of(Quote quote, Money refund) {
        Money fee = quote.platformFee();
        Money gross = quote.buyerTotal().minus(fee);
        if (!refund.isPositive() || refund.isGreaterThan(gross)) {
            throw InvalidInputException.of("amount", "trust.dispute.partial-out-of-range",
                    "A partial refund is above zero and at most " + gross);
        }
        Money kept = gross.minus(refund);
        long commission = gross.minorUnits() == 0 ? 0 : BigDecimal.valueOf(quote.commission().minorUnits())
                .multiply(BigDecimal.valueOf(kept.minorUnits()))
                .divide(BigDecimal.valueOf(gross.minorUnits()), 0, RoundingMode.HALF_EVEN).longValueExact();
        Money commissionKept = new Money(commission, refund.currency());
        return new Split(refund, kept.minus(commissionKept), commissionKept, fee);
    }
}
