package dev.agora.orders.internal.pricing;

/**
 * The commission configuration one order was priced with; stored on the order so later configuration changes
 * apply to new orders only. Fees are in basis points (1/100 %) and minor units of the order's currency.
 *
 * @param minFeeMinor lower bound of the buyer service fee per order
 * @param maxFeeMinor upper bound of the buyer service fee per order (0 = none)
 */
public record CommissionTerms(long sellerBasisPoints, long buyerBasisPoints, long buyerFixedMinor, long minFeeMinor,
        long maxFeeMinor) {

    public CommissionTerms {
        if (sellerBasisPoints < 0 || sellerBasisPoints > 10_000 || buyerBasisPoints < 0 || buyerBasisPoints > 10_000
                || buyerFixedMinor < 0 || minFeeMinor < 0 || maxFeeMinor < 0
                || (maxFeeMinor > 0 && maxFeeMinor < minFeeMinor)) {
            throw new IllegalArgumentException("Commission terms out of range: " + this);
        }
    }
}
