package dev.agora.orders;

/**
 * How the item reaches the buyer, chosen at checkout among what the listing offers. {@code COURIER}, {@code MEETUP}
 * and {@code SHIPPING} are proven by the platform (fulfillment takes the handoff transitions); {@code NONE} is
 * arranged by the parties themselves (services, digital goods, orders placed before delivery methods existed).
 */
public enum DeliveryMethod {
    COURIER,
    MEETUP,
    SHIPPING,
    NONE;

    /** Whether the platform, not the seller's word, moves the order to handed over and delivered. */
    public boolean provenByPlatform() {
        return this != NONE;
    }
}
