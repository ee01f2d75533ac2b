package dev.agora.search.internal;

import dev.agora.identity.AccountId;
import dev.agora.listings.SellerSignals;
import dev.agora.listings.SellerSignals.SellerBadge;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the index keeps about a listing's seller, read from every {@link SellerSignals} bean (reviews gives the
 * rating and verification badges, trust the level badge) so search needs neither module's internals.
 *
 * @param rating the shown average (1–5), null while nobody rated the seller
 * @param verified the seller holds an ID, business or phone verification
 * @param level NEW, RISING or TOP (NEW when trust says nothing)
 */
record SellerFacts(@Nullable Double rating, boolean verified, String level) {

    static final SellerFacts UNKNOWN = new SellerFacts(null, false, "NEW");
    static final Set<String> LEVELS = Set.of("NEW", "RISING", "TOP");
    /** The badge kind trust's seller level uses; its message key ends in the level ({@code trust.level.top}). */
    static final String LEVEL_BADGE = "trust.level";
    static final String VERIFIED_BADGE_PREFIX = "verified-";

    static SellerFacts of(List<SellerSignals> sources, AccountId seller) {
        Double rating = sources.stream().map(source -> source.ratingOf(seller)).flatMap(Optional::stream).findFirst()
                .map(r -> r.average().doubleValue()).orElse(null);
        List<SellerBadge> badges = sources.stream().flatMap(source -> source.badgesOf(seller).stream()).toList();
        boolean verified = badges.stream().anyMatch(b -> b.kind().startsWith(VERIFIED_BADGE_PREFIX));
        String level = badges.stream().filter(b -> b.kind().equals(LEVEL_BADGE))
                .map(b -> b.messageKey().substring(b.messageKey().lastIndexOf('.') + 1).toUpperCase(Locale.ROOT))
                .filter(LEVELS::contains).findFirst().orElse("NEW");
        return new SellerFacts(rating, verified, level);
    }
}
