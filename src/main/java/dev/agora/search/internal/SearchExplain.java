package dev.agora.search.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/**
 * Why each listing ranked where it did, for operators: its keyword score and rank, its vector similarity and rank,
 * what each side contributed to the fused score, and which {@link RelevanceBoosts} it got (already inside the
 * keyword score). Runs the same {@link HybridRanking} as the results page.
 */
@Component
public class SearchExplain {

    /** One listing's line. Scores are null where that ranking did not find the listing. */
    public record Line(int rank, UUID id, String title, @Nullable Double keywordScore, @Nullable Integer keywordRank,
            @Nullable Double similarity, @Nullable Integer vectorRank, double keywordPart, double vectorPart,
            double fused, List<String> boosts) {}

    /** The whole explanation. */
    public record Explanation(String query, String route, double keywordWeight, String fusion, double bestSimilarity,
            boolean semantic, boolean noCloseMatch, List<Line> lines) {}

    private final SearchRequests requests;
    private final HybridRanking ranking;
    private final SentenceEmbeddings embeddings;
    private final SearchSettings settings;
    private final EntityManager entityManager;
    private final Clock clock;

    SearchExplain(SearchRequests requests, HybridRanking ranking, SentenceEmbeddings embeddings,
            SearchSettings settings, EntityManager entityManager, Clock clock) {
        this.requests = requests;
        this.ranking = ranking;
        this.embeddings = embeddings;
        this.settings = settings;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Explanation explain(MultiValueMap<String, String> params, int limit) {
        SearchQuery query = requests.parse(params);
        float @Nullable [] vector = settings.semantic().enabled() && !query.terms().isEmpty()
                ? embeddings.queryVector(query.text()).orElse(null) : null;
        int depth = Math.max(limit, settings.semantic().candidates());
        HybridRanking.Ranking ranked = vector == null
                ? HybridRanking.fuse(query, ranking.keywordHits(query, depth), List.of(),
                        settings.semantic().with(SearchSettings.Fusion.WEIGHTED, 1, 1, 1))
                : ranking.rank(query, vector, depth);
        Map<UUID, Integer> keywordRanks = ranks(ranked.keyword());
        Map<UUID, Integer> vectorRanks = ranks(ranked.vector());
        List<Line> lines = new ArrayList<>();
        int rank = 0;
        for (ScoreFusion.Fused fused : ranked.fused()) {
            if (++rank > limit) {
                break;
            }
            SearchListing document = entityManager.find(SearchListing.class, fused.id());
            Integer k = keywordRanks.get(fused.id());
            Integer v = vectorRanks.get(fused.id());
            lines.add(new Line(rank, fused.id(), document == null ? "?" : document.getTitle(),
                    k == null ? null : ranked.keyword().get(k - 1).score(), k,
                    v == null ? null : ranked.vector().get(v - 1).score(), v,
                    fused.keywordPart(), fused.vectorPart(), fused.score(),
                    document == null ? List.of() : boosts(document)));
        }
        return new Explanation(query.text(), ranked.route().name(), ranked.keywordWeight(),
                vector == null ? "KEYWORDS" : settings.semantic().fusion().name(), ranked.bestSimilarity(),
                vector != null, vector != null && ranked.noCloseMatch(), lines);
    }

    /** The boosts the keyword score holds for this listing (same rules as {@link RelevanceBoosts#add}). */
    private List<String> boosts(SearchListing document) {
        List<String> boosts = new ArrayList<>();
        Instant now = clock.instant();
        if (!document.publishedAt().isBefore(now.minus(Duration.ofDays(7)))) {
            boosts.add("fresh week +" + RelevanceBoosts.FRESH_WEEK);
        }
        if (!document.publishedAt().isBefore(now.minus(Duration.ofDays(30)))) {
            boosts.add("fresh month +" + RelevanceBoosts.FRESH_MONTH);
        }
        Double rating = document.sellerRating();
        if (rating != null && rating >= 4.5) {
            boosts.add("rating ≥ 4.5 +" + RelevanceBoosts.RATING_EXCELLENT);
        }
        if (rating != null && rating >= 4.0) {
            boosts.add("rating ≥ 4.0 +" + RelevanceBoosts.RATING_GOOD);
        }
        if ("TOP".equals(document.sellerLevel())) {
            boosts.add("level top +" + RelevanceBoosts.LEVEL_TOP);
        } else if ("RISING".equals(document.sellerLevel())) {
            boosts.add("level rising +" + RelevanceBoosts.LEVEL_RISING);
        }
        return boosts;
    }

    private static Map<UUID, Integer> ranks(List<ScoredHit> hits) {
        Map<UUID, Integer> ranks = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            ranks.putIfAbsent(hits.get(i).id(), i + 1);
        }
        return ranks;
    }
}
