package dev.agora.listings;

import java.time.Instant;

/** A rental's booked days changed (issue 6): search re-reads the listing's unavailable dates. */
public record ListingAvailabilityChanged(ListingId listingId, Instant occurredAt) {}
