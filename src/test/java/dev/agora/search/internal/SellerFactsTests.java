package dev.agora.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.identity.AccountId;
import dev.agora.listings.SellerSignals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SellerFactsTests {

    static final AccountId SELLER = AccountId.random();

    @Test
    void readsRatingVerificationAndLevelFromTheSignalsOfReviewsAndTrust() {
        SellerSignals reviews = new SellerSignals() {
            @Override
            public Optional<SellerRating> ratingOf(AccountId seller) {
                return Optional.of(new SellerRating(new BigDecimal("4.37"), 12));
            }

            @Override
            public List<SellerBadge> badgesOf(AccountId seller) {
                return List.of(new SellerBadge("verified-phone", "reviews.badge.verified-phone", ""),
                        new SellerBadge("responds", "reviews.badge.responds", "2 h"));
            }
        };
        SellerSignals trust = new SellerSignals() {
            @Override
            public List<SellerBadge> badgesOf(AccountId seller) {
                return List.of(new SellerBadge("trust.level", "trust.level.rising", ""));
            }
        };

        assertThat(SellerFacts.of(List.of(reviews, trust), SELLER)).isEqualTo(new SellerFacts(4.37, true, "RISING"));
    }

    @Test
    void withoutSignalsASellerIsUnratedUnverifiedAndNew() {
        SellerSignals responsive = new SellerSignals() {
            @Override
            public List<SellerBadge> badgesOf(AccountId seller) {
                return List.of(new SellerBadge("responds", "reviews.badge.responds", "5 min"));
            }
        };
        assertThat(SellerFacts.of(List.of(), SELLER)).isEqualTo(SellerFacts.UNKNOWN);
        assertThat(SellerFacts.of(List.of(responsive), SELLER)).isEqualTo(SellerFacts.UNKNOWN);
    }
}
