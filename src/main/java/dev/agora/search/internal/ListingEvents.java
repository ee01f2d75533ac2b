package dev.agora.search.internal;

import dev.agora.listings.ListingChanged;
import dev.agora.listings.ListingClosed;
import dev.agora.listings.ListingPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Keeps the index in step with the listings module; each event triggers an idempotent refresh. The listeners run
 * without a transaction of their own ({@code NOT_SUPPORTED}): the refresh commits its own, which it can retry.
 */
@Component
class ListingEvents {

    private final ListingIndexer indexer;
    ListingEvents(ListingIndexer indexer) {
        this.indexer = indexer;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ListingPublished event) {
        indexer.refresh(event.listingId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ListingChanged event) {
        indexer.refresh(event.listingId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ListingClosed event) {
        indexer.refresh(event.listingId());
    }

    /** Issue 6: a rental was booked or its booking freed, so its unavailable dates changed. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(dev.agora.listings.ListingAvailabilityChanged event) {
        indexer.refresh(event.listingId());
    }
}
