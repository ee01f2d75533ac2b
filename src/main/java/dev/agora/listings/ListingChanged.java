package dev.agora.listings;

import dev.agora.identity.AccountId;
import dev.agora.kernel.money.Money;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A listing's content or status changed (edit, price change, pause, hold). Search re-indexes it and drops it
 * from results unless {@code status} is published.
 */
public record ListingChanged(
        UUID eventId,
        ListingId listingId,
        AccountId sellerId,
        ListingStatus status,
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
