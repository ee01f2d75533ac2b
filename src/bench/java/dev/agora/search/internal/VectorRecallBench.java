package dev.agora.search.internal;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the HNSW settings cost in quality at the bench's size: recall@10 and recall@50 of the index's approximate
 * nearest neighbours against the exact ones (a brute-force pass over every stored vector), for the semantic
 * queries of the bench. The relevance suite's 320 listings are too few to show it: there HNSW is all but exact.
 */
final class VectorRecallBench {

    private VectorRecallBench() {}

    record Scored(UUID id, float score) {}

    static String run(ConfigurableApplicationContext app, List<String> queries) {
        SentenceEmbeddings embeddings = app.getBean(SentenceEmbeddings.class);
        List<float[]> vectors = queries.stream().map(embeddings::embed).toList();
        int k = 50;
        List<PriorityQueue<Scored>> exact = new ArrayList<>();
        vectors.forEach(v -> exact.add(new PriorityQueue<>((a, b) -> Float.compare(a.score(), b.score()))));
        long start = System.nanoTime();
        app.getBean(JdbcTemplate.class).query("SELECT id, embedding FROM search_listings WHERE embedding IS NOT NULL",
                rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    float[] stored = Vectors.fromBytes(rs.getBytes(2));
                    for (int q = 0; q < vectors.size(); q++) {
                        float[] v = vectors.get(q);
                        float dot = 0;
                        for (int i = 0; i < v.length; i++) {
                            dot += v[i] * stored[i];
                        }
                        PriorityQueue<Scored> top = exact.get(q);
                        if (top.size() < k) {
                            top.add(new Scored(id, dot));
                        } else if (dot > top.peek().score()) {
                            top.poll();
                            top.add(new Scored(id, dot));
                        }
                    }
                });
        long exactMillis = (System.nanoTime() - start) / 1_000_000;
        var entityManager = app.getBean(EntityManagerFactory.class).createEntityManager();
        double recall10 = 0;
        double recall50 = 0;
        try {
            for (int q = 0; q < vectors.size(); q++) {
                float[] v = vectors.get(q);
                List<UUID> approximate = Search.session(entityManager).search(SearchListing.class)
                        .select(f -> f.id(UUID.class)).where(f -> f.knn(k).field("embedding").matching(v)).fetchHits(k);
                List<Scored> truth = new ArrayList<>(exact.get(q));
                truth.sort((a, b) -> Float.compare(b.score(), a.score()));
                recall10 += overlap(truth.subList(0, Math.min(10, truth.size())), approximate.subList(0, Math.min(10, approximate.size())));
                recall50 += overlap(truth, approximate);
            }
        } finally {
            entityManager.close();
        }
        String note = String.format(Locale.ROOT, """
                HNSW recall against exact nearest neighbours (%d queries of the bench, brute force over every stored vector in
                %,d ms): recall@10 %.3f, recall@50 %.3f.
                """, vectors.size(), exactMillis, recall10 / vectors.size(), recall50 / vectors.size());
        System.out.print(note);
        return note;
    }

    private static double overlap(List<Scored> truth, List<UUID> found) {
        Set<UUID> expected = new HashSet<>();
        truth.forEach(s -> expected.add(s.id()));
        return truth.isEmpty() ? 1 : found.stream().filter(expected::contains).count() / (double) truth.size();
    }
}
