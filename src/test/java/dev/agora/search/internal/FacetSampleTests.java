package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Search-facets helper (issue 5): the facet sample is even, nested and scales back within the stated tolerance. */
class FacetSampleTests {

    @Test
    void eachLevelHoldsItsShareOfRandomAndOfSequentialIds() {
        Random random = new Random(5);
        List<UUID> randomIds = random.longs(200_000).mapToObj(l -> new UUID(l, random.nextLong())).toList();
        List<UUID> sequentialIds = java.util.stream.LongStream.range(0, 200_000).mapToObj(l -> new UUID(42, l)).toList();
        for (List<UUID> ids : List.of(randomIds, sequentialIds)) {
            int[] perLevel = new int[FacetSample.FINEST_LEVEL + 1];
            for (UUID id : ids) {
                List<String> levels = FacetSample.levelsOf(id);
                assertThat(levels.getFirst()).isEqualTo(FacetSample.EVERY_DOCUMENT);
                levels.forEach(level -> perLevel[Integer.parseInt(level)]++);
                for (int i = 0; i < levels.size(); i++) {
                    assertThat(levels.get(i)).isEqualTo(Integer.toString(i)); // nested: a level holds every finer one
                }
            }
            for (int level = 1; level <= 6; level++) {
                double expected = ids.size() / (double) (1 << level);
                assertThat(perLevel[level]).isBetween((int) (expected * 0.95), (int) (expected * 1.05));
            }
        }
    }

    @Test
    void theSparsestLevelStillHoldsTheWantedSample() {
        assertThat(FacetSample.levelFor(7_000, 4_000)).isZero(); // fewer than twice as many: no sampling
        assertThat(FacetSample.levelFor(10_000, 4_000)).isEqualTo(1); // 5,000
        assertThat(FacetSample.levelFor(100_000, 4_000)).isEqualTo(4); // 100,000 / 16 = 6,250
        assertThat(FacetSample.levelFor(1_000_000, 4_000)).isEqualTo(7); // 7,812
        assertThat(FacetSample.levelFor(Long.MAX_VALUE / 2, 1)).isEqualTo(FacetSample.FINEST_LEVEL);
    }

    @Test
    void scaledCountsAreRoundedToTwoSignificantDigits() {
        assertThat(FacetSample.scaled(3, 2)).isEqualTo(12);
        assertThat(FacetSample.scaled(77, 4)).isEqualTo(1_200); // 1,232
        assertThat(FacetSample.scaled(3_086, 5)).isEqualTo(99_000); // 98,752
        assertThat(FacetSample.scaled(0, 7)).isZero();
    }

    /**
     * The tolerance the docs state: with the default sample of at least 4,000 matches, a value holding 5 % or more of
     * 100,000 matches is estimated within ±15 %, and every estimate within four standard deviations of its binomial.
     */
    @Test
    void sampledCountsOfALargeSetStayWithinTheStatedTolerance() {
        Random random = new Random(11);
        double[] shares = {0.40, 0.25, 0.15, 0.10, 0.05, 0.04, 0.01};
        Map<Integer, Long> exact = new HashMap<>();
        Map<Integer, Long> sampled = new HashMap<>();
        int size = 100_000;
        int level = FacetSample.levelFor(size, 4_000);
        for (int i = 0; i < size; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            double r = random.nextDouble();
            int value = 0;
            while (value < shares.length - 1 && r >= shares[value]) {
                r -= shares[value];
                value++;
            }
            exact.merge(value, 1L, Long::sum);
            if (FacetSample.bucket(id) < FacetSample.BUCKETS >> level) {
                sampled.merge(value, 1L, Long::sum);
            }
        }
        exact.forEach((value, count) -> {
            long estimate = FacetSample.scaled(sampled.getOrDefault(value, 0L), level);
            double sigma = Math.sqrt(count * ((1 << level) - 1.0));
            assertThat((double) Math.abs(estimate - count)).isLessThanOrEqualTo(4 * sigma + 0.05 * count);
            if (count >= size * 0.05) {
                assertThat((double) estimate).isBetween(count * 0.85, count * 1.15);
            }
        });
    }
}
