package dev.agora.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Weighted score fusion: {@code w × keyword + (1 − w) × vector} with both scores on 0…1. The keyword score is
 * divided by the best keyword score of the query (BM25 has no fixed scale; a listing the words missed gets 0); the
 * vector score is the cosine similarity above the minimum counted as a match, stretched to 0…1, so it keeps its
 * absolute meaning (a query close to nothing adds little). Unlike reciprocal rank fusion it keeps how far apart
 * two listings are, which decided the measurement (docs/decisions/2026-12-07-search-fusion.md).
 */
final class ScoreFusion {

    /** One listing's place in the fused ranking and what each side contributed (the explain view shows it). */
    record Fused(UUID id, double score, double keywordPart, double vectorPart) {}

    private ScoreFusion() {}

    static List<Fused> fuse(List<ScoredHit> keyword, List<ScoredHit> vector, double keywordWeight,
            double minSimilarity) {
        double best = keyword.stream().mapToDouble(ScoredHit::score).max().orElse(1);
        Map<UUID, double[]> parts = new HashMap<>();
        for (ScoredHit hit : keyword) {
            parts.computeIfAbsent(hit.id(), id -> new double[2])[0] = best <= 0 ? 0 : hit.score() / best;
        }
        for (ScoredHit hit : vector) {
            double stretched = Math.max(0, (hit.score() - minSimilarity) / (1 - minSimilarity));
            parts.computeIfAbsent(hit.id(), id -> new double[2])[1] = stretched;
        }
        LinkedHashSet<UUID> union = new LinkedHashSet<>();
        keyword.forEach(h -> union.add(h.id()));
        vector.forEach(h -> union.add(h.id()));
        List<Fused> fused = new ArrayList<>();
        for (UUID id : union) {
            double[] p = parts.get(id);
            double k = keywordWeight * p[0];
            double v = (1 - keywordWeight) * p[1];
            fused.add(new Fused(id, k + v, k, v));
        }
        // stable sort: equal scores keep the keyword order
        fused.sort((a, b) -> Double.compare(b.score(), a.score()));
        return fused;
    }
}
