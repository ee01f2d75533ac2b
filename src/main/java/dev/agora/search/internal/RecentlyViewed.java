package dev.agora.search.internal;

import dev.agora.identity.AccountId;
import dev.agora.listings.ListingId;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The last listings a member looked at; a second look moves a listing to the front. */
@Service
public class RecentlyViewed {

    static final int KEPT = 50;

    private final JdbcClient jdbc;
    private final Clock clock;

    RecentlyViewed(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(AccountId member, ListingId listing) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("UPDATE search_recently_viewed SET viewed_at = :at WHERE account_id = :account AND listing_id = :listing")
                .param("at", now).param("account", member.value()).param("listing", listing.value()).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO search_recently_viewed (account_id, listing_id, viewed_at) VALUES (:account, :listing, :at)")
                        .param("account", member.value()).param("listing", listing.value()).param("at", now).update();
            } catch (DuplicateKeyException e) {
                // the same member viewed it twice at once: one row is all we keep
            }
        }
        List<UUID> beyond = jdbc.sql("""
                SELECT listing_id FROM search_recently_viewed WHERE account_id = :account
                ORDER BY viewed_at DESC, listing_id OFFSET :kept ROWS""")
                .param("account", member.value()).param("kept", KEPT).query(UUID.class).list();
        if (!beyond.isEmpty()) {
            jdbc.sql("DELETE FROM search_recently_viewed WHERE account_id = :account AND listing_id IN (:ids)")
                    .param("account", member.value()).param("ids", beyond).update();
        }
    }

    /** Most recent first. */
    public List<ListingId> of(AccountId member, int limit) {
        return jdbc.sql("""
                SELECT listing_id FROM search_recently_viewed WHERE account_id = :account
                ORDER BY viewed_at DESC, listing_id LIMIT :limit""")
                .param("account", member.value()).param("limit", limit)
                .query((rs, i) -> new ListingId(rs.getObject(1, UUID.class))).list();
    }
}
