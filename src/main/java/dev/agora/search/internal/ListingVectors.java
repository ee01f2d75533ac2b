package dev.agora.search.internal;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private final SearchListingRepository documents;
    private final SentenceEmbeddings embeddings;
    private final SearchSettings settings;
    private final TransactionTemplate transactions;

    ListingVectors(SearchListingRepository documents, SentenceEmbeddings embeddings, SearchSettings settings,
            PlatformTransactionManager transactionManager) {
        this.documents = documents;
        this.embeddings = embeddings;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * One thread of its own, not the shared task executor: while the model loads (seconds) or a backlog is
     * embedded, keyword indexing and other modules' listeners must not queue behind it. A failure is logged and
     * the document keeps no vector; {@link VectorBackfill} catches up at the next start.
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
                .filter(document -> !embeddings.key(document.text().embeddingText()).equals(document.embeddingKey())
                        || document.getVector() == null)
                .map(d -> d.text().embeddingText()).orElse(null));
        if (text == null) {
            return false;
        }
        float[] vector = embeddings.embed(text);
        String key = embeddings.key(text);
        return Boolean.TRUE.equals(transactions.execute(status -> documents.findById(id)
                .filter(document -> embeddings.key(document.text().embeddingText()).equals(key))
                .map(document -> {
                    document.embed(key, vector, embeddings.model().id());
                    return true;
                }).orElse(false)));
    }
}
