package dev.agora.orders;

import dev.agora.kernel.money.Money;
import dev.agora.listings.ListingView;

/**
 * Prices a delivery choice for checkout. The fulfillment module provides it (orders must not depend on
 * fulfillment, so the interface lives here); without a provider a shipping listing's fixed fee is charged and
 * every choice is self-arranged. Invalid choices (a method the listing does not offer, an address outside every
 * zone) throw {@link dev.agora.kernel.validation.InvalidInputException} naming the field.
 */
public interface DeliveryQuotes {

    Fee quote(ListingView listing, long quantity, DeliveryChoice choice);

    /**
     * @param amount what the buyer pays for delivery (zero for a meetup)
     * @param platformCollects the platform runs the delivery (courier), so the fee is the platform's revenue, not
     *     the seller's
     */
    record Fee(Money amount, boolean platformCollects) {}
}
