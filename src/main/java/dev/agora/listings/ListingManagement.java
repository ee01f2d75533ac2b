package dev.agora.listings;

import dev.agora.identity.AccountId;
import dev.agora.kernel.pagination.CursorPage;
import dev.agora.kernel.pagination.PageLimit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The listings module's API. Every change takes the acting account and refuses another seller's listing
 * ({@link NotYourListingException}); invalid input throws
 * {@link dev.agora.kernel.validation.InvalidInputException} and changes nothing.
 */
public interface ListingManagement {

    ListingView create(AccountId seller, ListingDraft draft);

    /** Changes a listing; {@code expectedVersion} (the API's If-Match) must match when given. */
    ListingView update(AccountId actor, ListingId id, @Nullable Long expectedVersion, ListingDraft draft);

    ListingView changePrice(AccountId actor, ListingId id, String price);

    /** Publishes, or holds for moderation when a quality check or the category asks for it. */
    ListingView publish(AccountId actor, ListingId id);

    ListingView pause(AccountId actor, ListingId id);

    ListingView resume(AccountId actor, ListingId id);

    ListingView close(AccountId actor, ListingId id);

    void delete(AccountId actor, ListingId id);

    /** Pauses each published listing of the actor among {@code ids}; returns how many were paused. */
    int pauseAll(AccountId actor, List<ListingId> ids);

    /** An operator lets a held listing go live. */
    ListingView approve(ListingId id);

    ListingView addPhoto(AccountId actor, ListingId id, byte[] content);

    ListingView reorderPhotos(AccountId actor, ListingId id, List<String> photoIds);

    ListingView removePhoto(AccountId actor, ListingId id, String photoId);

    /** Any listing that is not deleted (for its seller and operators). */
    Optional<ListingView> find(ListingId id);

    /** A listing buyers may see: published, paused or closed (shown as unavailable), not deleted. */
    Optional<ListingView> findVisible(ListingId id);

    /**
     * The visible ones of these listings, in the order given, read in a few statements whatever their number
     * (a result page asks for twenty at once).
     */
    List<ListingView> findVisible(List<ListingId> ids);

    List<ListingView> listingsOf(AccountId seller, @Nullable ListingStatus status);

    /**
     * A page of a seller's listings, newest first; {@code cursor} is the previous page's
     * {@code nextCursor} (or {@code null}). An unknown cursor is an {@code InvalidInputException}.
     */
    CursorPage<ListingView> listingsOf(AccountId seller, @Nullable ListingStatus status, @Nullable String cursor,
            PageLimit limit);

    List<ListingView> latestPublished(int limit);

    /** Published listings of a category and its sub-categories, newest first. */
    List<ListingView> publishedInCategory(CategoryId category, int page, int size);

    long countPublished();

    /** A page of published listings ordered by id, for the sitemap. */
    List<SitemapEntry> sitemapPage(int page, int size);

    List<ListingId> pendingApproval();

    // --- admin (issue 10): the console's listing search
    /** Listings (not deleted) whose title contains {@code text} (case-insensitive; all when blank), optionally in one status, newest change first. */
    List<ListingView> search(String text, @Nullable ListingStatus status, int limit);
    // --- end admin
    // --- trust ---
    /**
     * Moderation takes a listing off the market for review or an edit: it goes back to pending approval with the
     * reason shown to the seller ({@link #approve} lets it go live again). Works on drafts, live and held listings.
     */
    ListingView holdForModeration(ListingId id, String reason);

    /** Moderation removes a listing for good (closed, reason {@link ListingClosed.Reason#REMOVED}). */
    ListingView removeForModeration(ListingId id, String reason);
    // --- end trust ---

    record SitemapEntry(String path, java.time.Instant lastModified) {}
}
