package dev.agora.search.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the predicates and sorts of a {@link SearchQuery}. Keywords: BM25 over title (boosted most), category
 * names, attribute values and description in English and German analysis; each word also matches its synonyms
 * and, from four letters on, with typos (one edit up to seven letters, two beyond). Filters never affect scores.
 */
@Component
class SearchPredicates {

    private final Synonyms synonyms;
    private final SearchSettings settings;
    private final Clock clock;

    SearchPredicates(Synonyms synonyms, SearchSettings settings, Clock clock) {
        this.synonyms = synonyms;
        this.settings = settings;
        this.clock = clock;
    }

    /** Filters and words (and, with a vector, nearest neighbours as an alternative to the words). */
    PredicateFinalStep matching(SearchPredicateFactory f, SearchQuery query, float @Nullable [] vector,
            @Nullable String ignoredFacet) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        filters(f, bool, query, ignoredFacet);
        if (vector == null) {
            return bool.must(keywords(f, query));
        }
        return bool.must(f.bool().should(keywords(f, query)).should(nearest(f, query, vector, ignoredFacet)));
    }

    SortFinalStep sort(SearchSortFactory f, SearchQuery query) {
        return switch (query.sort()) {
            case NEWEST -> f.field("publishedAt").desc();
            case PRICE_ASC -> f.field("priceMinor").asc().then().field("publishedAt").desc();
            case PRICE_DESC -> f.field("priceMinor").desc().then().field("publishedAt").desc();
            case DISTANCE -> f.distance("location", GeoPoint.of(query.near().latitude(), query.near().longitude()));
            case RATING -> f.field("sellerRating").desc().missing().last().then().score().then().field("publishedAt").desc();
            case RELEVANCE -> f.score().then().field("publishedAt").desc();
        };
    }

    /** The nearest listing vectors within the query's filters (HNSW), close enough to count as a match. */
    PredicateFinalStep nearest(SearchPredicateFactory f, SearchQuery query, float[] vector,
            @Nullable String ignoredFacet) {
        return nearest(f, query, vector, ignoredFacet, settings.semantic().minSimilarity());
    }

    /** With another minimum similarity (the relevance suite retrieves once and tries several). */
    PredicateFinalStep nearest(SearchPredicateFactory f, SearchQuery query, float[] vector,
            @Nullable String ignoredFacet, double minSimilarity) {
        BooleanPredicateClausesStep<?, ?> within = f.bool().must(f.matchAll());
        filters(f, within, query, ignoredFacet);
        return f.knn(settings.semantic().candidates()).field("embedding").matching(vector)
                .filter(within)
                .requiredMinimumSimilarity((float) minSimilarity);
    }

    /** Every word must match; the {@link RelevanceBoosts} reorder near-equal matches. */
    PredicateFinalStep keywords(SearchPredicateFactory f, SearchQuery query) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (query.terms().isEmpty()) {
            bool.must(f.matchAll());
        }
        for (String term : query.terms()) {
            bool.must(termMatch(f, term));
        }
        RelevanceBoosts.add(f, bool, clock.instant());
        return bool;
    }

    /** Adds every filter of the query except the selection of {@code ignoredFacet} (for multi-select counts). */
    void filters(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, SearchQuery query,
            @Nullable String ignoredFacet) {
        if (query.category() != null) {
            bool.filter(f.match().field("category").matching(query.category().id().toString()));
        }
        if (query.minPriceMinor() != null || query.maxPriceMinor() != null) {
            bool.filter(f.range().field("priceMinor").between(query.minPriceMinor(), query.maxPriceMinor()));
        }
        if (!"condition".equals(ignoredFacet)) {
            anyOf(f, bool, "condition", query.conditions());
        }
        for (String option : query.delivery()) {
            bool.filter(f.match().field("delivery").matching(option));
        }
        if (query.type() != null && !"listingType".equals(ignoredFacet)) {
            bool.filter(f.match().field("listingType").matching(query.type()));
        }
        query.attributes().forEach((key, values) -> {
            if (!("attribute." + key).equals(ignoredFacet)) {
                anyOf(f, bool, "attribute", values.stream().map(v -> key + "=" + v).toList());
            }
        });
        if (query.near() != null) {
            bool.filter(f.spatial().within().field("location").circle(
                    GeoPoint.of(query.near().latitude(), query.near().longitude()), query.radiusKm(),
                    DistanceUnit.KILOMETERS));
        }
        if (query.availableFrom() != null) {
            bool.mustNot(f.range().field("blocked").between(query.availableFrom(), query.availableTo()));
        }
        if (query.minRating() != null) {
            bool.filter(f.range().field("sellerRating").atLeast(query.minRating()));
        }
        if (query.verifiedOnly()) {
            bool.filter(f.match().field("sellerVerified").matching(true));
        }
        if (query.onlyListing() != null) {
            bool.filter(f.id().matching(query.onlyListing()));
        }
        if (query.sellerId() != null) {
            bool.filter(f.match().field("sellerId").matching(UUID.fromString(query.sellerId())));
        }
    }

    /** A word in any text field, its synonyms, or (long enough) a near miss of it. */
    private PredicateFinalStep termMatch(SearchPredicateFactory f, String term) {
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

    private static MatchPredicateFieldMoreStep<?, ?> textFields(SearchPredicateFactory f) {
        return f.match().field("title").boost(4f).field("title_de").boost(4f)
                .field("category_text").boost(2f).field("category_text_de").boost(2f)
                .field("attribute_text").boost(1.5f)
                .field("description").field("description_de");
    }

    private static void anyOf(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String field,
            Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        values.forEach(v -> any.should(f.match().field(field).matching(v)));
        bool.filter(any);
    }
}
