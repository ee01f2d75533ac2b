package dev.agora.search.internal;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code agora.search.*}.
 *
 * @param backfillWhenEmpty fill an empty index from the listings at start-up (first start, demo data)
 * @param maxRadiusKm the largest distance filter accepted
 * @param semantic sentence-embedding search next to keywords
 * @param log the search log (query, filters, result count, clicks)
 * @param sellerRefreshDelay how long after a review, verification, order or dispute the seller's listings are
 *     re-read (see {@link SellerStandingEvents}); default one minute
 */
@ConfigurationProperties("agora.search")
record SearchSettings(boolean backfillWhenEmpty, double maxRadiusKm, Semantic semantic,
        @Nullable Duration sellerRefreshDelay, @Nullable Log log) {

    SearchSettings {
        log = log == null ? new Log(true, false, null) : log;
        semantic = semantic == null ? new Semantic(true, 0.3, 50, 60, null, null, null, null, null, null, null, null) : semantic;
        sellerRefreshDelay = sellerRefreshDelay == null ? Duration.ofMinutes(1) : sellerRefreshDelay;
    }

    @Override
    public Log log() {
        return java.util.Objects.requireNonNull(log);
    }

    /**
     * {@code agora.search.log.*}: the search log ({@link SearchLog}).
     *
     * @param enabled record searches and result clicks
     * @param memberIds also record who searched (off by default: the log serves ranking, not profiling)
     * @param retention how long entries are kept (default 90 days)
     */
    record Log(boolean enabled, boolean memberIds, @Nullable Duration retention) {

        Log {
            retention = retention == null ? Duration.ofDays(90) : retention;
        }
    }

    @Override
    public Duration sellerRefreshDelay() {
        return java.util.Objects.requireNonNull(sellerRefreshDelay);
    }

    /**
     * @param enabled compute listing vectors and fuse nearest neighbours into relevance results; off: keyword only
     * @param minSimilarity cosine similarity (−1…1) a neighbour needs to count as a match
     * @param candidates how many nearest neighbours join the fusion (and how many keyword hits at least)
     * @param rrfK the constant of reciprocal rank fusion: score = Σ 1 / (rrfK + rank)
     * @param fusion how keyword and vector rankings are merged (default {@link Fusion#ROUTED}, chosen by the
     *     relevance suite: docs/decisions/2026-12-07-search-fusion.md)
     * @param fusionMinSimilarity the lowest cosine similarity a neighbour needs to join the relevance ranking (lower
     *     than {@code minSimilarity}: weak meaning matches still help order the page, but do not make a listing a
     *     match for other sorts, totals and facets)
     * @param keywordWeight weight of the keyword score in {@link ScoreFusion} for plain keyword queries (WEIGHTED:
     *     for every query)
     * @param modelNumberKeywordWeight ROUTED: the weight for queries with a digit (model numbers, sizes)
     * @param naturalLanguageKeywordWeight ROUTED: the weight for queries of four words or more (needs, paraphrases)
     * @param noMatchSimilarity below this best cosine similarity, and with no listing holding all the words, a
     *     query naming a thing (keywords or a model number, no function word) has "no close match" (calibrated on the
     *     tuning half of bench/relevance; {@link NoCloseMatch})
     * @param naturalLanguageNoMatchSimilarity the same for queries phrased as a sentence (four words or more, or a
     *     function word: "cut the grass"), whose similarities run lower with the same model; −1 (default): never, the
     *     tuning half had no such query without an answer
     * @param model the packaged embedding model (default all-MiniLM-L6-v2-q); similarities, and so every threshold
     *     above, are calibrated for one model: change them together (bench/relevance)
     */
    record Semantic(boolean enabled, double minSimilarity, int candidates, int rrfK, @Nullable Fusion fusion,
            @Nullable Double fusionMinSimilarity,
            @Nullable Double keywordWeight, @Nullable Double modelNumberKeywordWeight,
            @Nullable Double naturalLanguageKeywordWeight, @Nullable Double noMatchSimilarity,
            @Nullable Double naturalLanguageNoMatchSimilarity, @Nullable PackagedModel model) {

        Semantic {
            model = model == null ? PackagedModel.ALL_MINILM_L6_V2_Q : model;
            fusion = fusion == null ? Fusion.ROUTED : fusion;
            fusionMinSimilarity = fusionMinSimilarity == null ? 0.1 : fusionMinSimilarity;
            keywordWeight = keywordWeight == null ? 0.15 : keywordWeight;
            modelNumberKeywordWeight = modelNumberKeywordWeight == null ? 0.0 : modelNumberKeywordWeight;
            naturalLanguageKeywordWeight = naturalLanguageKeywordWeight == null ? 0.0 : naturalLanguageKeywordWeight;
            noMatchSimilarity = noMatchSimilarity == null ? 0.41 : noMatchSimilarity;
            naturalLanguageNoMatchSimilarity = naturalLanguageNoMatchSimilarity == null ? -1
                    : naturalLanguageNoMatchSimilarity;
        }

        /**
         * The best similarity below which a query without a keyword hit has no close match: a sentence's own
         * ({@link NoCloseMatch#phrasedAsSentence}) or a named thing's.
         */
        double noMatchSimilarityFor(boolean sentence) {
            return java.util.Objects.requireNonNull(sentence ? naturalLanguageNoMatchSimilarity : noMatchSimilarity);
        }

        /** With other thresholds (the relevance suite calibrates them). */
        Semantic withThresholds(double fusionMinimum, double noMatch, double naturalLanguageNoMatch) {
            return new Semantic(enabled, minSimilarity, candidates, rrfK, fusion, fusionMinimum, keywordWeight,
                    modelNumberKeywordWeight, naturalLanguageKeywordWeight, noMatch, naturalLanguageNoMatch, model);
        }

        @Override
        public PackagedModel model() {
            return java.util.Objects.requireNonNull(model);
        }

        /** With another minimum similarity for matches (the relevance suite calibrates it per model). */
        Semantic withMinSimilarity(double minimum) {
            return new Semantic(enabled, minimum, candidates, rrfK, fusion, fusionMinSimilarity, keywordWeight,
                    modelNumberKeywordWeight, naturalLanguageKeywordWeight, noMatchSimilarity,
                    naturalLanguageNoMatchSimilarity, model);
        }

        /** The keyword weight for a query: by its {@link QueryRoute} when routed, else the one weight. */
        double keywordWeightFor(QueryRoute route) {
            if (fusion != Fusion.ROUTED) {
                return java.util.Objects.requireNonNull(keywordWeight);
            }
            return switch (route) {
                case MODEL_NUMBER -> java.util.Objects.requireNonNull(modelNumberKeywordWeight);
                case NATURAL_LANGUAGE -> java.util.Objects.requireNonNull(naturalLanguageKeywordWeight);
                case KEYWORDS -> java.util.Objects.requireNonNull(keywordWeight);
            };
        }

        /** With a different fusion or weights (the relevance suite compares set-ups). */
        Semantic with(Fusion other, double keyword, double modelNumber, double naturalLanguage) {
            return new Semantic(enabled, minSimilarity, candidates, rrfK, other, fusionMinSimilarity, keyword, modelNumber,
                    naturalLanguage, noMatchSimilarity, naturalLanguageNoMatchSimilarity, model);
        }
    }

    /** RRF: reciprocal rank fusion; WEIGHTED: {@link ScoreFusion} with one weight; ROUTED: weight by query kind. */
    enum Fusion {
        RRF,
        WEIGHTED,
        ROUTED
    }
}
