package dev.agora.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): a listing scores Σ 1 / (k + rank) over the
 * rankings it appears in (rank from 1). It needs no score calibration between BM25 and vector similarity,
 * only ranks. Equal scores keep the order of the first ranking (keywords).
 */
final class ReciprocalRankFusion {

    private ReciprocalRankFusion() {}

    static List<UUID> fuse(List<UUID> first, List<UUID> second, int k) {
        Map<UUID, Double> scores = new HashMap<>();
        add(scores, first, k);
        add(scores, second, k);
        LinkedHashSet<UUID> union = new LinkedHashSet<>(first);
        union.addAll(second);
        List<UUID> order = new ArrayList<>(union);
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        order.sort((a, b) -> {
            int byScore = Double.compare(scores.get(b), scores.get(a));
            return byScore != 0 ? byScore : Integer.compare(position.get(a), position.get(b));
        });
        return order;
    }

    private static void add(Map<UUID, Double> scores, List<UUID> ranking, int k) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            scores.merge(ranking.get(rank), 1.0 / (k + rank + 1), Double::sum);
        }
    }
}
