package dev.agora.search.internal;

/**
 * The sentence-embedding models that ship inside a Maven artifact and run offline (langchain4j, ONNX Runtime), with
 * the text each was trained to see before a query and before a document. All give 384 dimensions. Only the served
 * one ({@code agora.search.semantic.model}) is a runtime dependency; the others are on the bench classpath, where
 * the relevance suite compares them (docs/decisions/2026-12-09-embedding-model.md).
 */
enum PackagedModel {

    /** Sentence-transformers' all-MiniLM-L6-v2, quantized: no prefixes, mean pooling. */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q",
            "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel", "", ""),
    /** BAAI's bge-small-en-v1.5, quantized: an instruction before queries only (its model card), CLS pooling. */
    BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q",
            "dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel",
            "Represent this sentence for searching relevant passages: ", ""),
    /** Microsoft's e5-small-v2, quantized: trained with "query: " and "passage: " before every text, mean pooling. */
    E5_SMALL_V2_Q("e5-small-v2-q",
            "dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel", "query: ", "passage: ");

    private final String id;
    private final String modelClass;
    private final String queryPrefix;
    private final String passagePrefix;

    PackagedModel(String id, String modelClass, String queryPrefix, String passagePrefix) {
        this.id = id;
        this.modelClass = modelClass;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
    }

    /** What stored vectors are tagged with ({@code search_listings.embedding_model}). */
    String id() {
        return id;
    }

    /** The langchain4j class, loaded by name: a model whose artifact is not on the classpath fails at load time only. */
    String modelClass() {
        return modelClass;
    }

    String query(String text) {
        return queryPrefix + text;
    }

    String passage(String text) {
        return passagePrefix + text;
    }
}
