package dev.agora.search.internal;

import dev.agora.listings.CategoryView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A validated search: everything a results page or the API asked for. Built by {@link SearchRequests} from
 * request parameters, so the engine never sees raw user input.
 *
 * @param terms the words of the query (no syntax: operators and quotes were dropped)
 * @param attributes the category's attribute filters, key to accepted values
 * @param radiusKm with {@code near}, only listings this close
 * @param minRating only sellers rated at least this (1–5); unrated sellers drop out
 * @param verifiedOnly only sellers with an ID, business or phone verification
 * @param facets facet counts wanted (the page always; the API when asked): they visit every match, so the total is
 *     then exact too
 * @param countUpTo without facets, matches are counted exactly up to this many; beyond it the total is a lower bound
 *     and Lucene may skip what cannot reach the top hits ({@link Integer#MAX_VALUE}: always exact)
 */
record SearchQuery(
        List<String> terms,
        @Nullable CategoryView category,
        @Nullable Long minPriceMinor,
        @Nullable Long maxPriceMinor,
        Set<String> conditions,
        Set<String> delivery,
        @Nullable String type,
        Map<String, Set<String>> attributes,
        @Nullable Point near,
        @Nullable Double radiusKm,
        @Nullable LocalDate availableFrom,
        @Nullable LocalDate availableTo,
        @Nullable Double minRating,
        boolean verifiedOnly,
        @Nullable String sellerId,
        @Nullable UUID onlyListing,
        Sort sort,
        int offset,
        int limit,
        boolean facets,
        int countUpTo) {

    /** With facets and an exact total (callers that do not choose). */
    SearchQuery(List<String> terms, @Nullable CategoryView category, @Nullable Long minPriceMinor,
            @Nullable Long maxPriceMinor, Set<String> conditions, Set<String> delivery, @Nullable String type,
            Map<String, Set<String>> attributes, @Nullable Point near, @Nullable Double radiusKm,
            @Nullable LocalDate availableFrom, @Nullable LocalDate availableTo, @Nullable Double minRating,
            boolean verifiedOnly, @Nullable String sellerId, @Nullable UUID onlyListing, Sort sort, int offset,
            int limit) {
        this(terms, category, minPriceMinor, maxPriceMinor, conditions, delivery, type, attributes, near, radiusKm,
                availableFrom, availableTo, minRating, verifiedOnly, sellerId, onlyListing, sort, offset, limit, true,
                Integer.MAX_VALUE);
    }

    record Point(double latitude, double longitude) {}

    enum Sort {
        RELEVANCE,
        NEWEST,
        PRICE_ASC,
        PRICE_DESC,
        DISTANCE,
        /** Best-rated sellers first, unrated last. */
        RATING;

        String param() {
            return name().toLowerCase();
        }
    }

    String text() {
        return String.join(" ", terms);
    }

    /** Whether the total will be exact: facets count every match anyway, or no threshold is set. */
    boolean exactTotal() {
        return facets || countUpTo == Integer.MAX_VALUE;
    }

    /** The same search with or without facet counts, counting exactly up to {@code threshold} without them. */
    SearchQuery counting(boolean withFacets, int threshold) {
        return new SearchQuery(terms, category, minPriceMinor, maxPriceMinor, conditions, delivery, type, attributes,
                near, radiusKm, availableFrom, availableTo, minRating, verifiedOnly, sellerId, onlyListing, sort, offset,
                limit, withFacets, threshold);
    }

    /** The same filters with other words: the first {@code size} by relevance (no facets; "any at all" counts). */
    SearchQuery withTerms(List<String> other, int size) {
        return new SearchQuery(other, category, minPriceMinor, maxPriceMinor, conditions, delivery, type, attributes,
                near, radiusKm, availableFrom, availableTo, minRating, verifiedOnly, sellerId, onlyListing, Sort.RELEVANCE, 0, size,
                false, 1);
    }

    /** The same search restricted to one listing: does it match? (no facets) */
    SearchQuery onlyFor(UUID listing) {
        return new SearchQuery(terms, category, minPriceMinor, maxPriceMinor, conditions, delivery, type, attributes,
                near, radiusKm, availableFrom, availableTo, minRating, verifiedOnly, sellerId, listing, Sort.RELEVANCE, 0, 1,
                false, 1);
    }
}
