package dev.agora.listings.internal;

import dev.agora.identity.AccountId;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingClosed;
import dev.agora.listings.ListingDraft;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingNotFoundException;
import dev.agora.listings.ListingStatus;
import dev.agora.listings.ListingView;
import dev.agora.listings.NotYourListingException;
import dev.agora.listings.StaleListingException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes: creating, editing and moving listings through their lifecycle. Reads are in {@link ListingQueries}. */
@Service
@Transactional
class ListingRegistry extends ListingQueries {

    private final ListingRules rules;
    private final QualityChecks quality;
    private final CategoryManagement categories;
    private final ListingRevisionRepository revisions;
    private final ListingPhotos photos;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    // reviews helper (issue 9): operators' verification requirements, checked at publish and resume
    private final VerificationRequirements requirements;

    ListingRegistry(ListingRepository listings, ListingViews views, ListingRules rules, QualityChecks quality,
            CategoryManagement categories, ListingRevisionRepository revisions, ListingPhotos photos,
            ApplicationEventPublisher events, Clock clock, VerificationRequirements requirements) {
        super(listings, views, categories);
        this.rules = rules;
        this.quality = quality;
        this.categories = categories;
        this.revisions = revisions;
        this.photos = photos;
        this.events = events;
        this.clock = clock;
        this.requirements = requirements;
    }

    @Override
    public ListingView create(AccountId seller, ListingDraft draft) {
        ListingContent content = rules.check(draft, category(draft));
        Listing listing = listings.save(new Listing(seller.value(), content, clock.instant()));
        return views.view(listing);
    }

    @Override
    public ListingView update(AccountId actor, ListingId id, @Nullable Long expectedVersion, ListingDraft draft) {
        Listing listing = own(actor, id);
        if (expectedVersion != null && expectedVersion != listing.version()) {
            throw new StaleListingException(id, expectedVersion, listing.version());
        }
        ListingContent content = rules.check(draft, category(draft));
        Instant now = clock.instant();
        boolean live = listing.status() == ListingStatus.PUBLISHED || listing.status() == ListingStatus.PAUSED;
        if (live) {
            revisions.save(new ListingRevision(listing.id(), listing.version(),
                    Json.write(views.view(listing).toDraft()), now));
        }
        listing.revise(content, now);
        if (listing.status() == ListingStatus.PUBLISHED) {
            String reason = quality.reasonToHold(listing, false);
            if (reason != null) {
                listing.hold(reason, now);
            }
        }
        if (live || listing.status() == ListingStatus.PENDING_APPROVAL) {
            events.publishEvent(views.changed(listing, now));
        }
        return flushed(listing);
    }

    @Override
    public ListingView changePrice(AccountId actor, ListingId id, String price) {
        ListingView current = views.view(own(actor, id));
        return update(actor, id, null, current.toDraft().withPrice(price));
    }

    @Override
    public ListingView publish(AccountId actor, ListingId id) {
        Listing listing = own(actor, id);
        requirements.check(views.view(listing));
        boolean requiresApproval = categories.findCategory(views.categorySlug(listing.content().categoryId()))
                .map(CategoryView::requiresApproval)
                .orElse(false);
        Instant now = clock.instant();
        listing.submit(quality.reasonToHold(listing, requiresApproval), now);
        if (listing.status() == ListingStatus.PUBLISHED) {
            events.publishEvent(views.published(listing, now));
        }
        return flushed(listing);
    }

    @Override
    public ListingView approve(ListingId id) {
        Listing listing = live(id);
        Instant now = clock.instant();
        listing.approve(now);
        events.publishEvent(views.published(listing, now));
        return flushed(listing);
    }

    @Override
    public ListingView pause(AccountId actor, ListingId id) {
        Listing listing = own(actor, id);
        listing.pause(clock.instant());
        events.publishEvent(views.changed(listing, clock.instant()));
        return flushed(listing);
    }

    @Override
    public int pauseAll(AccountId actor, List<ListingId> ids) {
        int paused = 0;
        for (ListingId id : ids) {
            Listing listing = own(actor, id);
            if (listing.status() == ListingStatus.PUBLISHED) {
                listing.pause(clock.instant());
                events.publishEvent(views.changed(listing, clock.instant()));
                paused++;
            }
        }
        return paused;
    }

    @Override
    public ListingView resume(AccountId actor, ListingId id) {
        Listing listing = own(actor, id);
        requirements.check(views.view(listing));
        listing.resume(clock.instant());
        events.publishEvent(views.published(listing, clock.instant()));
        return flushed(listing);
    }

    @Override
    public ListingView close(AccountId actor, ListingId id) {
        Listing listing = own(actor, id);
        listing.close(clock.instant());
        events.publishEvent(new ListingClosed(UUID.randomUUID(), id, actor, ListingClosed.Reason.WITHDRAWN, clock.instant()));
        return flushed(listing);
    }

    @Override
    public void delete(AccountId actor, ListingId id) {
        Listing listing = own(actor, id);
        boolean wasOpen = listing.status() != ListingStatus.CLOSED;
        listing.delete(clock.instant());
        if (wasOpen) {
            events.publishEvent(new ListingClosed(UUID.randomUUID(), id, actor, ListingClosed.Reason.DELETED, clock.instant()));
        }
    }

    @Override
    public ListingView addPhoto(AccountId actor, ListingId id, byte[] content) {
        Listing listing = own(actor, id);
        photos.add(listing, content);
        return flushed(listing);
    }

    @Override
    public ListingView reorderPhotos(AccountId actor, ListingId id, List<String> photoIds) {
        Listing listing = own(actor, id);
        listing.reorderPhotos(photoIds);
        return flushed(listing);
    }

    @Override
    public ListingView removePhoto(AccountId actor, ListingId id, String photoId) {
        Listing listing = own(actor, id);
        photos.remove(listing, photoId);
        return flushed(listing);
    }

    // --- trust ---
    @Override
    public ListingView holdForModeration(ListingId id, String reason) {
        Listing listing = live(id);
        Instant now = clock.instant();
        boolean wasLive = listing.status() == ListingStatus.PUBLISHED || listing.status() == ListingStatus.PAUSED;
        listing.hold(reason, now);
        if (wasLive) {
            events.publishEvent(views.changed(listing, now));
        }
        return flushed(listing);
    }

    @Override
    public ListingView removeForModeration(ListingId id, String reason) {
        Listing listing = live(id);
        Instant now = clock.instant();
        if (listing.status() != ListingStatus.CLOSED) {
            listing.close(now);
            events.publishEvent(new ListingClosed(UUID.randomUUID(), id, new AccountId(listing.sellerId()),
                    ListingClosed.Reason.REMOVED, now));
        }
        return flushed(listing);
    }
    // --- end trust ---

    private @Nullable CategoryView category(ListingDraft draft) {
        return draft.categorySlug() == null ? null : categories.findCategory(draft.categorySlug()).orElse(null);
    }

    private Listing own(AccountId actor, ListingId id) {
        Listing listing = live(id);
        if (!listing.sellerId().equals(actor.value())) {
            throw new NotYourListingException(id);
        }
        return listing;
    }

    private Listing live(ListingId id) {
        return listings.findLive(id.value()).orElseThrow(() -> new ListingNotFoundException(id));
    }

    /** Flushes so the returned view carries the new version (the API's next ETag). */
    private ListingView flushed(Listing listing) {
        listings.flush();
        return views.view(listing);
    }
}
