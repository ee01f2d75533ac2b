package dev.agora.listings.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ListingRevisionRepository extends JpaRepository<ListingRevision, UUID> {

    List<ListingRevision> findByListingIdOrderByRevisionAsc(UUID listingId);
}
