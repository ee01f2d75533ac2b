package dev.agora.listings;

/** No listing with this id, or it was deleted, or it is not visible to the caller. */
public class ListingNotFoundException extends RuntimeException {

    public ListingNotFoundException(Object id) {
        super("No listing " + id);
    }
}
