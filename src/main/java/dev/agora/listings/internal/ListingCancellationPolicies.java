package dev.agora.listings.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.CancellationPolicies;
import dev.agora.listings.CancellationPolicy;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.ListingType;
import dev.agora.listings.NotYourListingException;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Cancellation policies in their own table next to the listing (added with issue 6's payouts work). */
@Component
class ListingCancellationPolicies implements CancellationPolicies {

    private final JdbcClient jdbc;
    private final Clock clock;

    ListingCancellationPolicies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public CancellationPolicy of(ListingId listing) {
        return jdbc.sql("SELECT policy FROM listings_cancellation_policy WHERE listing_id = ?").param(listing.value())
                .query(String.class).optional().map(CancellationPolicy::valueOf).orElse(CancellationPolicy.STANDARD);
    }

    @Override
    @Transactional
    public void choose(AccountId seller, ListingId listing, CancellationPolicy policy) {
        var row = jdbc.sql("SELECT seller_id, listing_type FROM listings_listing WHERE id = ?").param(listing.value())
                .query((rs, n) -> new Object[] {rs.getObject(1, java.util.UUID.class), rs.getString(2)}).optional()
                .orElseThrow(() -> new ListingNotFoundException(listing));
        if (!seller.value().equals(row[0])) {
            throw new NotYourListingException(listing);
        }
        if (ListingType.valueOf((String) row[1]) == ListingType.ITEM) {
            throw InvalidInputException.of("cancellationPolicy", "listings.cancellation-policy.items",
                    "Cancellation policies are for rentals and services");
        }
        jdbc.sql("DELETE FROM listings_cancellation_policy WHERE listing_id = ?").param(listing.value()).update();
        jdbc.sql("INSERT INTO listings_cancellation_policy (listing_id, policy, chosen_at) VALUES (?, ?, ?)")
                .params(listing.value(), policy.name(), clock.instant().atOffset(ZoneOffset.UTC)).update();
    }
}
