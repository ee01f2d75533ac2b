package dev.agora.orders;

import dev.agora.listings.ListingId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A checkout: quantity of items, or rental/service units (days, hours).
 *
 * @param paymentMethod a card number for the sandbox, a payment method id for Stripe; not needed for a quote
 * @param startsAt when a rental or service starts (its cancellation policy counts the time before it); optional
 */
public record PlaceOrder(ListingId listingId, long quantity, @Nullable String promoCode, @Nullable String paymentMethod,
        @Nullable Instant startsAt) {

    public PlaceOrder(ListingId listingId, long quantity, @Nullable String promoCode, @Nullable String paymentMethod) {
        this(listingId, quantity, promoCode, paymentMethod, null);
    }
}
