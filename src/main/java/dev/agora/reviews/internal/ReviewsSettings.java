package dev.agora.reviews.internal;

import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code agora.reviews.*}: how long after completion both sides may review, the Bayesian prior (a newcomer's
 * rating starts at {@code priorMean} and moves as if {@code priorWeight} reviews of that mean already existed),
 * and when the response-time badge shows (median first reply at most {@code responseBadgeWithin} over at least
 * {@code responseBadgeMinReplies} conversations, from the last {@code responseSample}).
 */
@ConfigurationProperties("agora.reviews")
public record ReviewsSettings(
        @DefaultValue("14d") Duration window,
        @DefaultValue("4.0") BigDecimal priorMean,
        @DefaultValue("5") int priorWeight,
        @DefaultValue("24h") Duration responseBadgeWithin,
        @DefaultValue("3") int responseBadgeMinReplies,
        @DefaultValue("50") int responseSample) {

    public ReviewsSettings {
        if (priorWeight < 0 || priorMean.compareTo(BigDecimal.ONE) < 0 || priorMean.compareTo(BigDecimal.valueOf(5)) > 0) {
            throw new IllegalArgumentException("agora.reviews.prior-mean must be 1–5 and prior-weight ≥ 0");
        }
    }
}
