package dev.agora.listings.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The content a published listing had before an edit: kept so operators can see what buyers saw. */
@Entity
@Table(name = "listings_revision")
class ListingRevision {

    @Id
    private UUID id;

    @Column(name = "listing_id")
    private UUID listingId;

    private long revision;
    private String snapshot;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ListingRevision() {
        this.id = UUID.randomUUID();
        this.listingId = UUID.randomUUID();
        this.snapshot = "{}";
        this.createdAt = Instant.EPOCH;
    }

    ListingRevision(UUID listingId, long revision, String snapshot, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.listingId = listingId;
        this.revision = revision;
        this.snapshot = snapshot;
        this.createdAt = createdAt;
    }

    long revision() {
        return revision;
    }

    String snapshot() {
        return snapshot;
    }
}
