package dev.agora.orders.internal.web;

import dev.agora.listings.ListingView;
import dev.agora.orders.DeliveryChoice;
import dev.agora.orders.DeliveryMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The delivery part of the checkout form. Without a choice the cheapest method the listing offers is taken; a
 * courier delivery without a city is quoted to the listing's own city until the buyer enters theirs.
 */
record DeliveryForm(@Nullable String deliveryMethod, @Nullable String address, @Nullable String city,
        @Nullable String postalCode) {

    static List<DeliveryMethod> offered(ListingView listing) {
        List<DeliveryMethod> methods = new ArrayList<>();
        if (listing.delivery().courier()) {
            methods.add(DeliveryMethod.COURIER);
        }
        if (listing.delivery().meetup()) {
            methods.add(DeliveryMethod.MEETUP);
        }
        if (listing.delivery().shipping()) {
            methods.add(DeliveryMethod.SHIPPING);
        }
        if (methods.isEmpty()) {
            methods.add(DeliveryMethod.NONE);
        }
        return methods;
    }

    DeliveryChoice choice(List<DeliveryMethod> offered, ListingView listing) {
        // preselect the cheapest offered method (a meetup costs nothing); the buyer picks another on purpose
        DeliveryMethod method = offered.contains(DeliveryMethod.MEETUP) ? DeliveryMethod.MEETUP
                : offered.contains(DeliveryMethod.SHIPPING) ? DeliveryMethod.SHIPPING : offered.getFirst();
        if (deliveryMethod != null && !deliveryMethod.isBlank()) {
            try {
                method = DeliveryMethod.valueOf(deliveryMethod.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                // keep the default; the quote refuses methods the listing does not offer
            }
        }
        if (method != DeliveryMethod.COURIER) {
            return DeliveryChoice.of(method);
        }
        boolean noCity = city == null || city.isBlank();
        return new DeliveryChoice(method, address, noCity ? listing.location().city() : city,
                noCity ? listing.location().postalCode() : postalCode);
    }
}
