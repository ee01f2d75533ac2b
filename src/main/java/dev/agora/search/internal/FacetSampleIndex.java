package dev.agora.search.internal;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Search-facets helper (issue 5): whether every document of the index carries the {@link FacetSample} field. A
 * document indexed before the field existed (an upgraded installation) belongs to no sample and would silently drop
 * out of sampled counts, so until the index is known to be complete facets are counted exactly (slower, never wrong).
 * {@link SearchIndexAdmin} checks at start-up, rebuilds an index with such documents, and checks again after any
 * reindex.
 */
@Component
class FacetSampleIndex {

    private final EntityManagerFactory entityManagerFactory;
    private volatile boolean complete;

    FacetSampleIndex(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    /** Whether sampled counts can be trusted: every document is in the sample field. */
    boolean complete() {
        return complete;
    }

    /** Counts the documents indexed without the sample field, and remembers whether there are none. */
    long check() {
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            long missing = Search.session(entityManager).search(SearchListing.class)
                    .where(f -> f.bool().must(f.matchAll())
                            .mustNot(f.match().field(FacetSample.FIELD).matching(FacetSample.EVERY_DOCUMENT)))
                    .fetchTotalHitCount();
            complete = missing == 0;
            return missing;
        } finally {
            entityManager.close();
        }
    }
}
