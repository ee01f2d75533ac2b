package dev.agora.search.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * The two rankings of a relevance search with words, and their fusion: keyword hits with their BM25 score (the
 * {@link RelevanceBoosts} added to the top hits by {@link RescoredHits}) and the nearest listing vectors with their cosine similarity, merged as {@link SearchSettings.Fusion}
 * says. Also decides whether the query has a close match at all: when no listing holds all the words and even the
 * nearest vector is further than the calibrated similarity, look-alikes are not answers.
 */
@Component
class HybridRanking {

    /** Both rankings, the fused order, and whether anything is close. */
    record Ranking(QueryRoute route, double keywordWeight, List<ScoredHit> keyword, List<ScoredHit> vector,
            List<ScoreFusion.Fused> fused, boolean noCloseMatch) {

        double bestSimilarity() {
            return vector.isEmpty() ? -1 : vector.getFirst().score();
        }

        List<UUID> ids() {
            return fused.stream().map(ScoreFusion.Fused::id).toList();
        }
    }

    /**
     * A served page's retrieval: the ranking, the neighbours as found, the count and facets of every match, and the
     * keyword hits past the fused depth that the fusion does not hold (the pages after the fused ones, in keyword order).
     */
    record Counted(Ranking ranking, List<ScoredHit> nearest, SearchResult<RescoredHits.Candidate> counted,
            List<UUID> keywordTail) {

        /** Every listing in page order: the fused ranking, then the keyword hits it does not hold. */
        List<UUID> ids() {
            List<UUID> all = new java.util.ArrayList<>(ranking.ids());
            all.addAll(keywordTail);
            return all;
        }
    }

    private final EntityManager entityManager;
    private final SearchPredicates predicates;
    private final SearchSettings settings;
    private final SearchPhases phases;
    private final FacetCounts facets;
    private final RescoredHits rescored;
    private final TopHitsSettings topHits;

    HybridRanking(EntityManager entityManager, SearchPredicates predicates, SearchSettings settings,
            SearchPhases phases, FacetCounts facets, RescoredHits rescored, TopHitsSettings topHits) {
        this.rescored = rescored;
        this.topHits = topHits;
        this.phases = phases;
        this.facets = facets;
        this.entityManager = entityManager;
        this.predicates = predicates;
        this.settings = settings;
    }

    Ranking rank(SearchQuery query, float[] vector, int depth) {
        return rank(query, vector, depth, settings.semantic());
    }

    /** With other fusion settings (the relevance suite compares them on one index). */
    Ranking rank(SearchQuery query, float[] vector, int depth, SearchSettings.Semantic semantic) {
        List<ScoredHit> keyword = phases.time("keyword hits", () -> keywordHits(query, depth));
        List<ScoredHit> nearest = phases.time("vector hits", () -> vectorHits(query, vector, depth));
        return phases.time(SearchPhases.FUSION, () -> fuse(query, keyword, nearest, semantic));
    }

    /**
     * What a served relevance page needs, in two Lucene queries where {@link #rank} and a count with the kNN inside
     * took four: one kNN (the nearest within the filters, down to the lower of the fusion's and a match's minimum
     * similarity), then one keyword query over the words or the neighbours close enough to be matches (by id,
     * scoring 0) that returns the keyword hits (those scoring above 0, rescored as in {@link #keywordHits}), the
     * total and, when the query asks for them, the facets. Without facets the total is counted up to the query's
     * threshold, so Lucene may skip documents that cannot reach the top hits.
     */
    Counted rankCounted(SearchQuery query, float[] vector, int depth) {
        return rankCounted(query, vector, depth, depth);
    }

    /**
     * As {@link #rankCounted(SearchQuery, float[], int)}, fusing the first {@code depth} hits of each side (the same
     * for every page, so pages never overlap) and fetching keyword hits down to {@code pageEnd} for deeper pages.
     */
    Counted rankCounted(SearchQuery query, float[] vector, int depth, int pageEnd) {
        SearchSettings.Semantic semantic = settings.semantic();
        List<ScoredHit> nearest = phases.time("vector hits", () -> vectorHits(query, vector, depth,
                Math.min(semantic.fusionMinSimilarity(), semantic.minSimilarity())));
        List<UUID> matches = nearest.stream().filter(h -> h.score() >= semantic.minSimilarity())
                .map(ScoredHit::id).toList();
        int fetched = Math.max(Math.max(depth, pageEnd + 1), topHits.rescoreWindow());
        var search = session().search(SearchListing.class)
                .select(RescoredHits::candidate)
                .where(f -> predicates.matchingOrAmong(f, query, matches))
                .sort(f -> f.score().then().field("publishedAt").desc());
        SearchResult<RescoredHits.Candidate> counted = query.facets()
                ? phases.time("keyword hits + count + facets", () -> facets.fetchWithFacets(search, query, 0, fetched))
                : phases.time("keyword hits + count up to threshold",
                        () -> search.totalHitCountThreshold(query.countUpTo()).fetch(0, fetched));
        List<ScoredHit> allKeyword = rescored.rescore(counted.hits().stream().filter(h -> h.score() > 0).toList(), false);
        List<ScoredHit> keyword = allKeyword.stream().limit(depth).toList();
        List<ScoredHit> fusing = nearest.stream().filter(h -> h.score() >= semantic.fusionMinSimilarity()).toList();
        Ranking ranking = phases.time(SearchPhases.FUSION, () -> fuse(query, keyword, fusing, semantic));
        java.util.Set<UUID> fused = new java.util.HashSet<>(ranking.ids());
        List<UUID> tail = allKeyword.stream().skip(depth).map(ScoredHit::id).filter(id -> !fused.contains(id)).toList();
        return new Counted(ranking, nearest, counted, tail);
    }

    /**
     * The best keyword hits by BM25 with the {@link RelevanceBoosts} added to the first rescore window
     * ({@link RescoredHits#rescore}); a query without words has its boosts in the query already.
     */
    List<ScoredHit> keywordHits(SearchQuery query, int depth) {
        if (query.terms().isEmpty()) {
            return session().search(SearchListing.class)
                    .select(f -> f.composite().from(f.id(UUID.class), f.score()).as((id, score) -> new ScoredHit(id, score)))
                    .where(f -> predicates.matching(f, query, null, null))
                    .sort(f -> f.score().then().field("publishedAt").desc())
                    .totalHitCountThreshold(topHits.countThreshold())
                    .fetchHits(depth);
        }
        List<RescoredHits.Candidate> hits = session().search(SearchListing.class)
                .select(RescoredHits::candidate)
                .where(f -> predicates.matching(f, query, null, null))
                .sort(f -> f.score().then().field("publishedAt").desc())
                .totalHitCountThreshold(topHits.countThreshold())
                .fetchHits(Math.max(depth, topHits.rescoreWindow()));
        return rescored.rescore(hits, false).stream().limit(depth).toList();
    }

    /** Nearest neighbours with cosine similarity (Lucene scores a unit-vector dot product as (1 + cos) / 2). */
    List<ScoredHit> vectorHits(SearchQuery query, float[] vector, int depth) {
        return vectorHits(query, vector, depth, settings.semantic().fusionMinSimilarity());
    }

    List<ScoredHit> vectorHits(SearchQuery query, float[] vector, int depth, double minSimilarity) {
        return session().search(SearchListing.class)
                .select(f -> f.composite().from(f.id(UUID.class), f.score())
                        .as((id, score) -> new ScoredHit(id, 2.0 * score - 1)))
                .where(f -> predicates.nearest(f, query, vector, null, minSimilarity))
                .fetchHits(depth);
    }

    static Ranking fuse(SearchQuery query, List<ScoredHit> keyword, List<ScoredHit> all,
            SearchSettings.Semantic semantic) {
        QueryRoute route = QueryRoute.of(query.terms());
        // Weak neighbours (fusion-min-similarity up to min-similarity) join only a sentence that no listing's words
        // match: needs and paraphrases reach their listings at low similarity, while for keywords they would only
        // add look-alikes below the real matches. (The suite retrieves once with a low minimum and tries several.)
        // (a sentence as NoCloseMatch reads it: "cut the grass" is one though it has three words)
        double floor = keyword.isEmpty() && NoCloseMatch.phrasedAsSentence(query.terms(), route)
                ? semantic.fusionMinSimilarity() : Math.max(semantic.fusionMinSimilarity(), semantic.minSimilarity());
        List<ScoredHit> nearest = all.stream().filter(h -> h.score() >= floor).toList();
        double weight = semantic.keywordWeightFor(route);
        List<ScoreFusion.Fused> fused = semantic.fusion() == SearchSettings.Fusion.RRF
                ? rrf(keyword, nearest, semantic.rrfK())
                : ScoreFusion.fuse(keyword, nearest, weight, floor);
        double best = nearest.isEmpty() ? -1 : nearest.getFirst().score();
        boolean noCloseMatch = NoCloseMatch.decide(query.terms(), route, !keyword.isEmpty(), best, semantic);
        return new Ranking(route, weight, keyword, nearest, fused, noCloseMatch);
    }

    private static List<ScoreFusion.Fused> rrf(List<ScoredHit> keyword, List<ScoredHit> nearest, int k) {
        List<UUID> k1 = keyword.stream().map(ScoredHit::id).toList();
        List<UUID> v1 = nearest.stream().map(ScoredHit::id).toList();
        return ReciprocalRankFusion.fuse(k1, v1, k).stream().map(id -> {
            int kr = k1.indexOf(id);
            int vr = v1.indexOf(id);
            double kp = kr < 0 ? 0 : 1.0 / (k + kr + 1);
            double vp = vr < 0 ? 0 : 1.0 / (k + vr + 1);
            return new ScoreFusion.Fused(id, kp + vp, kp, vp);
        }).toList();
    }

    private SearchSession session() {
        return Search.session(entityManager);
    }
}
