package dev.agora.search.internal;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Search-facets helper (issue 5): one pass of terms aggregations over the matches of a predicate, exact on a small
 * result set and over a {@link FacetSample} level on a large one (counting facets visits every document counted: a
 * category of 100,000 listings cost 40 ms at a million). Whether a set is large is known from the main query's total
 * when it is exact, otherwise estimated by counting the matches in the coarse sample (1/256 of the listings).
 */
@Component
class FacetPass {

    /** Terms counts per field, scaled up from the sample {@code level} when approximate (level 0: exact). */
    record Counts(Map<String, Map<String, Long>> byField, int level) {

        boolean approximate() {
            return level > 0;
        }
    }

    /** How large a result set is: its size, or a lower bound of it. */
    record Size(long lowerBound, boolean exact) {}

    static final int MAX_FACET_VALUES = 50;
    /** The level whose count estimates a result set's size when nothing says how large it is. */
    static final int ESTIMATE_LEVEL = 8;

    private final EntityManager entityManager;
    private final FacetSettings settings;
    private final FacetSampleIndex sampleIndex;

    FacetPass(EntityManager entityManager, FacetSettings settings, FacetSampleIndex sampleIndex) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.sampleIndex = sampleIndex;
    }

    /**
     * @param matches the result set to count
     * @param estimating a cheaper predicate for about the same set (without a kNN), to estimate its size from the
     *     coarse sample when {@code size} is not exact
     */
    Counts count(Function<SearchPredicateFactory, PredicateFinalStep> matches,
            Function<SearchPredicateFactory, PredicateFinalStep> estimating, List<String> fields, Size size) {
        if (fields.isEmpty() || size.exact() && size.lowerBound() == 0) {
            Map<String, Map<String, Long>> none = new LinkedHashMap<>();
            fields.forEach(field -> none.put(field, Map.of()));
            return new Counts(none, 0);
        }
        if (!settings.sampling() || !sampleIndex.complete()) {
            return exact(matches, fields);
        }
        long estimate = size.exact() ? size.lowerBound() : Math.max(size.lowerBound(), estimate(estimating));
        int level = estimate > settings.sampleAbove() ? FacetSample.levelFor(estimate, settings.sampleSize()) : 0;
        if (level == 0) {
            return exact(matches, fields);
        }
        SearchResult<?> sampled = run(f -> f.bool().must(matches.apply(f))
                .filter(f.match().field(FacetSample.FIELD).matching(Integer.toString(level))), fields);
        if (sampled.total().hitCountLowerBound() << level <= settings.sampleAbove()) {
            return exact(matches, fields); // the estimate was too high: a small set is counted exactly
        }
        Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
        for (String field : fields) {
            Map<String, Long> scaled = new LinkedHashMap<>();
            terms(sampled, field).forEach((term, count) -> scaled.put(term, FacetSample.scaled(count, level)));
            byField.put(field, scaled);
        }
        return new Counts(byField, level);
    }

    private long estimate(Function<SearchPredicateFactory, PredicateFinalStep> estimating) {
        return Search.session(entityManager).search(SearchListing.class)
                .where(f -> f.bool().must(estimating.apply(f))
                        .filter(f.match().field(FacetSample.FIELD).matching(Integer.toString(ESTIMATE_LEVEL))))
                .fetchTotalHitCount() << ESTIMATE_LEVEL;
    }

    private Counts exact(Function<SearchPredicateFactory, PredicateFinalStep> matches, List<String> fields) {
        SearchResult<?> result = run(matches, fields);
        Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
        fields.forEach(field -> byField.put(field, terms(result, field)));
        return new Counts(byField, 0);
    }

    private SearchResult<?> run(Function<SearchPredicateFactory, PredicateFinalStep> predicate, List<String> fields) {
        SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> step = Search.session(entityManager).search(SearchListing.class)
                .where(predicate::apply);
        for (String field : fields) {
            step = step.aggregation(AggregationKey.<Map<String, Long>>of(field),
                    f -> f.terms().field(field, String.class).maxTermCount(MAX_FACET_VALUES));
        }
        return step.fetch(0);
    }

    private static Map<String, Long> terms(SearchResult<?> result, String field) {
        return result.aggregation(AggregationKey.<Map<String, Long>>of(field));
    }
}
