package dev.agora.orders;

import dev.agora.identity.AccountId;

/**
 * How a seller's standing changes their terms (strikes lengthen payout holds, good standing shortens them and
 * lowers the commission by a configured step). The trust module provides it; without a provider every seller
 * gets {@link Terms#NEUTRAL}. Orders applies the terms to new orders and payouts only.
 */
public interface SellerStanding {

    Terms termsOf(AccountId seller);

    /**
     * @param commissionDiscountBasisPoints taken off the seller commission rate (never below zero)
     * @param payoutHoldExtraDays added to (negative: taken off) the payout hold, never below zero days in total
     */
    record Terms(int commissionDiscountBasisPoints, int payoutHoldExtraDays) {

        public static final Terms NEUTRAL = new Terms(0, 0);
    }
}
