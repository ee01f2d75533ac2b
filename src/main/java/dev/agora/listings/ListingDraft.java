package dev.agora.listings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a seller fills in to create or change a listing, as typed (amounts as decimal strings), so that every
 * rule is checked in one place and reported per field. Fields a type does not use are ignored.
 *
 * @param price decimal amount in {@code currency}, e.g. "12.50"
 * @param minDuration rentals: shortest rental in price units (hours, days or nights)
 * @param deposit rentals: refundable deposit in {@code currency}
 * @param attributes values for the category's attribute schema, keyed by attribute key
 */
public record ListingDraft(
        String categorySlug,
        ListingType type,
        String title,
        String description,
        String price,
        String currency,
        PriceUnit priceUnit,
        @Nullable ItemCondition condition,
        String city,
        String postalCode,
        @Nullable Double latitude,
        @Nullable Double longitude,
        boolean courier,
        boolean meetup,
        boolean shipping,
        @Nullable String shippingFee,
        int stock,
        @Nullable Integer minDuration,
        @Nullable Integer maxDuration,
        @Nullable String deposit,
        @Nullable BookingMode bookingMode,
        Map<String, String> attributes,
        List<LocalDate> blockedDates) {

    public ListingDraft {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        blockedDates = blockedDates == null ? List.of() : List.copyOf(blockedDates);
    }

    /** A copy with another price; used by the quick price edit. */
    public ListingDraft withPrice(String newPrice) {
        return new ListingDraft(categorySlug, type, title, description, newPrice, currency, priceUnit, condition,
                city, postalCode, latitude, longitude, courier, meetup, shipping, shippingFee, stock, minDuration,
                maxDuration, deposit, bookingMode, attributes, blockedDates);
    }
}
