package dev.agora.search.internal;

import java.time.Duration;
import java.time.Instant;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.jspecify.annotations.Nullable;

/**
 * The documented boosts of relevance ranking (docs/search.md, "Relevance"). Each adds a constant to the keyword score,
 * so it reorders listings that match about equally well but never lets a poor match overtake a good one (a title hit
 * alone is worth 4 × BM25). Filters never score. In hybrid ranking the boosts act on the keyword list before fusion.
 *
 * <p>A query with words gets them in Java ({@link #of}), on the top hits of the plain BM25 query
 * ({@link RescoredHits}): as optional clauses of the Lucene query they kept Lucene from skipping non-competitive
 * documents (block-max WAND) and built a bit set of every recent or well-rated listing per query. A query without
 * words has no BM25 to rank by and keeps them as clauses ({@link #add}).
 */
final class RelevanceBoosts {

    /** Published in the last 7 days. */
    static final float FRESH_WEEK = 0.5f;
    /** Published in the last 30 days (adds to the week's boost). */
    static final float FRESH_MONTH = 0.25f;
    /** Seller rated 4.5 or better. */
    static final float RATING_EXCELLENT = 0.5f;
    /** Seller rated 4.0 or better (adds to the one above). */
    static final float RATING_GOOD = 0.25f;
    /** Seller level TOP (trust: completed orders, few disputes and cancellations, quick replies, no strikes). */
    static final float LEVEL_TOP = 0.5f;
    /** Seller level RISING. */
    static final float LEVEL_RISING = 0.25f;

    private RelevanceBoosts() {}

    /** The boosts as optional constant-score clauses of a query (used for queries without words). */
    static void add(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, Instant now) {
        bool.should(f.range().field("publishedAt").atLeast(now.minus(Duration.ofDays(7))).constantScore().boost(FRESH_WEEK));
        bool.should(f.range().field("publishedAt").atLeast(now.minus(Duration.ofDays(30))).constantScore().boost(FRESH_MONTH));
        bool.should(f.range().field("sellerRating").atLeast(4.5).constantScore().boost(RATING_EXCELLENT));
        bool.should(f.range().field("sellerRating").atLeast(4.0).constantScore().boost(RATING_GOOD));
        bool.should(f.match().field("sellerLevel").matching("TOP").constantScore().boost(LEVEL_TOP));
        bool.should(f.match().field("sellerLevel").matching("RISING").constantScore().boost(LEVEL_RISING));
    }

    /** The same boosts for one listing's facts: what {@link #add}'s clauses would add to its score. */
    static double of(@Nullable Instant publishedAt, @Nullable Double rating, @Nullable String level, Instant now) {
        double boost = 0;
        if (publishedAt != null && !publishedAt.isBefore(now.minus(Duration.ofDays(7)))) {
            boost += FRESH_WEEK;
        }
        if (publishedAt != null && !publishedAt.isBefore(now.minus(Duration.ofDays(30)))) {
            boost += FRESH_MONTH;
        }
        if (rating != null && rating >= 4.5) {
            boost += RATING_EXCELLENT;
        }
        if (rating != null && rating >= 4.0) {
            boost += RATING_GOOD;
        }
        if ("TOP".equals(level)) {
            boost += LEVEL_TOP;
        } else if ("RISING".equals(level)) {
            boost += LEVEL_RISING;
        }
        return boost;
    }
}
