package dev.agora.listings;

/** Someone tried to change a listing of another seller: 403 in the API and on pages. */
public class NotYourListingException extends RuntimeException {

    public NotYourListingException(ListingId id) {
        super("Listing " + id + " belongs to another seller");
    }
}
