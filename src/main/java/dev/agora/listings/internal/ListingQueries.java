package dev.agora.listings.internal;

import dev.agora.identity.AccountId;
import dev.agora.kernel.pagination.Cursor;
import dev.agora.kernel.pagination.CursorPage;
import dev.agora.kernel.pagination.PageLimit;
import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.listings.CategoryId;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import dev.agora.listings.ListingStatus;
import dev.agora.listings.ListingView;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.HashMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** The read side of {@link ListingManagement}; {@link ListingRegistry} adds the writes. */
abstract class ListingQueries implements ListingManagement {

    protected final ListingRepository listings;
    protected final ListingViews views;
    private final CategoryManagement categoryTree;

    ListingQueries(ListingRepository listings, ListingViews views, CategoryManagement categoryTree) {
        this.listings = listings;
        this.views = views;
        this.categoryTree = categoryTree;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ListingView> find(ListingId id) {
        return listings.findLive(id.value()).map(views::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ListingView> findVisible(ListingId id) {
        return listings.findLive(id.value()).filter(ListingQueries::visible).map(views::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ListingView> findVisible(List<ListingId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Listing> found = new HashMap<>();
        listings.findLiveIn(ids.stream().map(ListingId::value).toList()).forEach(l -> found.put(l.id(), l));
        return ids.stream().map(id -> found.get(id.value())).filter(l -> l != null && visible(l)).map(views::view)
                .toList();
    }

    private static boolean visible(Listing l) {
        return l.status() == ListingStatus.PUBLISHED || l.status() == ListingStatus.PAUSED
                || (l.status() == ListingStatus.CLOSED && l.publishedAt() != null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ListingView> listingsOf(AccountId seller, @Nullable ListingStatus status) {
        var found = status == null
                ? listings.findBySeller(seller.value())
                : listings.findBySellerAndStatus(seller.value(), status);
        return found.stream().map(views::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CursorPage<ListingView> listingsOf(AccountId seller, @Nullable ListingStatus status,
            @Nullable String cursor, PageLimit limit) {
        List<ListingStatus> statuses = status == null ? List.of(ListingStatus.values()) : List.of(status);
        Cursor after = Cursor.decode(cursor, 2);
        PageRequest rows = PageRequest.of(0, limit.fetchSize());
        List<Listing> found;
        if (after == null) {
            found = listings.sellerPageFirst(seller.value(), statuses, rows);
        } else {
            found = listings.sellerPageAfter(seller.value(), statuses, instant(after.key(0)), uuid(after.key(1)), rows);
        }
        return CursorPage.of(found, limit, l -> Cursor.of(l.createdAt(), l.id()), views::view);
    }

    private static Instant instant(String key) {
        try {
            return Instant.parse(key);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of("cursor", "cursor.invalid", "is not a cursor this API handed out");
        }
    }

    private static UUID uuid(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("cursor", "cursor.invalid", "is not a cursor this API handed out");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<ListingView> latestPublished(int limit) {
        return listings.findByStatusNewestFirst(ListingStatus.PUBLISHED, PageRequest.of(0, limit)).stream()
                .map(views::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ListingView> publishedInCategory(CategoryId category, int page, int size) {
        List<UUID> ids = new ArrayList<>();
        Deque<CategoryId> todo = new ArrayDeque<>(List.of(category));
        while (!todo.isEmpty()) {
            CategoryId next = todo.pop();
            ids.add(next.value());
            categoryTree.children(next).stream().map(CategoryView::id).forEach(todo::push);
        }
        return listings.findPublishedInCategories(ids, PageRequest.of(page, size)).stream()
                .map(views::view)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countPublished() {
        return listings.countPublished();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SitemapEntry> sitemapPage(int page, int size) {
        return listings.publishedPaths(PageRequest.of(page, size)).stream()
                .map(row -> new SitemapEntry("/l/" + row[0] + "-" + row[1], (Instant) row[2]))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ListingId> pendingApproval() {
        return listings.findByStatusNewestFirst(ListingStatus.PENDING_APPROVAL, PageRequest.of(0, 500)).stream()
                .map(l -> new ListingId(l.id()))
                .toList();
    }

    // --- admin (issue 10)
    @Override
    @Transactional(readOnly = true)
    public List<ListingView> search(String text, @Nullable ListingStatus status, int limit) {
        String needle = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        var page = org.springframework.data.domain.PageRequest.of(0, Math.clamp(limit, 1, 200));
        var found = status == null ? listings.searchTitles(needle, page) : listings.searchTitles(needle, status, page);
        return found.stream().map(views::view).toList();
    }
    // --- end admin
}
