package dev.agora.search.internal;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listings offered without a query, from the vectors of the search index: "more like this" (the nearest
 * neighbours of one listing) and "for you" (the neighbours of the mean of a member's favourites and recently
 * viewed listings, leaving out what they already saw and their own listings). Without vectors (semantic search
 * switched off, or not computed yet) both are empty and the pages leave the section out.
 */
@Service
public class Discovery {

    private static final int TASTE_SOURCES = 20;

    private final SearchListingRepository documents;
    private final ListingSearch search;
    private final Favourites favourites;
    private final RecentlyViewed recentlyViewed;
    private final ListingManagement listings;

    Discovery(SearchListingRepository documents, ListingSearch search, Favourites favourites,
            RecentlyViewed recentlyViewed, ListingManagement listings) {
        this.documents = documents;
        this.search = search;
        this.favourites = favourites;
        this.recentlyViewed = recentlyViewed;
        this.listings = listings;
    }

    @Transactional(readOnly = true)
    public List<ListingView> moreLikeThis(ListingId listing, int limit) {
        return documents.findById(listing.value()).map(SearchListing::getVector)
                .map(vector -> visible(search.neighbours(vector, List.of(listing.value()), null, limit)))
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<ListingView> forYou(AccountId member, int limit) {
        Set<UUID> seen = new LinkedHashSet<>();
        favourites.of(member, TASTE_SOURCES).forEach(id -> seen.add(id.value()));
        recentlyViewed.of(member, TASTE_SOURCES).forEach(id -> seen.add(id.value()));
        List<float[]> vectors = new ArrayList<>();
        documents.findAllById(seen).stream().map(SearchListing::getVector).filter(Objects::nonNull).forEach(vectors::add);
        if (vectors.isEmpty()) {
            return List.of();
        }
        return visible(search.neighbours(Vectors.centroid(vectors), seen, member.value(), limit));
    }

    public List<ListingView> recentlyViewed(AccountId member, int limit) {
        return recentlyViewed.of(member, limit).stream().map(listings::findVisible).flatMap(Optional::stream).toList();
    }

    public void viewed(AccountId member, ListingId listing) {
        recentlyViewed.record(member, listing);
    }

    private List<ListingView> visible(List<UUID> ids) {
        return ids.stream().map(id -> listings.findVisible(new ListingId(id))).flatMap(Optional::stream).toList();
    }
}
