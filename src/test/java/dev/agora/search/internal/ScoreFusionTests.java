package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScoreFusionTests {

    static final UUID A = new UUID(0, 1);
    static final UUID B = new UUID(0, 2);
    static final UUID C = new UUID(0, 3);

    @Test
    void keywordScoresAreRelativeToTheBestAndSimilarityStretchedAboveTheMinimum() {
        List<ScoreFusion.Fused> fused = ScoreFusion.fuse(List.of(new ScoredHit(A, 10), new ScoredHit(B, 5)),
                List.of(new ScoredHit(C, 0.8), new ScoredHit(A, 0.3)), 0.5, 0.3);
        assertThat(fused).extracting(ScoreFusion.Fused::id).containsExactly(A, C, B);
        assertThat(fused.get(0).keywordPart()).isEqualTo(0.5);
        assertThat(fused.get(0).vectorPart()).isEqualTo(0.0);
        assertThat(fused.get(1).vectorPart()).isCloseTo(0.5 * 0.5 / 0.7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(fused.get(2).score()).isEqualTo(0.25);
    }

    @Test
    void theWeightDecidesBetweenAWordMatchAndAMeaningMatch() {
        List<ScoredHit> keyword = List.of(new ScoredHit(A, 3));
        List<ScoredHit> vector = List.of(new ScoredHit(B, 0.9));
        assertThat(ScoreFusion.fuse(keyword, vector, 0.9, 0.3).getFirst().id()).isEqualTo(A);
        assertThat(ScoreFusion.fuse(keyword, vector, 0.1, 0.3).getFirst().id()).isEqualTo(B);
    }

    @Test
    void equalScoresKeepTheKeywordOrder() {
        List<ScoreFusion.Fused> fused = ScoreFusion.fuse(List.of(new ScoredHit(B, 2), new ScoredHit(A, 2)), List.of(),
                1, 0.3);
        assertThat(fused).extracting(ScoreFusion.Fused::id).containsExactly(B, A);
    }

    @Test
    void queriesAreRoutedByTheirWords() {
        assertThat(QueryRoute.of(List.of("iphone", "13"))).isEqualTo(QueryRoute.MODEL_NUMBER);
        assertThat(QueryRoute.of(List.of("ps5"))).isEqualTo(QueryRoute.MODEL_NUMBER);
        assertThat(QueryRoute.of(List.of("road", "bike"))).isEqualTo(QueryRoute.KEYWORDS);
        assertThat(QueryRoute.of(List.of("gift", "for", "a", "5", "year", "old", "who", "likes", "dinosaurs")))
                .isEqualTo(QueryRoute.NATURAL_LANGUAGE);
        assertThat(QueryRoute.of(List.of("my", "phone", "screen", "is", "broken"))).isEqualTo(QueryRoute.NATURAL_LANGUAGE);
    }

    @Test
    void nothingCloseAndNoWordMatchIsNoCloseMatch() {
        SearchSettings.Semantic semantic = new SearchSettings(false, 100, null, null, null).semantic().withThresholds(0.3, 0.45, -1);
        SearchQuery query = new SearchQuery(List.of("surfboard"), null, null, null, java.util.Set.of(), java.util.Set.of(),
                null, java.util.Map.of(), null, null, null, null, null, false, null, null, SearchQuery.Sort.RELEVANCE, 0, 20);
        double threshold = semantic.noMatchSimilarity();
        assertThat(HybridRanking.fuse(query, List.of(), List.of(new ScoredHit(A, threshold - 0.01)), semantic)
                .noCloseMatch()).isTrue();
        assertThat(HybridRanking.fuse(query, List.of(), List.of(new ScoredHit(A, threshold + 0.01)), semantic)
                .noCloseMatch()).isFalse();
        assertThat(HybridRanking.fuse(query, List.of(new ScoredHit(B, 1)), List.of(), semantic).noCloseMatch()).isFalse();
    }
}
