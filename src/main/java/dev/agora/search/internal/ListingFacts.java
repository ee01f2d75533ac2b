package dev.agora.search.internal;

import dev.agora.listings.CategoryId;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the index keeps of a listing, taken from its current view and the category tree. */
record ListingFacts(
        String title,
        String description,
        String categoryNames,
        List<String> categoryPath,
        List<String> attributes,
        long priceMinor,
        String currency,
        @Nullable String condition,
        List<String> delivery,
        @Nullable Double latitude,
        @Nullable Double longitude,
        String city,
        String listingType,
        Instant publishedAt,
        UUID sellerId,
        SellerFacts seller,
        List<LocalDate> blockedDates) {

    static ListingFacts of(ListingView listing, Map<CategoryId, CategoryView> categories,
            SellerFacts seller) {
        return of(listing, categories, seller, List.of());
    }

    /** Issue 6: with a rental's booked days, which the index treats like blocked ones. */
    static ListingFacts of(ListingView listing, Map<CategoryId, CategoryView> categories,
            SellerFacts seller, List<LocalDate> booked) {
        List<String> path = new ArrayList<>();
        List<String> names = new ArrayList<>();
        CategoryView category = categories.get(listing.categoryId());
        while (category != null) {
            path.add(category.id().toString());
            names.add(category.name());
            names.add(category.nameDe());
            category = category.parentId() == null ? null : categories.get(category.parentId());
        }
        List<String> attributes = listing.attributes().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
        List<String> delivery = new ArrayList<>();
        if (listing.delivery().courier()) {
            delivery.add("courier");
        }
        if (listing.delivery().meetup()) {
            delivery.add("meetup");
        }
        if (listing.delivery().shipping()) {
            delivery.add("shipping");
        }
        return new ListingFacts(listing.title(), listing.description(), String.join(" ", names), path, attributes,
                listing.price().minorUnits(), listing.price().currencyCode(),
                listing.condition() == null ? null : listing.condition().name(), delivery,
                listing.location().latitude(), listing.location().longitude(), listing.location().city(),
                listing.type().name(),
                listing.publishedAt() == null ? listing.updatedAt() : listing.publishedAt(),
                listing.sellerId().value(), seller, unavailable(listing.blockedDates(), booked));
    }

    private static List<LocalDate> unavailable(List<LocalDate> blocked, List<LocalDate> booked) {
        if (booked.isEmpty()) {
            return blocked;
        }
        var all = new java.util.TreeSet<>(blocked);
        all.addAll(booked);
        // the column holds 4000 characters: the nearest 363 dates (ISO date + separator each)
        return all.stream().limit(363).toList();
    }
}
