package dev.agora.search.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One page of results with the facet counts of the whole result set.
 *
 * @param totalExact whether {@code total} is exact; false: it is a lower bound (matches were counted up to a
 *     threshold, see {@link SearchQuery#countUpTo()})
 * @param facets facet name (type, condition, delivery, category, {@code attr.KEY}) to value and count; empty when the
 *     query did not ask for facets
 * @param didYouMean a query that finds something, offered when this one found nothing
 * @param noCloseMatch nothing holds all the words and nothing is close in meaning: no look-alikes are shown
 * @param relatedCategories with {@code noCloseMatch}, ids of the categories of the nearest listings
 * @param facetsApproximate the facet counts were scaled up from a sample of a large result set (search-facets helper)
 */
record SearchOutcome(List<UUID> listingIds, long total, boolean totalExact, Map<String, Map<String, Long>> facets,
        @Nullable Integer nextOffset, @Nullable String didYouMean, boolean noCloseMatch,
        List<String> relatedCategories, boolean facetsApproximate) {}
