package dev.agora.reviews.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.VerificationLevel;
import dev.agora.identity.VerificationManagement;
import dev.agora.listings.SellerSignals;
import dev.agora.reviews.Reputation;
import dev.agora.reviews.ReviewManagement;
import dev.agora.reviews.ReviewerRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What reviews tells listings about a seller: the Bayesian rating from buyers' reviews (only once there is at least
 * one), a badge per verification level beyond email, and a response-time badge when the median first reply is
 * fast enough.
 */
@Component
class ReputationSignals implements SellerSignals {

    private static final List<VerificationLevel> SHOWN = List.of(VerificationLevel.ID, VerificationLevel.BUSINESS,
            VerificationLevel.PHONE);

    private final ReviewManagement reviews;
    private final VerificationManagement verification;
    private final ResponseTimes responseTimes;
    private final ReviewsSettings settings;

    ReputationSignals(ReviewManagement reviews, VerificationManagement verification, ResponseTimes responseTimes,
            ReviewsSettings settings) {
        this.reviews = reviews;
        this.verification = verification;
        this.responseTimes = responseTimes;
        this.settings = settings;
    }

    @Override
    public Optional<SellerRating> ratingOf(AccountId seller) {
        Reputation reputation = reviews.reputationAs(seller, ReviewerRole.SELLER);
        return reputation.rated() ? Optional.of(new SellerRating(reputation.average(), reputation.count())) : Optional.empty();
    }

    @Override
    public List<SellerBadge> badgesOf(AccountId seller) {
        List<SellerBadge> badges = new ArrayList<>();
        Set<VerificationLevel> levels = verification.levelsOf(seller);
        for (VerificationLevel level : SHOWN) {
            if (levels.contains(level)) {
                String kind = "verified-" + level.name().toLowerCase();
                badges.add(new SellerBadge(kind, "reviews.badge." + kind, ""));
            }
        }
        responseTimes.medianOf(seller)
                .filter(median -> median.compareTo(settings.responseBadgeWithin()) <= 0)
                .ifPresent(median -> badges.add(new SellerBadge("responds", "reviews.badge.responds", roughly(median))));
        return badges;
    }

    /** "5 min", "2 h": rounded up, so the badge never promises more than the seller does. */
    static String roughly(Duration median) {
        if (median.compareTo(Duration.ofHours(1)) < 0) {
            return Math.max(1, (median.toSeconds() + 59) / 60) + " min";
        }
        return ((median.toMinutes() + 59) / 60) + " h";
    }
}
