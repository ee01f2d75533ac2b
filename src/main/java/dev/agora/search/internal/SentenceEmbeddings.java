package dev.agora.search.internal;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings from the packaged model {@code agora.search.semantic.model} ({@link PackagedModel}: a quantized
 * model inside its Maven artifact, run offline on ONNX Runtime; 384 dimensions, unit length), with the prefixes that
 * model expects before queries and documents. The model takes seconds to load, so it is loaded once, on first use,
 * on a thread of its own: start-up never waits for it, and until it is ready queries are answered by keyword alone
 * ({@link #queryVector} is empty).
 */
@Component
class SentenceEmbeddings {

    /** Every packaged model gives 384 dimensions; the index's vector field has this size. */
    static final int DIMENSION = 384;
    private static final int QUERY_CACHE = 2_000;
    private static final Logger log = LoggerFactory.getLogger(SentenceEmbeddings.class);

    private final PackagedModel packaged;
    private volatile CompletableFuture<EmbeddingModel> model;
    /** Recent query vectors: the same query text is embedded once (pagination, facets, popular queries). */
    private final Map<String, float[]> queries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > QUERY_CACHE;
        }
    };

    SentenceEmbeddings(SearchSettings settings) {
        this.packaged = settings.semantic().model();
    }

    /** The served model: stored vectors carry its id, so a change of model re-embeds them (see {@link VectorBackfill}). */
    PackagedModel model() {
        return packaged;
    }

    /** The vector of a document text; waits for the model (callers run in the background). */
    float[] embed(String text) {
        return vector(packaged.passage(text));
    }

    /** The vector of a query text, waiting for the model (the relevance suite; searches use {@link #queryVector}). */
    float[] embedQuery(String text) {
        return vector(packaged.query(text));
    }

    private float[] vector(String text) {
        try {
            float[] vector = load().get().embed(text).content().vector();
            if (vector.length != DIMENSION) {
                throw new IllegalStateException(packaged.id() + " gives " + vector.length + " dimensions, not " + DIMENSION);
            }
            return Vectors.normalised(vector);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the embedding model", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the embedding model failed to load", e.getCause());
        }
    }

    /** The vector of a query, or empty while the model is still loading (callers then search by keyword). */
    Optional<float[]> queryVector(String text) {
        CompletableFuture<EmbeddingModel> loading = load();
        if (!loading.isDone() || loading.isCompletedExceptionally()) {
            return Optional.empty();
        }
        synchronized (queries) {
            float[] cached = queries.get(text);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        float[] vector = Vectors.normalised(loading.join().embed(packaged.query(text)).content().vector());
        synchronized (queries) {
            queries.put(text, vector);
        }
        return Optional.of(vector);
    }

    boolean isReady() {
        CompletableFuture<EmbeddingModel> loading = model;
        return loading != null && loading.isDone() && !loading.isCompletedExceptionally();
    }

    /** Identifies model and text together, so a model change re-embeds everything. */
    String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((packaged.id() + "\n" + text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private CompletableFuture<EmbeddingModel> load() {
        CompletableFuture<EmbeddingModel> loading = model;
        if (loading == null) {
            synchronized (this) {
                if (model == null) {
                    model = new CompletableFuture<>();
                    Thread.ofPlatform().daemon().name("embedding-model-loader").start(this::loadNow);
                }
                loading = model;
            }
        }
        return loading;
    }

    private void loadNow() {
        long start = System.nanoTime();
        try {
            EmbeddingModel loaded = (EmbeddingModel) Class.forName(packaged.modelClass()).getConstructor().newInstance();
            log.info("Embedding model {} loaded in {} ms", packaged.id(), (System.nanoTime() - start) / 1_000_000);
            model.complete(loaded);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            log.error("Embedding model {} failed to load (is its artifact on the classpath?); search stays keyword-only",
                    packaged.id(), e);
            model.completeExceptionally(e);
        }
    }
}
