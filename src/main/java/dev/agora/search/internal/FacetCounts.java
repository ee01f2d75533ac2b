package dev.agora.search.internal;

import dev.agora.listings.AttributeDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Facet counts of a result set: type, condition, delivery, category, and the chosen category's attributes
 * (generated from its attribute schema). A facet with a selection (type, condition, an attribute) is counted as if
 * its own selection were not made, so the other values stay visible with their counts (multi-select); delivery
 * options must all be offered, so their counts do narrow.
 *
 * <p>Search-facets helper (issue 5): the counts are a pass of their own after the main query ({@link FacetPass}),
 * exact up to {@code agora.search.facets.sample-above} matches and over a sample beyond, then marked approximate. Only
 * the facets that are shown are counted: attribute values only with a category, and a multi-select facet only in its
 * own pass, not also in the main one.
 */
@Component
class FacetCounts {

    static final int MAX_FACET_VALUES = FacetPass.MAX_FACET_VALUES;
    /** Facets whose counts ignore their own selection (choosing one value keeps the others' counts visible). */
    private static final List<String> MULTI_SELECT = List.of("listingType", "condition", "attribute");

    /** Facet name (type, condition, delivery, category, {@code attr.KEY}) to value and count; scaled from a sample if approximate. */
    record Facets(Map<String, Map<String, Long>> counts, boolean approximate) {}

    /** A facet with a selection: counted in a pass that ignores it ({@code ignored}, as the predicates name it). */
    private record Selected(String ignored, String field, @Nullable String attributeKey) {}

    private final SearchPredicates predicates;
    private final SearchPhases phases;
    private final FacetPass pass;
    /** Main query results that carry their facets' exact counts ({@link #fetchWithFacets}), until {@link #of} reads them. */
    private final Set<SearchResult<?>> aggregated = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    FacetCounts(SearchPredicates predicates, SearchPhases phases, FacetPass pass) {
        this.phases = phases;
        this.predicates = predicates;
        this.pass = pass;
    }

    /**
     * Runs the main query. When its filters alone match few enough listings (counted in the coarse sample: words only
     * narrow), it also aggregates the shown facets exactly in its own pass, as before; otherwise {@link #of} counts
     * them in a pass of their own, over a sample if the set is large.
     */
    <H> SearchResult<H> fetchWithFacets(SearchQueryOptionsStep<?, ?, H, ?, ?, ?> search, SearchQuery query, int offset,
            int limit) {
        long bound = phases.time("facets", () -> pass.estimate(f -> filtersOnly(f, query, null)));
        if (pass.sampled(bound)) {
            return search.fetch(offset, limit);
        }
        SearchResult<H> result = pass.aggregate(search, shownFields(query)).fetch(offset, limit);
        aggregated.add(result);
        return result;
    }

    /** The facets of the matches of {@code query} (with a vector: its words or its nearest listings). */
    Facets of(SearchQuery query, float @Nullable [] vector, SearchResult<?> result) {
        return of(query, result, f -> predicates.matching(f, query, vector, null), vector);
    }

    /** The facets of the matches of a fused relevance search: the words or one of the {@code nearest} (by id, no kNN). */
    Facets of(SearchQuery query, float[] vector, Collection<UUID> nearest, SearchResult<?> result) {
        return of(query, result, f -> predicates.matchingOrAmong(f, query, nearest), vector);
    }

    /** Only facets that are shown: attributes with a category; a facet with a selection has a pass of its own. */
    private static List<String> shownFields(SearchQuery query) {
        List<String> fields = new ArrayList<>(List.of("delivery", "category"));
        if (query.type() == null) {
            fields.add("listingType");
        }
        if (query.conditions().isEmpty()) {
            fields.add("condition");
        }
        List<AttributeDefinition> attributes = query.category() == null ? List.of() : query.category().attributes();
        if (attributes.stream().anyMatch(a -> !query.attributes().containsKey(a.key()))) {
            fields.add("attribute"); // only for keys without their own pass
        }
        return fields;
    }

    /** The query's filters without its words (a superset of its matches, cheap to count). */
    private PredicateFinalStep filtersOnly(SearchPredicateFactory f, SearchQuery query, @Nullable String ignoredFacet) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool().must(f.matchAll());
        predicates.filters(f, bool, query, ignoredFacet);
        return bool;
    }

    private Facets of(SearchQuery query, SearchResult<?> result,
            Function<SearchPredicateFactory, PredicateFinalStep> matches, float @Nullable [] vector) {
        List<String> fields = shownFields(query);
        List<AttributeDefinition> attributes = query.category() == null ? List.of() : query.category().attributes();
        FacetPass.Counts main = aggregated.remove(result) ? FacetPass.read(result, fields)
                : phases.time("facets", () -> pass.count(matches, fields, size(query, result)));
        Map<String, Map<String, Long>> raw = new HashMap<>(main.byField());
        boolean approximate = main.approximate();
        Map<String, Map<String, Long>> attributeCounts = new HashMap<>();
        List<Selected> selected = new ArrayList<>();
        if (query.type() != null) {
            selected.add(new Selected("listingType", "listingType", null));
        }
        if (!query.conditions().isEmpty()) {
            selected.add(new Selected("condition", "condition", null));
        }
        query.attributes().keySet().forEach(key -> selected.add(new Selected("attribute." + key, "attribute", key)));
        for (Selected facet : selected) {
            FacetPass.Counts counts = countIgnoring(query, vector, facet.ignored(), facet.field());
            approximate |= counts.approximate();
            if (facet.attributeKey() != null) {
                attributeCounts.put(facet.attributeKey(), counts.byField().get(facet.field()));
            } else {
                raw.put(facet.field(), counts.byField().get(facet.field()));
            }
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : List.of("listingType", "condition", "delivery", "category")) {
            facets.put(facet.equals("listingType") ? "type" : facet, raw.get(facet));
        }
        for (AttributeDefinition attribute : attributes) {
            Map<String, Long> terms = attributeCounts.getOrDefault(attribute.key(), raw.getOrDefault("attribute", Map.of()));
            String prefix = attribute.key().toLowerCase(Locale.ROOT) + "=";
            Map<String, Long> counts = new TreeMap<>();
            terms.forEach((term, count) -> {
                if (term.startsWith(prefix)) {
                    counts.put(term.substring(prefix.length()), count);
                }
            });
            facets.put("attr." + attribute.key(), counts);
        }
        return new Facets(facets, approximate);
    }

    /** The main query's total when exact, else (counted up to a threshold) the bound its filters give. */
    private long size(SearchQuery query, SearchResult<?> result) {
        return result.total().isHitCountExact() ? result.total().hitCountLowerBound()
                : Math.max(result.total().hitCountLowerBound(), pass.estimate(f -> filtersOnly(f, query, null)));
    }

    /**
     * One facet counted without its own selection: more matches than the results, whose number is bounded by the
     * filters without that selection (sampled when that bound is large).
     */
    private FacetPass.Counts countIgnoring(SearchQuery query, float @Nullable [] vector, String ignoredFacet,
            String field) {
        return phases.time("multi-select facet", () -> pass.count(
                f -> predicates.matching(f, query, vector, ignoredFacet), List.of(field),
                pass.estimate(f -> filtersOnly(f, query, ignoredFacet))));
    }

    static Set<String> multiSelectFacets() {
        return Set.copyOf(MULTI_SELECT);
    }
}
