package dev.agora.search.internal;

import dev.agora.listings.ListingId;
import dev.agora.listings.ListingManagement;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

/**
 * Operator tools for the index: sync the search copies from the listings (catches up on anything missed),
 * then rebuild the Lucene index from them with the mass indexer, logging progress. Also runs once at
 * start-up when the search copies are empty but listings exist (first start with demo data, upgrades).
 */
@Component
class SearchIndexAdmin {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexAdmin.class);
    private static final int PAGE = 500;

    private final ListingManagement listings;
    private final ListingIndexer indexer;
    private final SearchListingRepository documents;
    private final EntityManagerFactory entityManagerFactory;
    private final SearchSettings settings;
    private final VectorBackfill backfill;
    private final SentenceEmbeddings embeddings;
    private final FacetSampleIndex sampleIndex;

    SearchIndexAdmin(ListingManagement listings, ListingIndexer indexer, SearchListingRepository documents,
            EntityManagerFactory entityManagerFactory, SearchSettings settings, VectorBackfill backfill,
            SentenceEmbeddings embeddings, FacetSampleIndex sampleIndex) {
        this.sampleIndex = sampleIndex;
        this.embeddings = embeddings;
        this.backfill = backfill;
        this.listings = listings;
        this.indexer = indexer;
        this.documents = documents;
        this.entityManagerFactory = entityManagerFactory;
        this.settings = settings;
    }

    record Report(long listings, long documents, long millis) {}

    /** Asynchronous so that a large backfill never delays readiness; searches fill up as it goes. */
    @Async
    @EventListener(ApplicationReadyEvent.class)
    public void backfillWhenEmpty() {
        if (settings.backfillWhenEmpty() && documents.count() == 0 && listings.countPublished() > 0) {
            log.info("Search index is empty: filling it from {} published listings", listings.countPublished());
            sync(); // each new document asks for its vector through SearchTextChanged
            sampleIndex.check(); // new documents carry the facet sample field
        } else if (sampleIndex.check() > 0) {
            // search-facets helper (issue 5): documents indexed before the facet sample field (and with the text fields
            // no longer queried): rebuild once. Until then facets are counted exactly, so nothing drops out of them
            log.info("Search index from before sampled facet counts: rebuilding it in the background");
            try {
                reindex();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            backfill.start();
        } else if (documents.countByLanguageIsNull() > 0 && listings.countPublished() > 0) {
            // issue 12: documents from before language detection; the mapping gained per-language fields. The sync
            // gives each its language, and Hibernate Search reindexes every document it changes: a mass index
            // afterwards would only index them all a second time
            log.info("Search documents without a language: refreshing them for per-language analysis");
            sync();
            backfill.start();
        } else if (settings.semantic().enabled() && documents.forgetVectorsNotFrom(embeddings.model().id()) > 0) {
            // relevance helper: another embedding model is served; never mix two models' vectors in one kNN search
            log.info("Embedding model changed to {}: vectors of the old one dropped, re-embedding in the background",
                    embeddings.model().id());
            try {
                reindex();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            backfill.start();
        } else {
            backfill.start(); // documents from before semantic search, or while it was switched off (issue 12)
        }
    }

    /** Refreshes the search copy of every published listing; returns how many there were. */
    long sync() {
        long count = 0;
        for (int page = 0; ; page++) {
            List<ListingManagement.SitemapEntry> entries = listings.sitemapPage(page, PAGE);
            for (ListingManagement.SitemapEntry entry : entries) {
                indexer.refresh(new ListingId(UUID.fromString(entry.path().substring(3, 39))));
                count++;
            }
            log.info("Search sync: {} listings refreshed", count);
            if (entries.size() < PAGE) {
                return count;
            }
        }
    }

    /** The last (or running) rebuild as an operator sees it: documents done of total (issue 5). */
    record Progress(boolean running, long done, long total) {}

    private volatile @org.jspecify.annotations.Nullable LoggingMonitor lastRun;

    Progress progress() {
        LoggingMonitor run = lastRun;
        return run == null ? new Progress(false, 0, 0) : new Progress(!run.finished, run.done.get(), run.total);
    }

    Report reindex() throws InterruptedException {
        long start = System.nanoTime();
        LoggingMonitor monitor = new LoggingMonitor();
        lastRun = monitor;
        long synced = sync();
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            // larger load batches than the default 10: at a million documents the per-batch round trips add up
            MassIndexer indexer = Search.session(entityManager).massIndexer(SearchListing.class)
                    .threadsToLoadObjects(2).batchSizeToLoadObjects(100).idFetchSize(1_000)
                    .monitor(monitor);
            indexer.startAndWait();
        } finally {
            monitor.finished = true;
            entityManager.close();
            sampleIndex.check(); // sampled facet counts once every document is in the sample
        }
        return new Report(synced, documents.count(), (System.nanoTime() - start) / 1_000_000);
    }

    private static final class LoggingMonitor implements org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor {

        private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        private volatile long total;
        private volatile boolean finished;

        @Override
        public void documentsAdded(long increment) {
            long now = done.addAndGet(increment);
            if (now % 1000 < increment || now == total) {
                log.info("Reindex: {} of {} documents", now, total);
            }
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {
            total += increment;
        }

        @Override
        public void indexingCompleted() {
            log.info("Reindex finished: {} documents", done.get());
        }
    }
}
