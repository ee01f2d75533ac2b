package dev.agora.listings;

import java.util.UUID;

/** Identifies a listing; other modules keep this, never the listing itself. */
public record ListingId(UUID value) {

    public static ListingId random() {
        return new ListingId(UUID.randomUUID());
    }

    /** Parses an id, throwing {@link ListingNotFoundException} for anything that is not one. */
    public static ListingId of(String value) {
        try {
            return new ListingId(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new ListingNotFoundException(value);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
