package dev.agora.search.internal;

import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Computes the sentence embedding of search documents after the indexer committed them, so neither the
 * listing's transaction nor keyword indexing ever waits for the model. No transaction is held while the model
 * runs (loading it takes seconds). Idempotent: a vector already computed from the same text is kept, and a
 * vector computed from text that changed meanwhile is dropped (the newer change brings its own event).
 */
@Component
class ListingVectors {

    private static final Logger log = LoggerFactory.getLogger(ListingVectors.class);
    private static final int PAGE = 200;

    private final SearchListingRepository documents;
    private final SentenceEmbeddings embeddings;
    private final SearchSettings settings;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ListingVectors(SearchListingRepository documents, SentenceEmbeddings embeddings, SearchSettings settings,
            JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.documents = documents;
        this.embeddings = embeddings;
        this.settings = settings;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * One thread of its own, not the shared task executor: while the model loads (seconds) or a backlog is
     * embedded, keyword indexing and other modules' listeners must not queue behind it. A failure is logged and
     * the document keeps no vector; {@link #embedMissing} catches up at the next start.
     */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("search-embeddings").factory());

    @TransactionalEventListener
    void on(SearchTextChanged changed) {
        worker.execute(() -> {
            try {
                embed(changed.listingId());
            } catch (RuntimeException e) {
                log.warn("No vector for listing {} yet: {}", changed.listingId(), e.toString());
            }
        });
    }

    /** Embeds, in the background, every document that has no vector yet. */
    void embedMissingInBackground() {
        worker.execute(this::embedMissing);
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Returns whether a vector was computed. */
    boolean embed(UUID id) {
        if (!settings.semantic().enabled()) {
            return false;
        }
        String text = transactions.execute(status -> documents.findById(id)
                .filter(document -> !SentenceEmbeddings.key(document.embeddingText()).equals(document.embeddingKey())
                        || document.getVector() == null)
                .map(SearchListing::embeddingText).orElse(null));
        if (text == null) {
            return false;
        }
        float[] vector = embeddings.embed(text);
        String key = SentenceEmbeddings.key(text);
        return Boolean.TRUE.equals(transactions.execute(status -> documents.findById(id)
                .filter(document -> SentenceEmbeddings.key(document.embeddingText()).equals(key))
                .map(document -> {
                    document.embed(key, vector);
                    return true;
                }).orElse(false)));
    }

    /** Embeds every document that has no vector yet (after an upgrade, or when semantic search is switched on). */
    long embedMissing() {
        if (!settings.semantic().enabled()) {
            return 0;
        }
        long done = 0;
        long start = System.nanoTime();
        UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
        while (true) {
            List<UUID> ids = jdbc.sql("""
                    SELECT id FROM search_listings WHERE embedding IS NULL AND id > :after ORDER BY id LIMIT :page""")
                    .param("after", after).param("page", PAGE).query(UUID.class).list();
            for (UUID id : ids) {
                if (embed(id)) {
                    done++;
                }
            }
            if (ids.size() < PAGE) {
                break;
            }
            after = ids.getLast();
            log.info("Embeddings: {} documents so far", done);
        }
        if (done > 0) {
            log.info("Embeddings: {} documents in {} ms", done, (System.nanoTime() - start) / 1_000_000);
        }
        return done;
    }
}
