package dev.agora.listings.internal.web;

import dev.agora.identity.AccountId;
import dev.agora.listings.SellerSignals;
import dev.agora.listings.SellerSignals.SellerBadge;
import dev.agora.listings.SellerSignals.SellerRating;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Everything the {@link SellerSignals} beans say about a seller, for the listing page (fresh) and listing cards
 * (templates call {@code @sellerSignalsView.cached(listing.sellerId)}): a page of 24 cards by a handful of sellers
 * asks each source once per seller per minute. The cache is per node and only shortens freshness by its TTL, so
 * several nodes need not share it.
 */
@Component("sellerSignalsView")
public class SellerSignalsView {

    static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    /** What a card or seller card shows: the rating (if any source gives one) and all badges in source order. */
    public record Signals(@Nullable SellerRating rating, List<SellerBadge> badges) {

        public boolean isEmpty() {
            return rating == null && badges.isEmpty();
        }
    }

    private record Entry(Signals signals, Instant until) {}

    private final ObjectProvider<SellerSignals> sources;
    private final Clock clock;
    private final Map<AccountId, Entry> cache = new ConcurrentHashMap<>();

    SellerSignalsView(ObjectProvider<SellerSignals> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** Asks every source now and refreshes the cache. */
    public Signals of(AccountId seller) {
        List<SellerSignals> all = sources.orderedStream().toList();
        Optional<SellerRating> rating = all.stream().map(s -> s.ratingOf(seller)).flatMap(Optional::stream).findFirst();
        List<SellerBadge> badges = all.stream().flatMap(s -> s.badgesOf(seller).stream()).toList();
        Signals signals = new Signals(rating.orElse(null), badges);
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(seller, new Entry(signals, clock.instant().plus(TTL)));
        return signals;
    }

    /** The signals from the last minute, asking the sources only when there are none. */
    public Signals cached(AccountId seller) {
        Entry entry = cache.get(seller);
        return entry != null && entry.until().isAfter(clock.instant()) ? entry.signals() : of(seller);
    }
}
