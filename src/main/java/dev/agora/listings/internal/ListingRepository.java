package dev.agora.listings.internal;

import dev.agora.listings.ListingStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ListingRepository extends JpaRepository<Listing, UUID> {

    @Query("select l from Listing l where l.id = ?1 and l.deletedAt is null")
    Optional<Listing> findLive(UUID id);

    @Query("select l from Listing l where l.id in ?1 and l.deletedAt is null")
    List<Listing> findLiveIn(Collection<UUID> ids);

    @Query("select l from Listing l where l.sellerId = ?1 and l.deletedAt is null order by l.updatedAt desc")
    List<Listing> findBySeller(UUID sellerId);

    @Query("select l from Listing l where l.sellerId = ?1 and l.status = ?2 and l.deletedAt is null order by l.updatedAt desc")
    List<Listing> findBySellerAndStatus(UUID sellerId, ListingStatus status);

    /** A seller's listings, newest first, for keyset pages: created-at never changes, so pages stay stable. */
    @Query("select l from Listing l where l.sellerId = ?1 and l.status in ?2 and l.deletedAt is null"
            + " order by l.createdAt desc, l.id desc")
    List<Listing> sellerPageFirst(UUID sellerId, Collection<ListingStatus> statuses, Pageable page);

    @Query("select l from Listing l where l.sellerId = ?1 and l.status in ?2 and l.deletedAt is null"
            + " and (l.createdAt < ?3 or (l.createdAt = ?3 and l.id < ?4)) order by l.createdAt desc, l.id desc")
    List<Listing> sellerPageAfter(UUID sellerId, Collection<ListingStatus> statuses, Instant createdAt, UUID id,
            Pageable page);

    @Query("select l from Listing l where l.status = ?1 and l.deletedAt is null order by l.publishedAt desc, l.id")
    List<Listing> findByStatusNewestFirst(ListingStatus status, Pageable page);

    @Query("select l from Listing l where l.status = 'PUBLISHED' and l.deletedAt is null"
            + " and l.content.categoryId in ?1 order by l.publishedAt desc, l.id")
    List<Listing> findPublishedInCategories(Collection<UUID> categoryIds, Pageable page);

    @Query("select count(l) from Listing l where l.status = 'PUBLISHED' and l.deletedAt is null")
    long countPublished();

    @Query("select l.id, l.content.slug, l.updatedAt from Listing l where l.status = 'PUBLISHED'"
            + " and l.deletedAt is null order by l.id")
    List<Object[]> publishedPaths(Pageable page);

    @Query("select count(l) > 0 from Listing l where l.sellerId = ?1 and l.id <> ?2 and l.deletedAt is null"
            + " and l.status <> 'CLOSED' and lower(l.content.title) = lower(?3)")
    boolean sellerHasOtherWithTitle(UUID sellerId, UUID listingId, String title);

    @Query("select count(l) > 0 from Listing l join l.photos p where l.sellerId = ?1 and l.id <> ?2"
            + " and l.deletedAt is null and l.status <> 'CLOSED' and p.contentHash in ?3")
    boolean sellerHasOtherWithPhoto(UUID sellerId, UUID listingId, Collection<String> hashes);

    long countByDeletedAtIsNull();

    @Query("select l.updatedAt from Listing l where l.id = ?1")
    Optional<Instant> updatedAt(UUID id);

    // --- admin (issue 10): the console's search
    @Query("select l from Listing l where l.deletedAt is null and lower(l.content.title) like concat('%', ?1, '%')"
            + " order by l.updatedAt desc")
    List<Listing> searchTitles(String text, Pageable page);

    @Query("select l from Listing l where l.deletedAt is null and lower(l.content.title) like concat('%', ?1, '%')"
            + " and l.status = ?2 order by l.updatedAt desc")
    List<Listing> searchTitles(String text, ListingStatus status, Pageable page);
    // --- end admin
}
