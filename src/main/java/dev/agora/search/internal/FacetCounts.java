package dev.agora.search.internal;

import dev.agora.listings.AttributeDefinition;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Facet counts of a result set: type, condition, delivery, category, and the chosen category's attributes
 * (generated from its attribute schema). A facet with a selection (type, condition, an attribute) is counted as if
 * its own selection were not made, so the other values stay visible with their counts (multi-select); delivery
 * options must all be offered, so their counts do narrow.
 */
@Component
class FacetCounts {

    static final int MAX_FACET_VALUES = 50;
    /** Facets whose counts ignore their own selection (choosing one value keeps the others' counts visible). */
    private static final List<String> MULTI_SELECT = List.of("listingType", "condition", "attribute");
    private static final List<String> FACETS = List.of("listingType", "condition", "delivery", "category", "attribute");

    private final EntityManager entityManager;
    private final SearchPredicates predicates;
    private final SearchPhases phases;

    FacetCounts(EntityManager entityManager, SearchPredicates predicates, SearchPhases phases) {
        this.phases = phases;
        this.entityManager = entityManager;
        this.predicates = predicates;
    }

    /** Runs the main query asking for every facet's terms too (one pass over the hits). */
    <H> SearchResult<H> fetchWithFacets(SearchQueryOptionsStep<?, ?, H, ?, ?, ?> search, int offset, int limit) {
        SearchQueryOptionsStep<?, ?, H, ?, ?, ?> step = search;
        for (String facet : FACETS) {
            step = step.aggregation(AggregationKey.<Map<String, Long>>of(facet),
                    f -> f.terms().field(facet, String.class).maxTermCount(MAX_FACET_VALUES));
        }
        return step.fetch(offset, limit);
    }

    /** The facets of a result the main query asked for with {@link #fetchWithFacets}, keyed as the page and API show them. */
    Map<String, Map<String, Long>> of(SearchQuery query, float @Nullable [] vector, SearchResult<?> result) {
        Map<String, Map<String, Long>> raw = new HashMap<>();
        for (String facet : FACETS) {
            raw.put(facet, result.aggregation(AggregationKey.<Map<String, Long>>of(facet)));
        }
        if (query.type() != null) {
            raw.put("listingType", countIgnoring(query, vector, "listingType", "listingType"));
        }
        if (!query.conditions().isEmpty()) {
            raw.put("condition", countIgnoring(query, vector, "condition", "condition"));
        }
        Map<String, Map<String, Long>> attributeCounts = new HashMap<>();
        for (String key : query.attributes().keySet()) {
            attributeCounts.put(key, countIgnoring(query, vector, "attribute." + key, "attribute"));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : List.of("listingType", "condition", "delivery", "category")) {
            facets.put(facet.equals("listingType") ? "type" : facet, raw.get(facet));
        }
        if (query.category() != null) {
            for (AttributeDefinition attribute : query.category().attributes()) {
                Map<String, Long> terms = attributeCounts.getOrDefault(attribute.key(), raw.get("attribute"));
                String prefix = attribute.key().toLowerCase(Locale.ROOT) + "=";
                Map<String, Long> counts = new TreeMap<>();
                terms.forEach((term, count) -> {
                    if (term.startsWith(prefix)) {
                        counts.put(term.substring(prefix.length()), count);
                    }
                });
                facets.put("attr." + attribute.key(), counts);
            }
        }
        return facets;
    }

    private Map<String, Long> countIgnoring(SearchQuery query, float @Nullable [] vector, String ignoredFacet,
            String field) {
        AggregationKey<Map<String, Long>> key = AggregationKey.of(field);
        return phases.time("multi-select facet", () -> Search.session(entityManager).search(SearchListing.class)
                .where(f -> predicates.matching(f, query, vector, ignoredFacet))
                .aggregation(key, f -> f.terms().field(field, String.class).maxTermCount(MAX_FACET_VALUES))
                .fetch(0).aggregation(key));
    }

    static Set<String> multiSelectFacets() {
        return Set.copyOf(MULTI_SELECT);
    }
}
