package dev.agora.search;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import java.time.Instant;
import java.util.UUID;

/**
 * A newly published listing matches a member's saved search; the notifications module tells the owner.
 * Published at most once per listing and saved search.
 *
 * @param query the saved search as the query string of {@code /search}
 */
public record SavedSearchMatched(
        UUID eventId,
        UUID savedSearchId,
        AccountId ownerId,
        String name,
        String query,
        ListingId listingId,
        String listingTitle,
        String listingPath,
        Instant occurredAt) {}
