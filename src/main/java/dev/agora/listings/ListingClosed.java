package dev.agora.listings;

import dev.agora.identity.AccountId;
import java.time.Instant;
import java.util.UUID;

/** A listing ended for good: sold out, withdrawn by the seller, or deleted. */
public record ListingClosed(UUID eventId, ListingId listingId, AccountId sellerId, Reason reason, Instant occurredAt) {

    public enum Reason {
        SOLD_OUT,
        WITHDRAWN,
        DELETED,
        /** Removed by moderation (trust). */
        REMOVED
    }
}
