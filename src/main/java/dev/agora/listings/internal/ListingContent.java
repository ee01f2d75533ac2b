package dev.agora.listings.internal;

import dev.agora.kernel.money.Money;
import dev.agora.listings.BookingMode;
import dev.agora.listings.ItemCondition;
import dev.agora.listings.ListingType;
import dev.agora.listings.PriceUnit;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A draft after every rule passed: typed values, ready for the entity. Built only by {@link ListingRules}. */
record ListingContent(
        UUID categoryId,
        ListingType type,
        String title,
        String slug,
        String description,
        Money price,
        PriceUnit priceUnit,
        @Nullable ItemCondition condition,
        String city,
        String postalCode,
        @Nullable Double latitude,
        @Nullable Double longitude,
        boolean courier,
        boolean meetup,
        boolean shipping,
        @Nullable Money shippingFee,
        int stock,
        @Nullable Integer minDuration,
        @Nullable Integer maxDuration,
        @Nullable Money deposit,
        @Nullable BookingMode bookingMode,
        Map<String, Object> attributes,
        Set<LocalDate> blockedDates) {}
