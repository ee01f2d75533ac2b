package dev.agora.search.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingPublished;
import dev.agora.listings.ListingView;
import dev.agora.search.SavedSearchMatched;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a listing is published, every saved search it matches is told, once per listing and saved search
 * ({@link SavedSearchMatched}, consumed by the notifications module). Matching runs the saved search against
 * the index, so it must wait until the listing is indexed there (normally well under a second).
 */
@Component
class SavedSearchAlerts {

    private static final Logger log = LoggerFactory.getLogger(SavedSearchAlerts.class);
    private static final Duration INDEX_WAIT = Duration.ofSeconds(15);

    private final ListingManagement listings;
    private final ListingSearch search;
    private final SavedSearches savedSearches;
    private final SearchRequests requests;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SavedSearchAlerts(ListingManagement listings, ListingSearch search, SavedSearches savedSearches,
            SearchRequests requests, ApplicationEventPublisher events, Clock clock) {
        this.listings = listings;
        this.search = search;
        this.savedSearches = savedSearches;
        this.requests = requests;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(ListingPublished published) throws InterruptedException {
        var saved = savedSearches.all();
        ListingView listing = listings.find(published.listingId()).filter(ListingView::isPublished).orElse(null);
        if (saved.isEmpty() || listing == null || !awaitIndexed(listing.id().value())) {
            return;
        }
        for (SavedSearches.Owned one : saved) {
            if (one.owner().equals(listing.sellerId().value()) || !matches(one, listing.id().value())) {
                continue;
            }
            if (savedSearches.firstAlert(one.id(), listing.id().value())) {
                events.publishEvent(new SavedSearchMatched(UUID.randomUUID(), one.id(), new AccountId(one.owner()),
                        one.name(), one.query(), listing.id(), listing.title(), listing.path(), clock.instant()));
            }
        }
    }

    private boolean matches(SavedSearches.Owned saved, UUID listing) {
        try {
            return search.matches(requests.parse(SavedSearches.params(saved.query())), listing);
        } catch (InvalidInputException e) {
            // a category or attribute it names was removed since: it can match nothing any more
            log.debug("Saved search {} no longer valid: {}", saved.id(), e.getMessage());
            return false;
        }
    }

    /**
     * Polls (this runs on an event thread, never a request thread) until indexing caught up. The wait is measured
     * in elapsed time, not on the application clock: a clock set back (an operator, a test) must not leave the
     * event thread waiting for days and starve every other listener behind it.
     */
    private boolean awaitIndexed(UUID listing) throws InterruptedException {
        long deadline = System.nanoTime() + INDEX_WAIT.toNanos();
        while (!search.isIndexed(listing)) {
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("Listing " + listing + " not indexed yet; the alert check is retried");
            }
            Thread.sleep(100);
        }
        return true;
    }
}
