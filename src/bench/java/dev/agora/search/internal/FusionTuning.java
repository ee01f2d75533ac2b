package dev.agora.search.internal;

import dev.agora.search.internal.RelevanceRun.Retrieved;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Chooses each set-up's settings for one model on the tuning half only: the minimum similarity of vectors alone,
 * and for weighted and routed fusion the minimum similarity of a match, the lower one weak neighbours of a sentence
 * need (see {@link HybridRanking#fuse}) and the keyword weight (routed: one per {@link QueryRoute}). Similarities
 * differ by model (e5's run high, MiniLM's low), so nothing carries over from one model to another. Ties keep the
 * lowest value.
 */
final class FusionTuning {

    private static final double[] WEIGHTS = steps(0, 1, 0.05);
    private static final double[] MINIMA = steps(0, 0.9, 0.05);

    /** The chosen settings; {@code label} names them in the tables. */
    record Tuned(String label, SearchSettings.Semantic settings) {

        List<UUID> ranking(Retrieved r) {
            return HybridRanking.fuse(r.parsed(), r.keyword(), r.vector(), settings).ids();
        }

        boolean noCloseMatch(Retrieved r) {
            return HybridRanking.fuse(r.parsed(), r.keyword(), r.vector(), settings).noCloseMatch();
        }
    }

    private final RelevanceCorpus corpus;
    private final List<Retrieved> tuning;
    private final SearchSettings.Semantic base;

    /** {@code base}: the served settings, with the no-match rule off (−1) until {@link #withNoMatch}. */
    FusionTuning(RelevanceCorpus corpus, List<Retrieved> retrieved, SearchSettings.Semantic base) {
        this.corpus = corpus;
        this.tuning = retrieved.stream().filter(r -> r.query().split().equals("tune") && r.query().answerable()).toList();
        this.base = base.withThresholds(base.fusionMinSimilarity(), -1, -1);
    }

    /** Vectors alone: the neighbours from the minimum similarity that scores best. */
    double vectorMinimum() {
        return argmax(MINIMA, min -> mean(tuning, r -> ids(r.vector().stream().filter(h -> h.score() >= min).toList())));
    }

    Tuned rrf(double minimum) {
        return new Tuned(String.format(Locale.ROOT, "hybrid RRF (k = %d, min similarity %.2f)", base.rrfK(), minimum),
                base.withMinSimilarity(minimum).withThresholds(minimum, -1, -1).with(SearchSettings.Fusion.RRF, 0, 0, 0));
    }

    Tuned weighted() {
        double[] best = {-1, 0, 0, 0};
        for (double min : MINIMA) {
            for (double weak : MINIMA) {
                if (weak > min) {
                    break;
                }
                SearchSettings.Semantic at = base.withMinSimilarity(min).withThresholds(weak, -1, -1);
                double w = argmax(WEIGHTS, x -> score(tuning, at.with(SearchSettings.Fusion.WEIGHTED, x, x, x)));
                double s = score(tuning, at.with(SearchSettings.Fusion.WEIGHTED, w, w, w));
                if (s > best[0] + 1e-9) {
                    best = new double[] {s, min, weak, w};
                }
            }
        }
        return new Tuned(String.format(Locale.ROOT, "weighted fusion (keyword weight %.2f, min similarity %.2f / %.2f)",
                best[3], best[1], best[2]), base.withMinSimilarity(best[1]).withThresholds(best[2], -1, -1)
                .with(SearchSettings.Fusion.WEIGHTED, best[3], best[3], best[3]));
    }

    Tuned routed() {
        return routed(MINIMA);
    }

    /**
     * Routed fusion with the served minimum similarity of a match kept: it also decides totals, facets and the other
     * sorts, where look-alikes below real matches fail the search tests (docs/decisions/2026-12-07-search-fusion.md).
     */
    Tuned routedKeepingMinimum() {
        return routed(new double[] {base.minSimilarity()});
    }

    private Tuned routed(double[] minima) {
        double[] best = {-1, 0, 0, 0, 0, 0};
        for (double min : minima) {
            for (double weak : MINIMA) {
                if (weak > min) {
                    break;
                }
                SearchSettings.Semantic at = base.withMinSimilarity(min).withThresholds(weak, -1, -1);
                double[] w = new double[3];
                for (QueryRoute route : QueryRoute.values()) {
                    List<Retrieved> some = tuning.stream().filter(r -> QueryRoute.of(r.parsed().terms()) == route).toList();
                    w[route.ordinal()] = argmax(WEIGHTS, x -> score(some, at.with(SearchSettings.Fusion.WEIGHTED, x, x, x)));
                }
                double s = score(tuning, at.with(SearchSettings.Fusion.ROUTED, w[QueryRoute.KEYWORDS.ordinal()],
                        w[QueryRoute.MODEL_NUMBER.ordinal()], w[QueryRoute.NATURAL_LANGUAGE.ordinal()]));
                if (s > best[0] + 1e-9) {
                    best = new double[] {s, min, weak, w[QueryRoute.KEYWORDS.ordinal()],
                            w[QueryRoute.MODEL_NUMBER.ordinal()], w[QueryRoute.NATURAL_LANGUAGE.ordinal()]};
                }
            }
        }
        return new Tuned(String.format(Locale.ROOT, "routed fusion (keyword weight: keywords %.2f, model number %.2f, "
                + "natural language %.2f; min similarity %.2f / %.2f)", best[3], best[4], best[5], best[1], best[2]),
                base.withMinSimilarity(best[1]).withThresholds(best[2], -1, -1)
                        .with(SearchSettings.Fusion.ROUTED, best[3], best[4], best[5]));
    }

    /** The same set-up with the "no close match" thresholds calibrated on the tuning half ({@link NoMatchCalibration}). */
    static Tuned withNoMatch(Tuned tuned, List<Retrieved> retrieved) {
        double[] thresholds = NoMatchCalibration.calibrate(retrieved, tuned.settings());
        return new Tuned(tuned.label() + String.format(Locale.ROOT, " + no close match below %.2f / %.2f", thresholds[0],
                thresholds[1]), tuned.settings().withThresholds(tuned.settings().fusionMinSimilarity(), thresholds[0],
                thresholds[1]));
    }

    private double score(List<Retrieved> some, SearchSettings.Semantic settings) {
        return mean(some, r -> HybridRanking.fuse(r.parsed(), r.keyword(), r.vector(), settings).ids());
    }

    private double mean(List<Retrieved> some, Function<Retrieved, List<UUID>> ranking) {
        return some.stream().mapToDouble(r -> RelevanceScores.score(corpus, r.query(), ranking.apply(r), false).ndcg())
                .average().orElse(0);
    }

    static List<UUID> ids(List<ScoredHit> hits) {
        return hits.stream().map(ScoredHit::id).toList();
    }

    private static double argmax(double[] grid, java.util.function.DoubleUnaryOperator objective) {
        double chosen = grid[0];
        double best = -1;
        for (double x : grid) {
            double score = objective.applyAsDouble(x);
            if (score > best + 1e-9) {
                best = score;
                chosen = x;
            }
        }
        return chosen;
    }

    private static double[] steps(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = Math.round((from + i * step) * 100) / 100.0;
        }
        return values;
    }
}
