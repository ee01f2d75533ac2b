package dev.agora.search.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface SearchListingRepository extends JpaRepository<SearchListing, UUID> {

    List<SearchListing> findBySellerId(UUID sellerId);

    /** Issue 12: documents written before language detection (their index entries lack the language fields). */
    long countByLanguageIsNull();

    /**
     * Drops the vectors another model computed (their similarities mean nothing next to the served model's), so the
     * vector backfill, which embeds documents without a vector, re-embeds them. Bypasses the index: reindex after.
     */
    @Transactional
    @Modifying
    @Query("""
            UPDATE SearchListing s SET s.embedding.embedding = NULL, s.embedding.embeddingKey = NULL,
                s.embedding.embeddingModel = NULL
            WHERE s.embedding.embeddingModel <> :model""")
    int forgetVectorsNotFrom(String model);
}
