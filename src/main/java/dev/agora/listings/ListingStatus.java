package dev.agora.listings;

/** draft → (pending approval) → published ⇄ paused → closed; the listing itself guards each move. */
public enum ListingStatus {
    DRAFT,
    PENDING_APPROVAL,
    PUBLISHED,
    PAUSED,
    CLOSED
}
