package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The "no close match" rule reads how a query is phrased: a thing named, or a need described in a sentence. */
class NoCloseMatchTests {

    static final UUID NEAR = new UUID(0, 1);
    static final UUID WEAK = new UUID(0, 2);

    final SearchSettings.Semantic semantic = new SearchSettings(false, 100, null, null, null).semantic()
            .withThresholds(0.1, 0.45, -1);

    @Test
    void aThingNamedThatNothingResemblesHasNoCloseMatch() {
        assertThat(noCloseMatch("golf clubs", 0.39)).isTrue();
        assertThat(noCloseMatch("surfboard", 0.44)).isTrue();
        assertThat(noCloseMatch("surfboard", 0.46)).isFalse();
        // a single letter is a unit here, not the French article
        assertThat(noCloseMatch("aquarium 200 l", 0.27)).isTrue();
    }

    @Test
    void aNeedInASentenceIsNeverHiddenHoweverFarItsAnswersAre() {
        assertThat(noCloseMatch("cut the grass", 0.36)).isFalse();
        assertThat(noCloseMatch("clean my terrace", 0.37)).isFalse();
        assertThat(noCloseMatch("zelt für zwei", 0.2)).isFalse();
        assertThat(noCloseMatch("listen to music without hearing the train", 0.28)).isFalse();
    }

    @Test
    void aKeywordHitIsAlwaysAnAnswer() {
        assertThat(HybridRanking.fuse(query("golf clubs"), List.of(new ScoredHit(NEAR, 2)),
                List.of(new ScoredHit(NEAR, 0.2)), semantic).noCloseMatch()).isFalse();
    }

    @Test
    void sentencesAreTheQueriesWithFourWordsOrAFunctionWord() {
        assertThat(sentence("cut the grass")).isTrue();
        assertThat(sentence("clean my terrace")).isTrue();
        assertThat(sentence("cours de guitare")).isTrue();
        assertThat(sentence("kids bike for five")).isTrue();
        assertThat(sentence("horse saddle")).isFalse();
        assertThat(sentence("rent a projector")).isFalse();
        assertThat(sentence("iphone 13")).isFalse();
    }

    @Test
    void aSentenceWithoutAWordMatchIsOrderedByItsWeakNeighboursToo() {
        List<ScoredHit> nearest = List.of(new ScoredHit(NEAR, 0.36), new ScoredHit(WEAK, 0.2));
        SearchSettings.Semantic served = semantic.withMinSimilarity(0.3);
        assertThat(HybridRanking.fuse(query("cut the grass"), List.of(), nearest, served).ids()).containsExactly(NEAR, WEAK);
        assertThat(HybridRanking.fuse(query("cut grass"), List.of(), nearest, served).ids()).containsExactly(NEAR);
    }

    private boolean noCloseMatch(String text, double best) {
        return HybridRanking.fuse(query(text), List.of(), List.of(new ScoredHit(NEAR, best)), semantic).noCloseMatch();
    }

    private static boolean sentence(String text) {
        List<String> terms = terms(text);
        return NoCloseMatch.phrasedAsSentence(terms, QueryRoute.of(terms));
    }

    private static List<String> terms(String text) {
        return Arrays.asList(text.split(" "));
    }

    static SearchQuery query(String text) {
        return new SearchQuery(terms(text), null, null, null, Set.of(), Set.of(), null, Map.of(), null, null, null, null,
                null, false, null, null, SearchQuery.Sort.RELEVANCE, 0, 20);
    }
}
