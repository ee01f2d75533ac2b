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
        String attributeNames,
        String language,
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
        return of(listing, categories, seller, List.of(), ListingLanguage.UNKNOWN);
    }

    /** Issue 6: with a rental's booked days, which the index treats like blocked ones. */
    static ListingFacts of(ListingView listing, Map<CategoryId, CategoryView> categories,
            SellerFacts seller, List<LocalDate> booked, String language) {
        List<String> path = new ArrayList<>();
        List<String> names = new ArrayList<>();
        CategoryView category = categories.get(listing.categoryId());
        List<dev.agora.listings.AttributeDefinition> schema = category == null ? List.of() : category.attributes();
        while (category != null) {
            path.add(category.id().toString());
            names.addAll(category.names()); // issue 12: en, de, fr, es
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
                attributeNames(schema, listing.attributes()), language, listing.price().minorUnits(), listing.price().currencyCode(),
                listing.condition() == null ? null : listing.condition().name(), delivery,
                listing.location().latitude(), listing.location().longitude(), listing.location().city(),
                listing.type().name(),
                listing.publishedAt() == null ? listing.updatedAt() : listing.publishedAt(),
                listing.sellerId().value(), seller, unavailable(listing.blockedDates(), booked));
    }

    /**
     * Issue 12: the attribute values as words in every language: an enum option with its translations, a
     * yes-attribute by its labels ("Lens included", "Mit Objektiv"), other values as entered; no-attributes say
     * nothing. Cut to the column's 4000 characters.
     */
    static String attributeNames(List<dev.agora.listings.AttributeDefinition> schema, Map<String, ?> values) {
        List<String> words = new ArrayList<>();
        values.forEach((key, value) -> {
            var definition = schema.stream().filter(d -> d.key().equals(key)).findFirst().orElse(null);
            String text = String.valueOf(value);
            if (definition == null) {
                words.add(text);
            } else if (definition.kind() == dev.agora.listings.AttributeDefinition.Kind.ENUM) {
                words.addAll(definition.optionNamesOf(text));
            } else if (definition.kind() == dev.agora.listings.AttributeDefinition.Kind.BOOLEAN) {
                if (Boolean.parseBoolean(text)) {
                    words.add(definition.label());
                    words.addAll(definition.labels().values());
                }
            } else {
                words.add(text);
            }
        });
        String joined = String.join(" ", words);
        return joined.length() > 4000 ? joined.substring(0, 4000) : joined;
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
