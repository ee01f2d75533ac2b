package dev.agora.listings.internal;

import dev.agora.identity.AccountErased;
import dev.agora.identity.AccountId;
import dev.agora.kernel.privacy.PersonalData;
import dev.agora.kernel.privacy.PersonalDataSource;
import dev.agora.kernel.storage.BlobStorage;
import dev.agora.listings.ListingClosed;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingView;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A seller's listings in their data export (with the photos in full size), and their erasure when the account is
 * deleted: every listing is closed and deleted, its texts, place, photos and revisions removed. The row stays as a
 * tombstone because orders point at it; idempotent, so a repeated event changes nothing more.
 */
@Component
class ListingsPrivacy implements PersonalDataSource {

    private final ListingManagement listings;
    private final JdbcClient jdbc;
    private final BlobStorage blobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ListingsPrivacy(ListingManagement listings, JdbcClient jdbc, BlobStorage blobs, ApplicationEventPublisher events,
            Clock clock) {
        this.listings = listings;
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String section() {
        return "listings";
    }

    @Override
    public PersonalData export(UUID accountId) {
        List<ListingView> own = listings.listingsOf(new AccountId(accountId), null);
        List<String> files = new ArrayList<>();
        own.forEach(listing -> listing.photos().forEach(
                photo -> files.add(ListingViews.photoKey(listing.id().value(), photo.id(), "large"))));
        return new PersonalData(own, files);
    }

    @ApplicationModuleListener
    void on(AccountErased erased) {
        UUID seller = erased.accountId().value();
        Instant now = clock.instant();
        List<UUID> open = jdbc.sql("SELECT id FROM listings_listing WHERE seller_id = ? AND status <> 'CLOSED'")
                .param(seller).query(UUID.class).list();
        List<UUID> all = jdbc.sql("SELECT id FROM listings_listing WHERE seller_id = ?").param(seller).query(UUID.class).list();
        for (UUID listing : all) {
            jdbc.sql("SELECT photo_id FROM listings_photo WHERE listing_id = ?").param(listing).query(String.class).list()
                    .forEach(photo -> PhotoPipeline.SIZES.keySet()
                            .forEach(size -> blobs.delete(ListingViews.photoKey(listing, photo, size))));
            jdbc.sql("DELETE FROM listings_photo WHERE listing_id = ?").param(listing).update();
            jdbc.sql("DELETE FROM listings_revision WHERE listing_id = ?").param(listing).update();
            jdbc.sql("DELETE FROM listings_blocked_date WHERE listing_id = ?").param(listing).update();
        }
        jdbc.sql("""
                UPDATE listings_listing SET title = 'Deleted listing', slug = 'deleted', description = '', city = '',
                  postal_code = '', latitude = NULL, longitude = NULL, attributes = '{}', hold_reason = NULL,
                  status = 'CLOSED', closed_at = COALESCE(closed_at, :now), deleted_at = COALESCE(deleted_at, :now),
                  version = version + 1
                WHERE seller_id = :seller""").param("now", Timestamp.from(now)).param("seller", seller).update();
        open.forEach(listing -> events.publishEvent(new ListingClosed(UUID.randomUUID(), new ListingId(listing),
                erased.accountId(), ListingClosed.Reason.DELETED, now)));
    }
}
