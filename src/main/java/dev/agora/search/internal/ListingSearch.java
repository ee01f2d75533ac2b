package dev.agora.search.internal;

import dev.agora.listings.AttributeDefinition;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a {@link SearchQuery} against the index. Keywords: BM25 over title (boosted most), category names,
 * attribute values and description in English and German analysis; each word also matches its synonyms and,
 * from four letters on, with typos (one edit up to seven letters, two beyond). Meaning: the nearest listing
 * vectors to the query's sentence embedding (HNSW), fused with the keyword ranking by reciprocal rank fusion.
 * Filters never affect scores; freshness and seller rating add small documented boosts.
 */
@Component
class ListingSearch {

    static final int MAX_FACET_VALUES = 50;
    /** Facets whose counts ignore their own selection (choosing one value keeps the others' counts visible). */
    private static final List<String> MULTI_SELECT = List.of("listingType", "condition", "attribute");
    private static final List<String> FACETS = List.of("listingType", "condition", "delivery", "category", "attribute");

    private final EntityManager entityManager;
    private final Synonyms synonyms;
    private final SentenceEmbeddings embeddings;
    private final SearchSettings settings;
    private final Clock clock;

    ListingSearch(EntityManager entityManager, Synonyms synonyms, SentenceEmbeddings embeddings,
            SearchSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.synonyms = synonyms;
        this.embeddings = embeddings;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SearchOutcome search(SearchQuery query) {
        return search(query, settings.semantic().enabled());
    }

    /** With {@code semantic} false: keywords alone, whatever the configuration says (tests compare both). */
    @Transactional(readOnly = true)
    public SearchOutcome search(SearchQuery query, boolean semantic) {
        float @Nullable [] vector = semantic && !query.terms().isEmpty()
                ? embeddings.queryVector(query.text()).orElse(null) : null;
        SearchResult<UUID> result = run(query, vector, true);
        long total = result.total().hitCountLowerBound();
        List<UUID> ids = result.hits();
        if (vector != null && query.sort() == SearchQuery.Sort.RELEVANCE) {
            ids = fused(query, vector);
        }
        Integer next = query.offset() + ids.size() < total ? query.offset() + ids.size() : null;
        // offered when the words match nothing, even if listings close in meaning were found
        boolean noKeywordMatch = total == 0 || vector != null && total <= settings.semantic().candidates()
                && run(query.withTerms(query.terms(), 1)).total().hitCountLowerBound() == 0;
        String didYouMean = noKeywordMatch && !query.terms().isEmpty() ? DidYouMean.suggest(query, this) : null;
        return new SearchOutcome(ids, total, facets(query, vector, result), next, didYouMean);
    }

    /** Keyword-only hits (did-you-mean, saved-search alerts). */
    SearchResult<UUID> run(SearchQuery query) {
        return run(query, null, false);
    }

    private SearchResult<UUID> run(SearchQuery query, float @Nullable [] vector, boolean withFacets) {
        SearchSession session = Search.session(entityManager);
        var search = session.search(SearchListing.class)
                .select(f -> f.id(UUID.class))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool();
                    filters(f, bool, query, null);
                    if (vector == null) {
                        bool.must(keywords(f, query));
                    } else {
                        bool.must(f.bool().should(keywords(f, query)).should(nearest(f, query, vector, null)));
                    }
                    return bool;
                })
                .sort(f -> switch (query.sort()) {
                    case NEWEST -> f.field("publishedAt").desc();
                    case PRICE_ASC -> f.field("priceMinor").asc().then().field("publishedAt").desc();
                    case PRICE_DESC -> f.field("priceMinor").desc().then().field("publishedAt").desc();
                    case DISTANCE -> f.distance("location",
                            GeoPoint.of(query.near().latitude(), query.near().longitude()));
                    case RELEVANCE -> f.score().then().field("publishedAt").desc();
                });
        if (withFacets) {
            for (String facet : FACETS) {
                search = search.aggregation(AggregationKey.<Map<String, Long>>of(facet),
                        f -> f.terms().field(facet, String.class).maxTermCount(MAX_FACET_VALUES));
            }
        }
        return search.fetch(query.offset(), query.limit());
    }

    /**
     * Reciprocal rank fusion of the keyword ranking and the nearest neighbours: each list contributes
     * 1 / (k + rank); a listing found both ways rises. Ties go to the keyword ranking.
     */
    private List<UUID> fused(SearchQuery query, float[] vector) {
        int wanted = query.offset() + query.limit();
        int depth = Math.max(wanted, settings.semantic().candidates());
        SearchSession session = Search.session(entityManager);
        List<UUID> keyword = session.search(SearchListing.class).select(f -> f.id(UUID.class))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool();
                    filters(f, bool, query, null);
                    return bool.must(keywords(f, query));
                })
                .sort(f -> f.score().then().field("publishedAt").desc())
                .fetchHits(depth);
        List<UUID> semantic = session.search(SearchListing.class).select(f -> f.id(UUID.class))
                .where(f -> nearest(f, query, vector, null))
                .fetchHits(depth);
        return ReciprocalRankFusion.fuse(keyword, semantic, settings.semantic().rrfK())
                .stream().skip(query.offset()).limit(query.limit()).toList();
    }

    /** The listings nearest in meaning to a vector (more like this, for you), leaving some and a seller's out. */
    @Transactional(readOnly = true)
    public List<UUID> neighbours(float[] vector, Collection<UUID> excluded, @Nullable UUID excludedSeller, int limit) {
        return Search.session(entityManager).search(SearchListing.class).select(f -> f.id(UUID.class))
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> allowed = f.bool().must(f.matchAll());
                    if (!excluded.isEmpty()) {
                        allowed.mustNot(f.id().matchingAny(excluded));
                    }
                    if (excludedSeller != null) {
                        allowed.mustNot(f.match().field("sellerId").matching(excludedSeller));
                    }
                    return f.knn(limit).field("embedding").matching(vector).filter(allowed);
                })
                .fetchHits(limit);
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

    private PredicateFinalStep nearest(SearchPredicateFactory f, SearchQuery query, float[] vector,
            @Nullable String ignoredFacet) {
        BooleanPredicateClausesStep<?, ?> within = f.bool().must(f.matchAll());
        filters(f, within, query, ignoredFacet);
        return f.knn(settings.semantic().candidates()).field("embedding").matching(vector)
                .filter(within)
                .requiredMinimumSimilarity((float) settings.semantic().minSimilarity());
    }

    /** Every word must match; fresher listings and better-rated sellers rank a little higher. */
    private PredicateFinalStep keywords(SearchPredicateFactory f, SearchQuery query) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool();
        if (query.terms().isEmpty()) {
            bool.must(f.matchAll());
        }
        for (String term : query.terms()) {
            bool.must(termMatch(f, term));
        }
        Instant now = clock.instant();
        bool.should(f.range().field("publishedAt").atLeast(now.minus(Duration.ofDays(7))).constantScore().boost(0.5f));
        bool.should(f.range().field("publishedAt").atLeast(now.minus(Duration.ofDays(30))).constantScore().boost(0.25f));
        bool.should(f.range().field("sellerRating").atLeast(4.5).constantScore().boost(0.5f));
        bool.should(f.range().field("sellerRating").atLeast(4.0).constantScore().boost(0.25f));
        return bool;
    }

    /** Adds every filter of the query except the selection of {@code ignoredFacet} (for multi-select counts). */
    private static void filters(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, SearchQuery query,
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

    /**
     * Facet counts of the whole result set. A facet with a selection (type, condition, an attribute) is counted
     * as if its own selection were not made, so the other values stay visible with their counts (multi-select);
     * delivery options must all be offered, so their counts do narrow.
     */
    private Map<String, Map<String, Long>> facets(SearchQuery query, float @Nullable [] vector,
            SearchResult<UUID> result) {
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
        return Search.session(entityManager).search(SearchListing.class)
                .where(f -> {
                    BooleanPredicateClausesStep<?, ?> bool = f.bool();
                    filters(f, bool, query, ignoredFacet);
                    if (vector == null) {
                        return bool.must(keywords(f, query));
                    }
                    return bool.must(f.bool().should(keywords(f, query)).should(nearest(f, query, vector, ignoredFacet)));
                })
                .aggregation(key, f -> f.terms().field(field, String.class).maxTermCount(MAX_FACET_VALUES))
                .fetch(0).aggregation(key);
    }

    static Set<String> multiSelectFacets() {
        return Set.copyOf(MULTI_SELECT);
    }
}
