package dev.agora.search.internal;

import dev.agora.search.internal.RelevanceRun.Retrieved;
import dev.agora.search.internal.RelevanceScores.Score;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Ranking ideas for needs and paraphrases, measured before anything is served (the served search cannot do them
 * without changes to retrieval): each re-scores the neighbours of sentence queries ({@link QueryRoute#NATURAL_LANGUAGE}
 * or a function word, {@link NoCloseMatch}) and fuses as served. Parameters chosen on the tuning half only.
 * <ul>
 * <li><b>category prior</b>: similarity + β × (query vector · the listing's category-name vector, names in en/de/fr/es);
 * <li><b>vector feedback</b> (pseudo-relevance feedback): the query vector moved towards the mean of its k nearest
 * listings by α, then every listing re-scored (exact, 320 listings);
 * <li><b>embedded text</b>: every listing embedded from other text (category path in English only instead of the
 * four languages; no category names), every query re-scored exactly against those vectors (baseline: the served
 * vectors scored exactly, so HNSW does not enter the difference).
 * </ul>
 */
final class RankingProbes {

    private static final double[] STRENGTHS = {0.1, 0.2, 0.3, 0.5, 0.75, 1.0};
    private static final int[] DEPTHS = {3, 5, 10};

    private RankingProbes() {}

    /** Set-ups by name, each scored per query (every query: non-sentences keep the served fusion). */
    static Map<String, Map<String, Score>> probes(RelevanceCorpus corpus, RelevanceRun.Result run) {
        SearchSettings.Semantic served = run.settings();
        RelevanceCorpus.Loaded loaded = run.loaded();
        Map<String, Function<Retrieved, List<ScoredHit>>> candidates = new LinkedHashMap<>();
        candidates.put("served fusion in the suite (baseline of the probes)", Retrieved::vector);
        double prior = choose(corpus, run, served, b -> r -> prior(r, loaded, b), STRENGTHS);
        candidates.put(String.format(Locale.ROOT, "category prior (β %.2f)", prior), r -> prior(r, loaded, prior));
        double[] best = {-1, 0, 0};
        for (int k : DEPTHS) {
            double a = choose(corpus, run, served, x -> r -> feedback(r, loaded, x, k), STRENGTHS);
            double s = tuning(corpus, run, served, r -> feedback(r, loaded, a, k));
            if (s > best[0] + 1e-9) {
                best = new double[] {s, a, k};
            }
        }
        double alpha = best[1];
        int depth = (int) best[2];
        candidates.put(String.format(Locale.ROOT, "vector feedback (α %.2f, k %d)", alpha, depth),
                r -> feedback(r, loaded, alpha, depth));
        Map<String, Map<String, Score>> scored = new LinkedHashMap<>();
        candidates.forEach((name, vectors) -> {
            Map<String, Score> perQuery = new LinkedHashMap<>();
            run.retrieved().forEach(r -> perQuery.put(r.query().id(), score(corpus, r, served, vectors)));
            scored.put("probe: " + name, perQuery);
        });
        Map<String, Map<UUID, float[]>> texts = new LinkedHashMap<>();
        texts.put("served vectors scored exactly (baseline of the text probes)", loaded.vectors());
        texts.putAll(new java.util.TreeMap<>(loaded.otherTexts()));
        texts.forEach((name, vectors) -> {
            Map<String, Score> perQuery = new LinkedHashMap<>();
            run.retrieved().forEach(r -> {
                HybridRanking.Ranking ranking = HybridRanking.fuse(r.parsed(), r.keyword(), exact(r, vectors), served);
                perQuery.put(r.query().id(), RelevanceScores.score(corpus, r.query(), ranking.ids(), ranking.noCloseMatch()));
            });
            scored.put("probe: embedded text, " + name, perQuery);
        });
        return scored;
    }

    private static double choose(RelevanceCorpus corpus, RelevanceRun.Result run, SearchSettings.Semantic served,
            java.util.function.DoubleFunction<Function<Retrieved, List<ScoredHit>>> variant, double[] grid) {
        double chosen = 0;
        double best = tuning(corpus, run, served, Retrieved::vector);
        for (double x : grid) {
            double s = tuning(corpus, run, served, variant.apply(x));
            if (s > best + 1e-9) {
                best = s;
                chosen = x;
            }
        }
        return chosen;
    }

    private static double tuning(RelevanceCorpus corpus, RelevanceRun.Result run, SearchSettings.Semantic served,
            Function<Retrieved, List<ScoredHit>> vectors) {
        return run.retrieved().stream().filter(r -> r.query().split().equals("tune") && r.query().answerable())
                .mapToDouble(r -> score(corpus, r, served, vectors).ndcg()).average().orElse(0);
    }

    private static Score score(RelevanceCorpus corpus, Retrieved r, SearchSettings.Semantic served,
            Function<Retrieved, List<ScoredHit>> vectors) {
        List<ScoredHit> nearest = NoMatchCalibration.sentence(r) ? vectors.apply(r) : r.vector();
        HybridRanking.Ranking ranking = HybridRanking.fuse(r.parsed(), r.keyword(), nearest, served);
        // the no-match decision stays the served one (on the retrieved similarities)
        boolean noMatch = HybridRanking.fuse(r.parsed(), r.keyword(), r.vector(), served).noCloseMatch();
        return RelevanceScores.score(corpus, r.query(), ranking.ids(), noMatch);
    }

    private static List<ScoredHit> prior(Retrieved r, RelevanceCorpus.Loaded loaded, double beta) {
        float[] q = unit(r.queryVector());
        return sorted(r.vector().stream().map(h -> new ScoredHit(h.id(),
                h.score() + beta * dot(q, unit(loaded.categoryVectors().get(h.id()))))).toList());
    }

    private static List<ScoredHit> feedback(Retrieved r, RelevanceCorpus.Loaded loaded, double alpha, int k) {
        float[] q = unit(r.queryVector());
        float[] moved = q.clone();
        List<ScoredHit> top = r.vector().stream().limit(k).toList();
        for (ScoredHit h : top) {
            float[] v = unit(loaded.vectors().get(h.id()));
            for (int i = 0; i < moved.length; i++) {
                moved[i] += (float) (alpha * v[i] / top.size());
            }
        }
        float[] m = unit(moved);
        List<ScoredHit> all = new ArrayList<>();
        loaded.vectors().forEach((id, v) -> all.add(new ScoredHit(id, dot(m, unit(v)))));
        return sorted(all).stream().limit(r.vector().size()).toList();
    }

    private static List<ScoredHit> exact(Retrieved r, Map<UUID, float[]> vectors) {
        float[] q = unit(r.queryVector());
        List<ScoredHit> all = new ArrayList<>();
        vectors.forEach((id, v) -> all.add(new ScoredHit(id, dot(q, unit(v)))));
        return sorted(all).stream().filter(h -> h.score() >= 0).limit(r.vector().size()).toList();
    }

    private static List<ScoredHit> sorted(List<ScoredHit> hits) {
        return hits.stream().sorted(Comparator.comparingDouble(ScoredHit::score).reversed()).toList();
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static float[] unit(float[] v) {
        double n = Math.sqrt(dot(v, v));
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = (float) (v[i] / n);
        }
        return u;
    }

    static List<UUID> ids(List<ScoredHit> hits) {
        return hits.stream().map(ScoredHit::id).toList();
    }
}
