package dev.agora.search.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
 * names, attribute values and description. Issue 12: the title and description are analysed neutrally for every
 * listing and once more with the analyser of the listing's language (en, de, fr, es); category names and
 * attribute values exist in all four languages. A query word is matched against every language's fields, each
 * analysing it its own way, so it meets listings in any of the four. Each concept of the query (a word, or a
 * phrase the dictionary knows, see {@link QueryExpansion}) must match, by its words, by its other names in the
 * synonym sets and the localised taxonomy, or, from four letters on, with typos (one edit up to seven letters,
 * two beyond) when the word is rare in the index ({@link IndexedWords}); stop words are optional. Filters never affect
 * scores.
 */
@Component
class SearchPredicates {

    private final QueryExpansion expansion;
    private final SearchSettings settings;
    private final Clock clock;
    private final IndexedWords indexed;

    SearchPredicates(QueryExpansion expansion, SearchSettings settings, Clock clock, IndexedWords indexed) {
        this.expansion = expansion;
        this.indexed = indexed;
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

    /**
     * Filters and words, or one of the given listings (the nearest vectors a kNN found before, within these
     * filters): the same matches as {@link #matching} with a vector, without a second graph walk. The listings count
     * as matches but add nothing to the score, so a listing's score is its keyword score, and 0 when only its vector
     * matched (a keyword match always scores above 0).
     */
    PredicateFinalStep matchingOrAmong(SearchPredicateFactory f, SearchQuery query, Collection<UUID> nearest) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        filters(f, bool, query, null);
        if (nearest.isEmpty()) {
            return bool.must(keywords(f, query));
        }
        return bool.must(f.bool().should(keywords(f, query))
                .should(f.id().matchingAny(nearest).constantScore().boost(0f)));
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
        BooleanPredicateClausesStep<?, ?> within = f.bool();
        filters(f, within, query, ignoredFacet);
        var knn = f.knn(settings.semantic().candidates()).field("embedding").matching(vector);
        if (within.hasClause()) {
            // (match-all gives a filter of only exclusions something to exclude from)
            knn = knn.filter(within.must(f.matchAll()));
        }
        // no filter at all rather than a match-all one: Lucene would build a bitset of every document per query
        return knn.requiredMinimumSimilarity((float) minSimilarity);
    }

    /**
     * Every word must match. The {@link RelevanceBoosts} that reorder near-equal matches are added to the top hits
     * ({@link RescoredHits}) rather than to this query: as optional clauses they kept Lucene from skipping documents
     * that cannot reach the top hits. Without words there is no BM25 to rank by and they stay clauses here.
     */
    PredicateFinalStep keywords(SearchPredicateFactory f, SearchQuery query) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (query.terms().isEmpty()) {
            bool.must(f.matchAll());
            RelevanceBoosts.add(f, bool, clock.instant());
        }
        List<QueryExpansion.Concept> concepts = expansion.concepts(query.terms());
        // one look at the index for all the words (each look opens an index reader)
        Set<String> common = indexed.common(concepts.stream().filter(c -> !c.optional() && c.words().size() == 1)
                .map(QueryExpansion.Concept::text).filter(term -> term.length() >= 4).toList());
        for (QueryExpansion.Concept concept : concepts) {
            if (concept.optional()) {
                bool.should(textFields(f).matching(concept.text()));
            } else {
                bool.must(conceptMatch(f, concept, common));
            }
        }
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

    /** A concept in any text field, by its own words, its other names, or (a long enough word) a near miss. */
    private static PredicateFinalStep conceptMatch(SearchPredicateFactory f, QueryExpansion.Concept concept,
            Set<String> common) {
        BooleanPredicateClausesStep<?, ?> any = f.bool();
        any.should(textMatch(f, concept.text(), 2f));
        if (concept.words().size() == 1) {
            String term = concept.text();
            int edits = term.length() < 4 ? 0 : term.length() < 8 ? 1 : 2;
            // search-keyword helper: a word many listings hold is no typo; near misses of it are only noise and cost
            if (edits > 0 && !common.contains(term)) {
                any.should(typoFields(f).matching(term).fuzzy(edits, 1));
            }
        }
        for (String alternative : concept.alternatives()) {
            any.should(textMatch(f, alternative, 1.5f));
        }
        return any;
    }

    /** One word: matched in every field; several: as a phrase (two other words may come between). */
    private static PredicateFinalStep textMatch(SearchPredicateFactory f, String text, float boost) {
        if (text.indexOf(' ') < 0) {
            return textFields(f).matching(text).boost(boost);
        }
        var phrase = f.phrase().field(TEXT_FIELDS[0]).boost(TEXT_BOOSTS[0]);
        for (int i = 1; i < TEXT_FIELDS.length; i++) {
            phrase = phrase.field(TEXT_FIELDS[i]).boost(TEXT_BOOSTS[i]);
        }
        return phrase.matching(text).slop(2).boost(boost);
    }

    /**
     * Search-keyword helper: the fields a query searches. Category names and attribute values are searched in their
     * English analysis only: they hold every language's names, and the query's other-language forms reach them
     * through the taxonomy (a German plural is looked up by its German stem and brings every name of the category),
     * so the German, French and Spanish analyses of the same names only repeated the same matches (docs/decisions).
     */
    static final String[] TEXT_FIELDS = {"title", "title_en", "title_de", "title_fr", "title_es",
        "category_text", "attribute_text",
        "description", "description_en", "description_de", "description_fr", "description_es"};
    static final float[] TEXT_BOOSTS = {4f, 4f, 4f, 4f, 4f, 2f, 1.5f, 1f, 1f, 1f, 1f, 1f};

    private static MatchPredicateFieldMoreStep<?, ?> textFields(SearchPredicateFactory f) {
        var match = f.match().field(TEXT_FIELDS[0]).boost(TEXT_BOOSTS[0]);
        for (int i = 1; i < TEXT_FIELDS.length; i++) {
            match = match.field(TEXT_FIELDS[i]).boost(TEXT_BOOSTS[i]);
        }
        return match;
    }

    /** Typos are matched on the unstemmed words (a stem is no word to be near) and on category names. */
    private static MatchPredicateFieldMoreStep<?, ?> typoFields(SearchPredicateFactory f) {
        return f.match().field("title").boost(4f).field("category_text").boost(2f).field("attribute_text").boost(1.5f)
                .field("description");
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
