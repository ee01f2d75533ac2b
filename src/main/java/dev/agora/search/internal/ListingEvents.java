package dev.agora.search.internal;

import dev.agora.listings.ListingChanged;
import dev.agora.listings.ListingClosed;
import dev.agora.listings.ListingPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the index in step with the listings module; each event triggers an idempotent refresh. */
@Component
class ListingEvents {

    private final ListingIndexer indexer;
    ListingEvents(ListingIndexer indexer) {
        this.indexer = indexer;
    }

    @ApplicationModuleListener
    void on(ListingPublished event) {
        indexer.refresh(event.listingId());
    }

    @ApplicationModuleListener
    void on(ListingChanged event) {
        indexer.refresh(event.listingId());
    }

    @ApplicationModuleListener
    void on(ListingClosed event) {
        indexer.refresh(event.listingId());
    }

    /** Issue 6: a rental was booked or its booking freed, so its unavailable dates changed. */
    @ApplicationModuleListener
    void on(dev.agora.listings.ListingAvailabilityChanged event) {
        indexer.refresh(event.listingId());
    }
}
