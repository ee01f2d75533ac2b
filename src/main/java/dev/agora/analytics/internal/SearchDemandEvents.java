package dev.agora.analytics.internal;

import dev.agora.search.SearchPerformed;
import dev.agora.search.SearchResultClicked;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * search-edges (issue 12): the search module's log events into analytics' search rollups. Idempotent like every
 * analytics listener: the search id (and for a click the listing) is the event key in {@code analytics_seen_event},
 * written in the same transaction as the counters. Member ids in the events are never stored.
 */
@Component
class SearchDemandEvents {

    private final MetricTables tables;
    private final SearchDemandTables search;

    SearchDemandEvents(MetricTables tables, SearchDemandTables search) {
        this.tables = tables;
        this.search = search;
    }

    @ApplicationModuleListener
    void on(SearchPerformed e) {
        if (tables.firstTime("search-performed:" + e.searchId(), e.at())) {
            search.searched(Dimensions.day(e.at()), e.query(), e.resultCount() == 0 || e.noCloseMatch(), e.noCloseMatch());
        }
    }

    /** Clicks count on the day of the click; a search counts as clicked once, on the day of its first click. */
    @ApplicationModuleListener
    void on(SearchResultClicked e) {
        if (tables.firstTime("search-clicked:" + e.searchId() + ":" + e.listingId(), e.at())) {
            boolean firstOfSearch = tables.firstTime("search-click-through:" + e.searchId(), e.at());
            search.clicked(Dimensions.day(e.at()), e.position(), firstOfSearch);
        }
    }
}
