package dev.agora.search.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * The embedding state of a {@link SearchListing} (same columns, part of its row): the sentence embedding (see
 * {@link SentenceEmbeddings}) as little-endian floats, the fingerprint of model and text it was computed from, and
 * the model. All null until a vector is wanted; Hibernate then loads the whole value as null, which
 * {@link SearchListing} reads as an empty state.
 */
@Embeddable
class ListingEmbedding {

    /** Null until computed. */
    @Column(name = "embedding")
    private byte @Nullable [] embedding;

    /** Fingerprint of the model and text {@link #embedding} was computed from. */
    @Column(name = "embedding_key", length = 64)
    private @Nullable String embeddingKey;

    /** relevance helper: the model {@link #embedding} comes from; another served model re-embeds (SearchIndexAdmin). */
    @Column(name = "embedding_model", length = 40)
    private @Nullable String embeddingModel;

    @Nullable String key() {
        return embeddingKey;
    }

    /** Forgets a vector computed from other text; returns whether one is now wanted for {@code key}. */
    boolean wants(String key) {
        if (key.equals(embeddingKey) && embedding != null) {
            return false;
        }
        embedding = null;
        embeddingKey = key;
        return true;
    }

    void embed(String key, float[] vector, String model) {
        this.embeddingModel = model; // relevance helper
        this.embeddingKey = key;
        this.embedding = Vectors.toBytes(vector);
    }

    float @Nullable [] vector() {
        return embedding == null ? null : Vectors.fromBytes(embedding);
    }
}
