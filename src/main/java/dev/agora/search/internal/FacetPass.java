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
 * Search-facets helper (issue 5): terms aggregations over the matches of a predicate, exact on a small result set and
 * over a {@link FacetSample} level on a large one (counting facets visits every document counted: a category of
 * 100,000 listings cost 40 ms at a million). How large a set is comes from a count in the coarse sample (1/256 of the
 * listings) of its filters alone, without the words: an upper bound (words only narrow) that costs a fraction of a
 * millisecond, where a query with words costs several in set-up alone; or from the main query's exact total.
 */
@Component
class FacetPass {

    /** Terms counts per field, scaled up from the sample {@code level} when approximate (level 0: exact). */
    record Counts(Map<String, Map<String, Long>> byField, int level) {

        boolean approximate() {
            return level > 0;
        }
    }

    static final int MAX_FACET_VALUES = 50;
    /** The level whose count estimates a set's size. */
    static final int ESTIMATE_LEVEL = 8;

    private final EntityManager entityManager;
    private final FacetSettings settings;
    private final FacetSampleIndex sampleIndex;

    FacetPass(EntityManager entityManager, FacetSettings settings, FacetSampleIndex sampleIndex) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.sampleIndex = sampleIndex;
    }

    /** About how many documents match: the count in the coarse sample, scaled. */
    long estimate(Function<SearchPredicateFactory, PredicateFinalStep> predicate) {
        return Search.session(entityManager).search(SearchListing.class)
                .where(f -> f.bool().must(predicate.apply(f)).filter(sample(f, ESTIMATE_LEVEL)))
                .fetchTotalHitCount() << ESTIMATE_LEVEL;
    }

    /** Whether a set of about this size is counted over a sample. */
    boolean sampled(long size) {
        return settings.sampling() && sampleIndex.complete() && size > settings.sampleAbove()
                && FacetSample.levelFor(size, settings.sampleSize()) > 0;
    }

    /** Adds the fields' aggregations to a query (exact counts in the query's own pass). */
    <H> SearchQueryOptionsStep<?, ?, H, ?, ?, ?> aggregate(SearchQueryOptionsStep<?, ?, H, ?, ?, ?> search,
            List<String> fields) {
        SearchQueryOptionsStep<?, ?, H, ?, ?, ?> step = search;
        for (String field : fields) {
            step = step.aggregation(AggregationKey.<Map<String, Long>>of(field),
                    f -> f.terms().field(field, String.class).maxTermCount(MAX_FACET_VALUES));
        }
        return step;
    }

    /** The exact counts a query asked for with {@link #aggregate}. */
    static Counts read(SearchResult<?> result, List<String> fields) {
        Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
        fields.forEach(field -> byField.put(field, result.aggregation(AggregationKey.<Map<String, Long>>of(field))));
        return new Counts(byField, 0);
    }

    /**
     * Counts in a pass of its own: exactly when {@code size} (exact, or an estimate: 0 in the coarse sample does not mean
     * none) is small, else over the sparsest
     * level that holds the wanted sample. A sample that shows the set is small after all is followed by an exact count;
     * one far thinner than wanted (the bound was loose: the words narrowed much) by one at the level its count asks for.
     */
    Counts count(Function<SearchPredicateFactory, PredicateFinalStep> matches, List<String> fields, long size) {
        if (fields.isEmpty()) {
            return new Counts(Map.of(), 0);
        }
        if (!sampled(size)) {
            return exact(matches, fields);
        }
        int level = FacetSample.levelFor(size, settings.sampleSize());
        SearchResult<?> sampled = sampledPass(matches, fields, level);
        long estimate = sampled.total().hitCountLowerBound() << level;
        if (!sampled(estimate)) {
            return exact(matches, fields); // a small set is counted exactly
        }
        int wanted = FacetSample.levelFor(estimate, settings.sampleSize());
        if (sampled.total().hitCountLowerBound() < settings.sampleSize() / 4 && wanted < level) {
            level = wanted;
            sampled = sampledPass(matches, fields, level);
        }
        Map<String, Map<String, Long>> byField = new LinkedHashMap<>();
        for (String field : fields) {
            Map<String, Long> scaled = new LinkedHashMap<>();
            int factor = level;
            terms(sampled, field).forEach((term, count) -> scaled.put(term, FacetSample.scaled(count, factor)));
            byField.put(field, scaled);
        }
        return new Counts(byField, level);
    }

    private SearchResult<?> sampledPass(Function<SearchPredicateFactory, PredicateFinalStep> matches,
            List<String> fields, int level) {
        return aggregate(Search.session(entityManager).search(SearchListing.class)
                .where(f -> f.bool().must(matches.apply(f)).filter(sample(f, level))), fields).fetch(0);
    }

    private Counts exact(Function<SearchPredicateFactory, PredicateFinalStep> matches, List<String> fields) {
        SearchResult<?> result = aggregate(Search.session(entityManager).search(SearchListing.class)
                .where(matches::apply), fields).fetch(0);
        return read(result, fields);
    }

    private static PredicateFinalStep sample(SearchPredicateFactory f, int level) {
        return f.match().field(FacetSample.FIELD).matching(Integer.toString(level));
    }

    private static Map<String, Long> terms(SearchResult<?> result, String field) {
        return result.aggregation(AggregationKey.<Map<String, Long>>of(field));
    }
}
