package dev.agora.orders;

import org.jspecify.annotations.Nullable;

/**
 * The buyer's delivery choice at checkout. The courier needs where to deliver ({@code address}, {@code city},
 * {@code postalCode}); the other methods need nothing more.
 */
public record DeliveryChoice(DeliveryMethod method, @Nullable String address, @Nullable String city,
        @Nullable String postalCode) {

    public static DeliveryChoice of(DeliveryMethod method) {
        return new DeliveryChoice(method, null, null, null);
    }
}
