package dev.agora.reviews;

import java.math.BigDecimal;

/**
 * A member's standing from published, visible reviews: {@code average} is the Bayesian average
 * {@code (priorWeight × priorMean + Σ ratings) / (priorWeight + count)} rounded to two places, so a single review
 * cannot make a newcomer look perfect; {@code count} is shown next to it.
 */
public record Reputation(BigDecimal average, long count) {

    public boolean rated() {
        return count > 0;
    }
}
