package dev.agora.orders;

import dev.agora.kernel.money.Money;

/**
 * One line of an order's breakdown. Buyer lines add up to what the buyer pays; the commission line is the
 * seller's side only (it comes out of the seller's share, never on top of the buyer's total).
 */
public record LineItem(Kind kind, String label, long quantity, Money amount) {

    public enum Kind {
        ITEM,
        DELIVERY,
        BUYER_FEE,
        DISCOUNT,
        /** Issue 7: a rental's refundable deposit, held in escrow until the item is back (no fee or commission on it). */
        DEPOSIT,
        SELLER_COMMISSION;

        public boolean paidByBuyer() {
            return this != SELLER_COMMISSION;
        }
    }
}
