package dev.agora.listings;

import dev.agora.identity.AccountId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What listing pages, cards and structured data show about a seller, contributed by modules above listings
 * without listings depending on them: reviews gives the rating and verification and response-time badges, trust
 * the seller level. Declare implementations as beans; listings asks every one and shows what they return.
 */
public interface SellerSignals {

    /** Badges in display order; empty when this source has nothing to say. */
    default List<SellerBadge> badgesOf(AccountId seller) {
        return List.of();
    }

    /** The seller's rating, for the seller card and schema.org {@code AggregateRating}; at most one source gives it. */
    default Optional<SellerRating> ratingOf(AccountId seller) {
        return Optional.empty();
    }

    /**
     * One badge: a message key (in the messages bundles) and an optional argument for it, e.g.
     * {@code ("trust.level.top", "")} or {@code ("reviews.badge.responds", "2 h")}.
     */
    record SellerBadge(String kind, String messageKey, String argument) {}

    /** @param average the shown average (for example Bayesian, 1.00–5.00), {@code count} the reviews behind it */
    record SellerRating(BigDecimal average, long count) {}
}
