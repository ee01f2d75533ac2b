package dev.agora.orders;

import dev.agora.listings.ListingId;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A checkout: quantity of items, or rental/service units (days, hours).
 *
 * @param paymentMethod a card number for the sandbox, a payment method id for Stripe; not needed for a quote
 * @param delivery how the buyer wants the item; {@code null} keeps the behaviour from before delivery methods
 *     (self-arranged handoff, a shipping listing's fixed fee)
 * @param slot the start of the chosen time slot, required for services booked by slots (local time of
 *     {@code agora.listings.slots.time-zone})
 * @param startsAt when a rental or service starts (its cancellation policy counts the time before it); optional
 */
public record PlaceOrder(ListingId listingId, long quantity, @Nullable String promoCode, @Nullable String paymentMethod,
        @Nullable DeliveryChoice delivery, @Nullable LocalDateTime slot, @Nullable Instant startsAt) {

    public PlaceOrder(ListingId listingId, long quantity, @Nullable String promoCode, @Nullable String paymentMethod,
            @Nullable DeliveryChoice delivery) {
        this(listingId, quantity, promoCode, paymentMethod, delivery, null, null);
    }

    public PlaceOrder(ListingId listingId, long quantity, @Nullable String promoCode, @Nullable String paymentMethod,
            @Nullable LocalDateTime slot) {
        this(listingId, quantity, promoCode, paymentMethod, null, slot, null);
    }

    public PlaceOrder(ListingId listingId, long quantity, @Nullable String promoCode, @Nullable String paymentMethod,
            @Nullable Instant startsAt) {
        this(listingId, quantity, promoCode, paymentMethod, null, null, startsAt);
    }

    public PlaceOrder(ListingId listingId, long quantity, @Nullable String promoCode, @Nullable String paymentMethod) {
        this(listingId, quantity, promoCode, paymentMethod, null, null, null);
    }
}
