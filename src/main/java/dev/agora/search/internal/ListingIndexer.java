package dev.agora.search.internal;

import dev.agora.listings.CategoryId;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the search copy of one listing in line with the listing as it is now. Events only say "look
 * again", so replays, duplicates and out-of-order deliveries all end in the same state.
 */
@Component
class ListingIndexer {

    private final ListingManagement listings;
    private final CategoryManagement categories;
    private final SearchListingRepository documents;

    ListingIndexer(ListingManagement listings, CategoryManagement categories, SearchListingRepository documents) {
        this.listings = listings;
        this.categories = categories;
        this.documents = documents;
    }

    /** Returns the listing when it is published (and now searchable), empty when it was removed. */
    @Transactional
    public Optional<ListingView> refresh(ListingId id) {
        Optional<ListingView> listing = listings.find(id).filter(ListingView::isPublished);
        if (listing.isEmpty()) {
            documents.findById(id.value()).ifPresent(documents::delete);
            return Optional.empty();
        }
        SearchListing document = documents.findById(id.value()).orElseGet(() -> new SearchListing(id.value()));
        document.refresh(ListingFacts.of(listing.get(), categoryMap()));
        documents.save(document);
        return listing;
    }

    private Map<CategoryId, CategoryView> categoryMap() {
        return categories.categories().stream().collect(Collectors.toMap(CategoryView::id, Function.identity()));
    }
}
