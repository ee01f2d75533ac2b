package dev.agora.search.internal;

import dev.agora.listings.AttributeDefinition;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a {@link SearchQuery} against the index: BM25 over title (boosted most), category names, attribute
 * values and description in English and German analysis; each word also matches its synonyms and, from
 * four letters on, with typos (one edit up to seven letters, two beyond). Filters never affect scores.
 */
@Component
class ListingSearch {

    static final int MAX_FACET_VALUES = 50;
    private static final List<String> FACETS = List.of("listingType", "condition", "delivery", "category", "attribute");

    private final EntityManager entityManager;
    private final Synonyms synonyms;

    ListingSearch(EntityManager entityManager, Synonyms synonyms) {
        this.entityManager = entityManager;
        this.synonyms = synonyms;
    }

    @Transactional(readOnly = true)
    public SearchOutcome search(SearchQuery query) {
        SearchResult<UUID> result = run(query);
        List<UUID> ids = result.hits();
        long total = result.total().hitCountLowerBound();
        Integer next = query.offset() + ids.size() < total ? query.offset() + ids.size() : null;
        String didYouMean = total == 0 && !query.terms().isEmpty() ? DidYouMean.suggest(query, this) : null;
        return new SearchOutcome(ids, total, facets(query, result), next, didYouMean);
    }

    SearchResult<UUID> run(SearchQuery query) {
        SearchSession session = Search.session(entityManager);
        var search = session.search(SearchListing.class)
                .select(f -> f.id(UUID.class))
                .where(f -> predicate(f, query))
                .sort(f -> switch (query.sort()) {
                    case NEWEST -> f.field("publishedAt").desc();
                    case PRICE_ASC -> f.field("priceMinor").asc().then().field("publishedAt").desc();
                    case PRICE_DESC -> f.field("priceMinor").desc().then().field("publishedAt").desc();
                    case DISTANCE -> f.distance("location",
                            GeoPoint.of(query.near().latitude(), query.near().longitude()));
                    case RELEVANCE -> f.score().then().field("publishedAt").desc();
                });
        for (String facet : FACETS) {
            search = search.aggregation(AggregationKey.<Map<String, Long>>of(facet),
                    f -> f.terms().field(facet, String.class).maxTermCount(MAX_FACET_VALUES));
        }
        return search.fetch(query.offset(), query.limit());
    }

    /** Whether the index holds this listing yet (indexing runs shortly after the commit). */
    @Transactional(readOnly = true)
    public boolean isIndexed(UUID id) {
        return Search.session(entityManager).search(SearchListing.class).where(f -> f.id().matching(id))
                .fetchTotalHitCount() > 0;
    }

    @Transactional(readOnly = true)
    public boolean matches(SearchQuery query, UUID listing) {
        return run(query.onlyFor(listing)).total().hitCountLowerBound() > 0;
    }

    List<String> titles(List<UUID> ids) {
        return ids.stream().map(id -> entityManager.find(SearchListing.class, id)).filter(java.util.Objects::nonNull)
                .map(SearchListing::getTitle).toList();
    }

    private org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(
            SearchPredicateFactory f, SearchQuery query) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (query.terms().isEmpty()) {
            bool.must(f.matchAll());
        }
        for (String term : query.terms()) {
            bool.must(termMatch(f, term));
        }
        if (query.category() != null) {
            bool.filter(f.match().field("category").matching(query.category().id().toString()));
        }
        if (query.minPriceMinor() != null || query.maxPriceMinor() != null) {
            bool.filter(f.range().field("priceMinor").between(query.minPriceMinor(), query.maxPriceMinor()));
        }
        anyOf(f, bool, "condition", query.conditions());
        for (String option : query.delivery()) {
            bool.filter(f.match().field("delivery").matching(option));
        }
        if (query.type() != null) {
            bool.filter(f.match().field("listingType").matching(query.type()));
        }
        query.attributes().forEach((key, values) ->
                anyOf(f, bool, "attribute", values.stream().map(v -> key + "=" + v).toList()));
        if (query.near() != null) {
            bool.filter(f.spatial().within().field("location").circle(
                    GeoPoint.of(query.near().latitude(), query.near().longitude()), query.radiusKm(),
                    DistanceUnit.KILOMETERS));
        }
        if (query.availableFrom() != null) {
            bool.mustNot(f.range().field("blocked").between(query.availableFrom(), query.availableTo()));
        }
        if (query.onlyListing() != null) {
            bool.filter(f.id().matching(query.onlyListing()));
        }
        if (query.sellerId() != null) {
            bool.filter(f.match().field("sellerId").matching(UUID.fromString(query.sellerId())));
        }
        return bool;
    }

    /** A word in any text field, its synonyms, or (long enough) a near miss of it. */
    private org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep termMatch(
            SearchPredicateFactory f, String term) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        any.should(textFields(f).matching(term).boost(2f));
        int edits = term.length() < 4 ? 0 : term.length() < 8 ? 1 : 2;
        if (edits > 0) {
            any.should(textFields(f).matching(term).fuzzy(edits, 1));
        }
        for (String synonym : synonyms.of(term)) {
            any.should(textFields(f).matching(synonym).boost(1.5f));
        }
        return any;
    }

    private static org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep<?, ?> textFields(
            SearchPredicateFactory f) {
        return f.match().field("title").boost(4f).field("title_de").boost(4f)
                .field("category_text").boost(2f).field("category_text_de").boost(2f)
                .field("attribute_text").boost(1.5f)
                .field("description").field("description_de");
    }

    private static void anyOf(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String field,
            java.util.Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        values.forEach(v -> any.should(f.match().field(field).matching(v)));
        bool.filter(any);
    }

    private static Map<String, Map<String, Long>> facets(SearchQuery query, SearchResult<UUID> result) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : List.of("listingType", "condition", "delivery", "category")) {
            facets.put(facet.equals("listingType") ? "type" : facet,
                    result.aggregation(AggregationKey.<Map<String, Long>>of(facet)));
        }
        if (query.category() != null) {
            Map<String, Long> terms = result.aggregation(AggregationKey.<Map<String, Long>>of("attribute"));
            for (AttributeDefinition attribute : query.category().attributes()) {
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
}
