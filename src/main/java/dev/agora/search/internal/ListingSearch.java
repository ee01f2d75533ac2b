package dev.agora.search.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs a {@link SearchQuery} against the index: keywords and filters ({@link SearchPredicates}), and for
 * relevance with words the nearest listing vectors to the query's sentence embedding (HNSW) fused with the
 * keyword ranking by {@link HybridRanking} ("no close match" when nothing is near); the relevance boosts on the top
 * hits ({@link RescoredHits}); facet counts from {@link FacetCounts} when the query asks for them, otherwise a count up
 * to the query's threshold; "did you mean" when the words match nothing ({@link DidYouMean}).
 */
@Component
class ListingSearch {

    private final EntityManager entityManager;
    private final SearchPredicates predicates;
    private final FacetCounts facets;
    private final SentenceEmbeddings embeddings;
    private final SearchSettings settings;
    private final HybridRanking ranking;
    private final SearchPhases phases;
    private final RescoredHits hits;

    ListingSearch(EntityManager entityManager, SearchPredicates predicates, FacetCounts facets,
            SentenceEmbeddings embeddings, SearchSettings settings, HybridRanking ranking, SearchPhases phases,
            RescoredHits hits) {
        this.hits = hits;
        this.ranking = ranking;
        this.phases = phases;
        this.entityManager = entityManager;
        this.predicates = predicates;
        this.facets = facets;
        this.embeddings = embeddings;
        this.settings = settings;
    }

    @Transactional(readOnly = true)
    public SearchOutcome search(SearchQuery query) {
        return search(query, settings.semantic().enabled());
    }

    /** With {@code semantic} false: keywords alone, whatever the configuration says (tests compare both). */
    @Transactional(readOnly = true)
    public SearchOutcome search(SearchQuery query, boolean semantic) {
        float @Nullable [] vector = semantic && !query.terms().isEmpty()
                ? phases.time(SearchPhases.EMBEDDING, () -> embeddings.queryVector(query.text()).orElse(null)) : null;
        if (vector != null && query.sort() == SearchQuery.Sort.RELEVANCE) {
            return fused(query, vector);
        }
        RescoredHits.Page page = phases.time("main", () -> hits.fetch(query, session().search(SearchListing.class)
                .select(f -> RescoredHits.rescores(query) ? RescoredHits.candidate(f) : RescoredHits.idOnly(f))
                .where(f -> predicates.matching(f, query, vector, null))
                .sort(f -> predicates.sort(f, query))));
        long total = page.total();
        Integer next = page.more() ? query.offset() + page.ids().size() : null;
        // offered when the words match nothing, even if listings close in meaning were found
        boolean noKeywordMatch = total == 0 || vector != null && total <= settings.semantic().candidates()
                && phases.time("keyword count", () -> run(query.withTerms(query.terms(), 1), null, 0))
                        .total().hitCountLowerBound() == 0;
        String didYouMean = noKeywordMatch && !query.terms().isEmpty() ? DidYouMean.suggest(query, this) : null;
        FacetCounts.Facets counts = query.facets() ? facets.of(query, vector, page.result()) : NO_FACETS;
        return new SearchOutcome(page.ids(), total, page.exact(), counts.counts(), next, didYouMean, false, List.of(),
                counts.approximate());
    }

    /** Facet counts are computed when the query asks for them (the page always does; the API with {@code facets=true}). */
    private static final FacetCounts.Facets NO_FACETS = new FacetCounts.Facets(Map.of(), false);

    /**
     * A relevance page with words and a vector, ordered by the fused ranking: one kNN and one keyword query that also
     * counts and facets ({@link HybridRanking#rankCounted}), plus a count per multi-select facet with a selection.
     */
    private SearchOutcome fused(SearchQuery query, float[] vector) {
        // the same fusion for every page (a deeper kNN would reorder it, and pages would overlap); pages past it
        // continue in keyword order, fetched down to the page's end and one more (whether another page follows)
        int pageEnd = query.offset() + query.limit();
        HybridRanking.Counted counted = ranking.rankCounted(query, vector, settings.semantic().candidates(), pageEnd);
        HybridRanking.Ranking ranked = counted.ranking();
        // offered when the words match nothing (a keyword match always scores above 0 and sorts first, so none among
        // the hits means none at all), even if listings close in meaning were found; but not for a sentence (as
        // NoCloseMatch reads one) that found listings by its meaning: respelling a need helps nobody, and it cost a
        // Lucene query per word
        boolean noKeywordMatch = ranked.keyword().isEmpty() && (ranked.fused().isEmpty() || ranked.noCloseMatch()
                || !NoCloseMatch.phrasedAsSentence(query.terms(), ranked.route()));
        String didYouMean = noKeywordMatch ? DidYouMean.suggest(query, this) : null;
        if (ranked.noCloseMatch()) {
            // look-alikes are no answer: say so, and point at where the nearest listings live
            double floor = settings.semantic().fusionMinSimilarity();
            List<ScoredHit> nearest = counted.nearest().stream().filter(h -> h.score() >= floor).limit(10).toList();
            List<String> related = phases.time("related categories", () -> relatedCategories(nearest));
            return new SearchOutcome(List.of(), 0, true, Map.of(), null, didYouMean, true, related, false);
        }
        List<UUID> all = counted.ids();
        List<UUID> ids = all.stream().skip(query.offset()).limit(query.limit()).toList();
        // weak neighbours order the page without counting as matches elsewhere; the pages still reach them
        long total = Math.max(counted.counted().total().hitCountLowerBound(), all.size());
        boolean exact = counted.counted().total().isHitCountExact();
        int shown = query.offset() + ids.size();
        boolean more = all.size() > shown || exact && shown < total;
        List<UUID> matches = counted.nearest().stream().filter(h -> h.score() >= settings.semantic().minSimilarity())
                .map(ScoredHit::id).toList();
        FacetCounts.Facets counts = query.facets() ? facets.of(query, vector, matches, counted.counted()) : NO_FACETS;
        return new SearchOutcome(ids, total, exact, counts.counts(), more ? shown : null, didYouMean, false, List.of(),
                counts.approximate());
    }

    /** Leaf categories of the nearest listings (from fusion-min-similarity on), most frequent first (at most three). */
    private List<String> relatedCategories(List<ScoredHit> nearest) {
        List<UUID> ids = nearest.stream().limit(10).map(ScoredHit::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // one statement for the ten, then in the order of their similarity (ties keep the nearer category first)
        Map<UUID, SearchListing> loaded = entityManager.createQuery(
                        "select s from SearchListing s where s.id in :ids", SearchListing.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(SearchListing::getId, s -> s));
        Map<String, Long> counts = ids.stream().map(loaded::get).filter(Objects::nonNull)
                .map(SearchListing::getCategoryIds).filter(path -> !path.isEmpty()).map(List::getFirst)
                .collect(Collectors.groupingBy(c -> c, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).limit(3).toList();
    }

    /** Keyword-only hits (did-you-mean, saved-search alerts). */
    SearchResult<UUID> run(SearchQuery query) {
        return phases.time("keyword only (did you mean)", () -> run(query, null, query.limit()));
    }

    /** Hits by BM25 alone (no boosts: these callers only ask "which match best" or "does any match"), no facets. */
    private SearchResult<UUID> run(SearchQuery query, float @Nullable [] vector, int limit) {
        return session().search(SearchListing.class)
                .select(f -> f.id(UUID.class))
                .where(f -> predicates.matching(f, query, vector, null))
                .sort(f -> predicates.sort(f, query))
                .totalHitCountThreshold(query.countUpTo())
                .fetch(query.offset(), limit);
    }

    /**
     * The listings nearest in meaning to a vector (more like this, for you), leaving some and a seller's out.
     * The graph walk explores as many candidates as a relevance search does: HNSW asked for one neighbour
     * alone can stop at a near-duplicate and miss the nearest.
     */
    @Transactional(readOnly = true)
    public List<UUID> neighbours(float[] vector, Collection<UUID> excluded, @Nullable UUID excludedSeller, int limit) {
        int explored = Math.max(limit, settings.semantic().candidates());
        return session().search(SearchListing.class).select(f -> f.id(UUID.class))
                .where(f -> {
                    var knn = f.knn(explored).field("embedding").matching(vector);
                    if (excluded.isEmpty() && excludedSeller == null) {
                        return knn; // no match-all filter: Lucene would build a bitset of every document
                    }
                    BooleanPredicateClausesStep<?, ?> allowed = f.bool().must(f.matchAll());
                    if (!excluded.isEmpty()) {
                        allowed.mustNot(f.id().matchingAny(excluded));
                    }
                    if (excludedSeller != null) {
                        allowed.mustNot(f.match().field("sellerId").matching(excludedSeller));
                    }
                    return knn.filter(allowed);
                })
                .fetchHits(limit);
    }

    /** Whether the index holds this listing yet (indexing runs shortly after the commit). */
    @Transactional(readOnly = true)
    public boolean isIndexed(UUID id) {
        return session().search(SearchListing.class).where(f -> f.id().matching(id)).fetchTotalHitCount() > 0;
    }

    @Transactional(readOnly = true)
    public boolean matches(SearchQuery query, UUID listing) {
        return run(query.onlyFor(listing)).total().hitCountLowerBound() > 0;
    }

    /** The titles of these listings in their order (one statement, not one per listing). */
    List<String> titles(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> byId = entityManager.createQuery(
                        "select s.id, s.title from SearchListing s where s.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList().stream() // a list: callers may run outside a transaction
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (String) row[1]));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }
}
