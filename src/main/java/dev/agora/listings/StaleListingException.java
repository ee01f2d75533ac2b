package dev.agora.listings;

/** The listing changed since the caller read it (If-Match did not match): 412 in the API. */
public class StaleListingException extends RuntimeException {

    public StaleListingException(ListingId id, long expected, long actual) {
        super("Listing " + id + " is at version " + actual + ", not " + expected);
    }
}
