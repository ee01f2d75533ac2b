package dev.agora.search.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The top hits of a query with words, ranked as docs/search.md says: Lucene finds the best hits by BM25 alone (so it
 * can skip documents that cannot reach them, block-max WAND) and projects the facts the {@link RelevanceBoosts} need;
 * the boosts are added here to the first {@link TopHitsSettings#rescoreWindow()} hits, which are then reordered
 * (ties to the newest). Hits beyond the window keep their BM25 order, so every page of a result list is cut from the
 * same ranking. Without facets the total is counted up to the query's threshold only.
 */
@Component
class RescoredHits {

    /** A hit as Lucene found it, with the facts of its boosts (null facts: indexed before they were projectable). */
    record Candidate(UUID id, float score, @Nullable Instant publishedAt, @Nullable Double rating,
            @Nullable String level) {}

    /** A page of hits in their final order, whether more follow, and the count (exact or a lower bound). */
    record Page(List<UUID> ids, boolean more, long total, boolean exact, SearchResult<Candidate> result) {}

    private final EntityManager entityManager;
    private final FacetCounts facets;
    private final TopHitsSettings settings;
    private final Clock clock;

    RescoredHits(EntityManager entityManager, FacetCounts facets, TopHitsSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.facets = facets;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether scores of this query get the boosts here: words, ranked by relevance or by rating then relevance. */
    static boolean rescores(SearchQuery query) {
        return !query.terms().isEmpty()
                && (query.sort() == SearchQuery.Sort.RELEVANCE || query.sort() == SearchQuery.Sort.RATING);
    }

    /** The projection of a rescored query: id, BM25 score and the facts of the boosts. */
    static ProjectionFinalStep<Candidate> candidate(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(UUID.class), f.score(), f.field("publishedAt", Instant.class),
                        f.field("sellerRating", Double.class), f.field("sellerLevel", String.class))
                .asArray(v -> new Candidate((UUID) v[0], (Float) v[1], (Instant) v[2], (Double) v[3], (String) v[4]));
    }

    /** The projection of a query that keeps Lucene's order: the id alone (no score to compute, no stored fields). */
    static ProjectionFinalStep<Candidate> idOnly(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(f.id(UUID.class)).as(id -> new Candidate(id, 0, null, null, null));
    }

    /** How many hits to fetch for a page (and one more, to know whether another page follows). */
    int depth(SearchQuery query) {
        int page = query.offset() + query.limit() + 1;
        return rescores(query) ? Math.max(page, settings.rescoreWindow()) : page;
    }

    /**
     * Runs a query selecting {@link #candidate} (or ids alone when it does not rescore) and sorted by the query's sort,
     * with facets when the query asks for them, else counting up to its threshold; returns the page.
     */
    Page fetch(SearchQuery query, SearchQueryOptionsStep<?, ?, Candidate, ?, ?, ?> search) {
        int depth = depth(query);
        SearchResult<Candidate> result = query.facets() ? facets.fetchWithFacets(search, query, 0, depth)
                : search.totalHitCountThreshold(query.countUpTo()).fetch(0, depth);
        List<Candidate> hits = result.hits();
        List<UUID> ordered = rescores(query) ? rescore(hits, query.sort() == SearchQuery.Sort.RATING).stream()
                .map(ScoredHit::id).toList() : hits.stream().map(Candidate::id).toList();
        int end = Math.min(ordered.size(), query.offset() + query.limit());
        List<UUID> page = query.offset() >= end ? List.of() : ordered.subList(query.offset(), end);
        boolean exact = result.total().isHitCountExact();
        long total = Math.max(result.total().hitCountLowerBound(), ordered.size());
        return new Page(page, ordered.size() > end, total, exact, result);
    }

    /**
     * The hits with the boosts added to the first window's scores, that window reordered (by rating first when
     * {@code byRating}), the rest after it as they were.
     */
    List<ScoredHit> rescore(List<Candidate> hits, boolean byRating) {
        int window = Math.min(hits.size(), settings.rescoreWindow());
        List<Candidate> head = withFacts(hits.subList(0, window));
        Instant now = clock.instant();
        record Rescored(Candidate hit, double score) {}
        Comparator<Rescored> order = Comparator.comparingDouble(Rescored::score).reversed()
                .thenComparing(r -> r.hit().publishedAt(), Comparator.nullsLast(Comparator.reverseOrder()));
        if (byRating) {
            order = Comparator.<Rescored, Double>comparing(r -> r.hit().rating(),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(order);
        }
        List<ScoredHit> ranked = new ArrayList<>(hits.size());
        head.stream().map(h -> new Rescored(h, h.score() + RelevanceBoosts.of(h.publishedAt(), h.rating(), h.level(), now)))
                .sorted(order).forEach(r -> ranked.add(new ScoredHit(r.hit().id(), r.score())));
        hits.subList(window, hits.size()).forEach(h -> ranked.add(new ScoredHit(h.id(), h.score())));
        return ranked;
    }

    /**
     * The hits with their facts; documents indexed before the facts were projectable (an index from an older version,
     * until a reindex) have none, and theirs are read from the search table in one statement.
     */
    private List<Candidate> withFacts(List<Candidate> hits) {
        List<UUID> missing = hits.stream().filter(h -> h.publishedAt() == null).map(Candidate::id).toList();
        if (missing.isEmpty()) {
            return hits;
        }
        Map<UUID, Object[]> facts = new HashMap<>();
        entityManager.createQuery("select s.id, s.publishedAt, s.sellerRating, s.sellerLevel from SearchListing s "
                        + "where s.id in :ids", Object[].class)
                .setParameter("ids", missing).getResultList().forEach(row -> facts.put((UUID) row[0], row));
        return hits.stream().map(h -> {
            Object[] row = h.publishedAt() == null ? facts.get(h.id()) : null;
            return row == null ? h : new Candidate(h.id(), h.score(), (Instant) row[1], (Double) row[2], (String) row[3]);
        }).toList();
    }
}
