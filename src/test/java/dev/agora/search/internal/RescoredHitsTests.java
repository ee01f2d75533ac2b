package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The relevance boosts added to the top BM25 hits in Java: the documented formula, the window, ties, rating sort. */
class RescoredHitsTests {

    private static final Instant NOW = Instant.parse("2026-12-08T12:00:00Z");
    private static final Instant OLD = NOW.minus(Duration.ofDays(90));

    private final RescoredHits rescoring = new RescoredHits(null, null, new TopHitsSettings(1000, 3),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theBoostsAreTheDocumentedOnes() {
        assertThat(RelevanceBoosts.of(NOW.minus(Duration.ofDays(2)), null, "NEW", NOW)).isEqualTo(0.75);
        assertThat(RelevanceBoosts.of(NOW.minus(Duration.ofDays(20)), null, "NEW", NOW)).isEqualTo(0.25);
        assertThat(RelevanceBoosts.of(OLD, 4.6, "TOP", NOW)).isEqualTo(1.25);
        assertThat(RelevanceBoosts.of(OLD, 4.2, "RISING", NOW)).isEqualTo(0.5);
        assertThat(RelevanceBoosts.of(OLD, 3.9, "NEW", NOW)).isZero();
    }

    @Test
    void boostsReorderNearEqualMatchesWithinTheWindowAndLeaveTheRestInBm25Order() {
        RescoredHits.Candidate best = hit(5.0f, OLD, null, "NEW");
        RescoredHits.Candidate standing = hit(4.9f, OLD, 4.8, "TOP"); // 4.9 + 1.25 overtakes 5.0
        RescoredHits.Candidate poor = hit(2.0f, NOW, 4.8, "TOP"); // + 2.0 is still no good match
        RescoredHits.Candidate beyond = hit(1.9f, NOW, 5.0, "TOP"); // outside the window of 3: not rescored
        List<ScoredHit> ranked = rescoring.rescore(List.of(best, standing, poor, beyond), false);
        assertThat(ranked).extracting(ScoredHit::id).containsExactly(standing.id(), best.id(), poor.id(), beyond.id());
        assertThat(ranked.getFirst().score()).isCloseTo(6.15, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(ranked.getLast().score()).isCloseTo(1.9, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void tiesGoToTheNewestAndTheRatingSortKeepsRatingFirst() {
        RescoredHits.Candidate older = hit(3.0f, OLD, null, "NEW");
        RescoredHits.Candidate newer = hit(3.0f, OLD.plusSeconds(60), null, "NEW");
        assertThat(rescoring.rescore(List.of(older, newer), false)).extracting(ScoredHit::id)
                .containsExactly(newer.id(), older.id());
        RescoredHits.Candidate unrated = hit(9.0f, NOW, null, "TOP");
        RescoredHits.Candidate good = hit(3.0f, OLD, 4.2, "NEW");
        RescoredHits.Candidate goodFresher = hit(3.0f, NOW, 4.2, "NEW");
        assertThat(rescoring.rescore(List.of(unrated, good, goodFresher), true)).extracting(ScoredHit::id)
                .containsExactly(goodFresher.id(), good.id(), unrated.id());
    }

    private static RescoredHits.Candidate hit(float score, Instant published, Double rating, String level) {
        return new RescoredHits.Candidate(UUID.randomUUID(), score, published, rating, level);
    }
}
