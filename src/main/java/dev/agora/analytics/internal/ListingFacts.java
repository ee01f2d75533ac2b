package dev.agora.analytics.internal;

import java.time.Instant;
import java.util.UUID;

/** A listing's dimensions as analytics files them, and when it was published. */
public record ListingFacts(UUID listingId, UUID sellerId, String category, String city, Instant publishedAt) {

    public ListingFacts {
        category = Dimensions.clean(category);
        city = Dimensions.clean(city);
    }
}
