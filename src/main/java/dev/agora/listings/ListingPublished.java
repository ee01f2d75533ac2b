package dev.agora.listings;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A listing became visible to buyers (first publication, approval, or resumption after a pause). */
public record ListingPublished(
        UUID eventId,
        ListingId listingId,
        AccountId sellerId,
        String categorySlug,
        ListingType type,
        String title,
        String description,
        Money price,
        PriceUnit priceUnit,
        String city,
        @Nullable Double latitude,
        @Nullable Double longitude,
        Instant occurredAt) {}
