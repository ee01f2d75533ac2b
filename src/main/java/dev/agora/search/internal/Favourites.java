package dev.agora.search.internal;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingNotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Members' favourite listings. Adding twice or removing what is not there changes nothing. */
@Service
public class Favourites {

    private final JdbcClient jdbc;
    private final ListingManagement listings;
    private final Clock clock;

    Favourites(JdbcClient jdbc, ListingManagement listings, Clock clock) {
        this.jdbc = jdbc;
        this.listings = listings;
        this.clock = clock;
    }

    /** Keeps a visible listing as a favourite; throws {@link ListingNotFoundException} for any other. */
    public void add(AccountId member, ListingId listing) {
        listings.findVisible(listing).orElseThrow(() -> new ListingNotFoundException(listing));
        try {
            jdbc.sql("""
                    INSERT INTO search_favourite (account_id, listing_id, created_at)
                    SELECT :account, :listing, :at WHERE NOT EXISTS (
                        SELECT 1 FROM search_favourite WHERE account_id = :account AND listing_id = :listing)""")
                    .param("account", member.value()).param("listing", listing.value())
                    .param("at", Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            // a concurrent add of the same favourite won: the outcome is the same
        }
    }

    public void remove(AccountId member, ListingId listing) {
        jdbc.sql("DELETE FROM search_favourite WHERE account_id = :account AND listing_id = :listing")
                .param("account", member.value()).param("listing", listing.value()).update();
    }

    /** Adds or removes; returns whether it is a favourite now. */
    public boolean toggle(AccountId member, ListingId listing) {
        if (isFavourite(member, listing)) {
            remove(member, listing);
            return false;
        }
        add(member, listing);
        return true;
    }

    public boolean isFavourite(AccountId member, ListingId listing) {
        return jdbc.sql("SELECT COUNT(*) FROM search_favourite WHERE account_id = :account AND listing_id = :listing")
                .param("account", member.value()).param("listing", listing.value()).query(Long.class).single() > 0;
    }

    public long count(ListingId listing) {
        return jdbc.sql("SELECT COUNT(*) FROM search_favourite WHERE listing_id = :listing")
                .param("listing", listing.value()).query(Long.class).single();
    }

    /** Newest first, at most {@code limit}. */
    public List<ListingId> of(AccountId member, int limit) {
        return jdbc.sql("""
                SELECT listing_id FROM search_favourite WHERE account_id = :account
                ORDER BY created_at DESC, listing_id LIMIT :limit""")
                .param("account", member.value()).param("limit", limit)
                .query((rs, i) -> new ListingId(rs.getObject(1, UUID.class))).list();
    }

    /** Which of these listings the member keeps (for hearts on a result page). */
    public Set<String> amongst(AccountId member, List<ListingId> candidates) {
        Set<String> kept = new HashSet<>();
        if (candidates.isEmpty()) {
            return kept;
        }
        jdbc.sql("SELECT listing_id FROM search_favourite WHERE account_id = :account AND listing_id IN (:ids)")
                .param("account", member.value()).param("ids", candidates.stream().map(ListingId::value).toList())
                .query((rs, i) -> rs.getObject(1, UUID.class).toString()).list().forEach(kept::add);
        return kept;
    }
}
