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
 * keyword ranking by {@link HybridRanking} ("no close match" when nothing is near); facet counts from {@link FacetCounts}; "did you mean" when
 * the words match nothing ({@link DidYouMean}).
 */
@Component
class ListingSearch {

    private final EntityManager entityManager;
    private final SearchPredicates predicates;
    private final FacetCounts facets;
    private final SentenceEmbeddings embeddings;
    private final SearchSettings settings;
    private final HybridRanking ranking;

    ListingSearch(EntityManager entityManager, SearchPredicates predicates, FacetCounts facets,
            SentenceEmbeddings embeddings, SearchSettings settings, HybridRanking ranking) {
        this.ranking = ranking;
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
                ? embeddings.queryVector(query.text()).orElse(null) : null;
        boolean fusedPage = vector != null && query.sort() == SearchQuery.Sort.RELEVANCE;
        // a fused page is ordered by the ranking below: this query only counts and facets, so it asks for no hits
        // and Lucene need not score every match a second time
        SearchResult<UUID> result = run(query, vector, true, fusedPage ? 0 : query.limit());
        long total = result.total().hitCountLowerBound();
        List<UUID> ids = result.hits();
        boolean noCloseMatch = false;
        List<String> related = List.of();
        if (fusedPage) {
            int depth = Math.max(query.offset() + query.limit(), settings.semantic().candidates());
            HybridRanking.Ranking ranked = ranking.rank(query, vector, depth);
            if (ranked.noCloseMatch()) {
                // look-alikes are no answer: say so, and point at where the nearest listings live
                noCloseMatch = true;
                related = relatedCategories(ranking.vectorHits(query, vector, 10));
                ids = List.of();
                total = 0;
            } else {
                ids = ranked.ids().stream().skip(query.offset()).limit(query.limit()).toList();
                // weak neighbours order the page without counting as matches elsewhere; the pages still reach them
                total = Math.max(total, ranked.fused().size());
            }
        }
        Integer next = query.offset() + ids.size() < total ? query.offset() + ids.size() : null;
        // offered when the words match nothing, even if listings close in meaning were found
        boolean noKeywordMatch = total == 0 || vector != null && total <= settings.semantic().candidates()
                && run(query.withTerms(query.terms(), 1), null, false, 0).total().hitCountLowerBound() == 0;
        String didYouMean = noKeywordMatch && !query.terms().isEmpty() ? DidYouMean.suggest(query, this) : null;
        return new SearchOutcome(ids, total, noCloseMatch ? Map.of() : facets.of(query, vector, result), next,
                didYouMean, noCloseMatch, related);
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
        return run(query, null, false, query.limit());
    }

    private SearchResult<UUID> run(SearchQuery query, float @Nullable [] vector, boolean withFacets, int limit) {
        var search = session().search(SearchListing.class)
                .select(f -> f.id(UUID.class))
                .where(f -> predicates.matching(f, query, vector, null))
                .sort(f -> predicates.sort(f, query));
        return withFacets ? facets.fetchWithFacets(search, query.offset(), limit) : search.fetch(query.offset(), limit);
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
                    BooleanPredicateClausesStep<?, ?> allowed = f.bool().must(f.matchAll());
                    if (!excluded.isEmpty()) {
                        allowed.mustNot(f.id().matchingAny(excluded));
                    }
                    if (excludedSeller != null) {
                        allowed.mustNot(f.match().field("sellerId").matching(excludedSeller));
                    }
                    return f.knn(explored).field("embedding").matching(vector).filter(allowed);
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

    List<String> titles(List<UUID> ids) {
        return ids.stream().map(id -> entityManager.find(SearchListing.class, id)).filter(Objects::nonNull)
                .map(SearchListing::getTitle).toList();
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }
}
