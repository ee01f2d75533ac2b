package dev.agora.listings.internal;

import static dev.agora.listings.ListingStatus.CLOSED;
import static dev.agora.listings.ListingStatus.DRAFT;
import static dev.agora.listings.ListingStatus.PAUSED;
import static dev.agora.listings.ListingStatus.PENDING_APPROVAL;
import static dev.agora.listings.ListingStatus.PUBLISHED;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.ListingStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A listing and its lifecycle. Every move checks the current status: draft → (pending approval) → published
 * ⇄ paused → closed; content changes are refused once closed; deletion is soft.
 */
@Entity
@Table(name = "listings_listing")
class Listing {

    @Id
    private UUID id;

    @Column(name = "seller_id")
    private UUID sellerId;

    @Embedded
    private ListingColumns content;

    @Enumerated(EnumType.STRING)
    private ListingStatus status;

    @Column(name = "hold_reason")
    private @Nullable String holdReason;

    // search-speed helper: a result page of twenty listings reads their dates and photos in one statement each
    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "listings_blocked_date", joinColumns = @JoinColumn(name = "listing_id"))
    @Column(name = "blocked_date")
    private Set<LocalDate> blockedDates = new TreeSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "listings_photo", joinColumns = @JoinColumn(name = "listing_id"))
    @OrderColumn(name = "position")
    private List<Photo> photos = new ArrayList<>();

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    @Version
    private long version;

    protected Listing() {
        this.id = UUID.randomUUID();
        this.sellerId = UUID.randomUUID();
        this.content = new ListingColumns();
        this.status = DRAFT;
        this.createdAt = Instant.EPOCH;
        this.updatedAt = Instant.EPOCH;
    }

    Listing(UUID sellerId, ListingContent content, Instant now) {
        this();
        this.sellerId = sellerId;
        this.createdAt = now;
        apply(content, now);
    }

    /** Replaces the content; a closed listing keeps what it had. */
    void revise(ListingContent content, Instant now) {
        requireStatus("edit", DRAFT, PENDING_APPROVAL, PUBLISHED, PAUSED);
        apply(content, now);
    }

    /** The dates a rental or a service cannot be booked on; a closed listing keeps what it had. */
    void block(Set<LocalDate> dates, Instant now) {
        requireStatus("edit", DRAFT, PENDING_APPROVAL, PUBLISHED, PAUSED);
        this.blockedDates = new TreeSet<>(dates);
        this.updatedAt = now;
    }

    private void apply(ListingContent content, Instant now) {
        this.content = ListingColumns.of(content);
        this.blockedDates = new TreeSet<>(content.blockedDates());
        this.updatedAt = now;
    }

    /** Publishes a draft, or holds it for moderation with the reason shown to the seller. */
    void submit(@Nullable String reasonToHold, Instant now) {
        requireStatus("publish", DRAFT);
        if (reasonToHold != null) {
            hold(reasonToHold, now);
        } else {
            goLive(now);
        }
    }

    /** A published or paused listing whose edit failed a quality check waits for an operator again. */
    void hold(String reason, Instant now) {
        requireStatus("hold", DRAFT, PUBLISHED, PAUSED, PENDING_APPROVAL);
        this.status = PENDING_APPROVAL;
        this.holdReason = reason.length() > 300 ? reason.substring(0, 299) + "…" : reason;
        this.updatedAt = now;
    }

    void approve(Instant now) {
        requireStatus("approve", PENDING_APPROVAL);
        goLive(now);
    }

    void pause(Instant now) {
        requireStatus("pause", PUBLISHED);
        this.status = PAUSED;
        this.updatedAt = now;
    }

    void resume(Instant now) {
        requireStatus("resume", PAUSED);
        goLive(now);
    }

    void close(Instant now) {
        requireStatus("close", DRAFT, PENDING_APPROVAL, PUBLISHED, PAUSED);
        this.status = CLOSED;
        this.closedAt = now;
        this.updatedAt = now;
    }

    void delete(Instant now) {
        if (deletedAt == null) {
            if (status != CLOSED) {
                close(now);
            }
            this.deletedAt = now;
        }
    }

    void addPhoto(Photo photo, int maxPhotos) {
        requireStatus("add a photo to", DRAFT, PENDING_APPROVAL, PUBLISHED, PAUSED);
        if (photos.size() >= maxPhotos) {
            throw InvalidInputException.of("photos", "photos.tooMany", "a listing has at most " + maxPhotos + " photos");
        }
        photos.add(photo);
    }

    void reorderPhotos(List<String> photoIds) {
        List<Photo> reordered = new ArrayList<>();
        for (String photoId : photoIds) {
            photos.stream().filter(p -> p.photoId().equals(photoId)).findFirst().ifPresent(reordered::add);
        }
        if (reordered.size() != photos.size() || Set.copyOf(photoIds).size() != photoIds.size()) {
            throw InvalidInputException.of("photos", "photos.order", "name every photo of the listing exactly once");
        }
        photos.clear();
        photos.addAll(reordered);
    }

    Photo removePhoto(String photoId) {
        Photo photo = photos.stream().filter(p -> p.photoId().equals(photoId)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("photoId", "photos.unknown", "no such photo"));
        photos.remove(photo);
        return photo;
    }

    private void goLive(Instant now) {
        this.status = PUBLISHED;
        this.holdReason = null;
        if (publishedAt == null) {
            this.publishedAt = now;
        }
        this.updatedAt = now;
    }

    private void requireStatus(String action, ListingStatus... allowed) {
        if (deletedAt != null || !Arrays.asList(allowed).contains(status)) {
            throw InvalidInputException.of("status", "listing.transition",
                    "cannot " + action + " a listing that is " + (deletedAt != null ? "deleted" : status.name().toLowerCase()));
        }
    }

    UUID id() { return id; }
    UUID sellerId() { return sellerId; }
    ListingColumns content() { return content; }
    ListingStatus status() { return status; }
    @Nullable String holdReason() { return holdReason; }
    Set<LocalDate> blockedDates() { return blockedDates; }
    List<Photo> photos() { return List.copyOf(photos); }
    Instant createdAt() { return createdAt; }
    Instant updatedAt() { return updatedAt; }
    @Nullable Instant publishedAt() { return publishedAt; }
    boolean deleted() { return deletedAt != null; }
    long version() { return version; }
}
