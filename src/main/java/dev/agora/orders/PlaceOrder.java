package dev.agora.orders;

import dev.agora.listings.ListingId;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A checkout: quantity of items, or rental/service units (days, hours).
 *
 * @param paymentMethod a card number for the sandbox, a payment method id for Stripe; not needed for a quote
 * @param slot the start of the chosen time slot, required for services booked by slots (local time of
 *     {@code agora.listings.slots.time-zone})
 */
public record PlaceOrder(ListingId listingId, long quantity, @Nullable String promoCode, @Nullable String paymentMethod,
        @Nullable LocalDateTime slot) {

    public PlaceOrder(ListingId listingId, long quantity, @Nullable String promoCode, @Nullable String paymentMethod) {
        this(listingId, quantity, promoCode, paymentMethod, null);
    }
}
