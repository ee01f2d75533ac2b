package dev.agora.listings;

import org.jspecify.annotations.Nullable;

/** Where a listing is; coordinates come from the {@link Geocoder} when the seller does not give them. */
public record Location(String city, String postalCode, @Nullable Double latitude, @Nullable Double longitude) {}
