package dev.agora.search.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agora.search.*}.
 *
 * @param backfillWhenEmpty fill an empty index from the listings at start-up (first start, demo data)
 * @param maxRadiusKm the largest distance filter accepted
 * @param semantic sentence-embedding search next to keywords
 * @param sellerRefreshDelay how long after a review, verification, order or dispute the seller's listings are
 *     re-read (see {@link SellerStandingEvents}); default one minute
 */
@ConfigurationProperties("agora.search")
record SearchSettings(boolean backfillWhenEmpty, double maxRadiusKm, Semantic semantic,
        @Nullable Duration sellerRefreshDelay) {

    SearchSettings {
        semantic = semantic == null ? new Semantic(true, 0.3, 50, 60) : semantic;
        sellerRefreshDelay = sellerRefreshDelay == null ? Duration.ofMinutes(1) : sellerRefreshDelay;
    }

    @Override
    public Duration sellerRefreshDelay() {
        return java.util.Objects.requireNonNull(sellerRefreshDelay);
    }

    /**
     * @param enabled compute listing vectors and fuse nearest neighbours into relevance results; off: keyword only
     * @param minSimilarity cosine similarity (−1…1) a neighbour needs to count as a match
     * @param candidates how many nearest neighbours join the fusion (and how many keyword hits at least)
     * @param rrfK the constant of reciprocal rank fusion: score = Σ 1 / (rrfK + rank)
     */
    record Semantic(boolean enabled, double minSimilarity, int candidates, int rrfK) {}
}
