package dev.agora.trust.internal.standing;

import dev.agora.identity.AccountId;
import dev.agora.listings.SellerSignals;
import dev.agora.orders.SellerStanding;
import dev.agora.trust.SellerLevel;
import dev.agora.trust.internal.TrustSettings;
import dev.agora.trust.internal.disputes.Disputes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Seller levels and their terms. The level comes from completed orders, the rating (from whichever
 * {@link SellerSignals} gives one, e.g. the reviews module), the dispute and cancellation rates and the reply time;
 * each active strike lowers it one step. Terms: every active strike adds payout hold days and cancels the
 * commission step; without strikes each level above NEW takes one commission step off and TOP shortens the hold.
 * This is orders' {@link SellerStanding} and listings' level badge.
 */
@Service
public class SellerLevels implements SellerStanding, SellerSignals {

    private final StandingStore store;
    private final Disputes disputes;
    private final ObjectProvider<SellerSignals> signals;
    private final TrustSettings settings;
    private final Clock clock;

    SellerLevels(StandingStore store, Disputes disputes, ObjectProvider<SellerSignals> signals, TrustSettings settings,
            Clock clock) {
        this.store = store;
        this.disputes = disputes;
        this.signals = signals;
        this.settings = settings;
        this.clock = clock;
    }

    public SellerStats statsOf(AccountId seller) {
        return statsOf(seller, store.counts(seller), store.activeStrikes(seller, clock.instant()));
    }

    private SellerStats statsOf(AccountId seller, Optional<StandingStore.Counts> stored, List<Strike> strikes) {
        var counts = stored.orElse(new StandingStore.Counts(0, 0, 0, 0));
        long[] disputed = disputes.sellerCounts(seller);
        return new SellerStats(counts.completed(), counts.cancelledBySeller(), disputed[0], disputed[1], counts.replies(),
                counts.replyMinutesTotal(), strikes.size(), rating(seller));
    }

    public List<Strike> strikesOf(AccountId seller) {
        return store.activeStrikes(seller, clock.instant());
    }

    public SellerLevel levelOf(AccountId seller) {
        SellerStats stats = statsOf(seller);
        return baseLevel(stats).lower(stats.activeStrikes());
    }

    @Override
    public Terms termsOf(AccountId seller) {
        // most sellers have no record yet: two indexed reads and done (checkout asks this for every order)
        var counts = store.counts(seller);
        var strikes = store.activeStrikes(seller, clock.instant());
        if (counts.isEmpty() && strikes.isEmpty()) {
            return Terms.NEUTRAL;
        }
        SellerStats stats = statsOf(seller, counts, strikes); // orders-lean: not read a second time
        var levels = settings.levels();
        if (stats.activeStrikes() > 0) {
            return new Terms(0, stats.activeStrikes() * levels.strikeHoldDays());
        }
        SellerLevel level = baseLevel(stats);
        return new Terms(level.ordinal() * levels.commissionStepBasisPoints(), level == SellerLevel.TOP ? -levels.topHoldDays() : 0);
    }

    @Override
    public List<SellerBadge> badgesOf(AccountId seller) {
        SellerLevel level = levelOf(seller);
        return level == SellerLevel.NEW ? List.of() : List.of(new SellerBadge("trust.level", level.messageKey(), ""));
    }

    private SellerLevel baseLevel(SellerStats stats) {
        var levels = settings.levels();
        Double rating = stats.rating();
        Duration reply = stats.averageReply();
        if (stats.completed() >= levels.topCompleted() && stats.disputeRate() <= levels.maxDisputeRate()
                && stats.cancellationRate() <= levels.maxCancellationRate()
                && (rating == null || rating >= levels.topMinRating())
                && (reply == null || reply.compareTo(levels.topMaxResponse()) <= 0)) {
            return SellerLevel.TOP;
        }
        if (stats.completed() >= levels.risingCompleted() && (rating == null || rating >= levels.risingMinRating())
                && stats.cancellationRate() <= 2 * levels.maxCancellationRate()) {
            return SellerLevel.RISING;
        }
        return SellerLevel.NEW;
    }

    /** The rating some other module (reviews) gives through {@link SellerSignals}; null while nobody does. */
    private @Nullable Double rating(AccountId seller) {
        return signals.orderedStream().filter(s -> s != this).map(s -> s.ratingOf(seller))
                .flatMap(Optional::stream).findFirst().map(r -> r.average().doubleValue()).orElse(null);
    }
}
