package dev.agora.search.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SearchListingRepository extends JpaRepository<SearchListing, UUID> {

    List<SearchListing> findBySellerId(UUID sellerId);

    /** Issue 12: documents written before language detection (their index entries lack the language fields). */
    long countByLanguageIsNull();
}
