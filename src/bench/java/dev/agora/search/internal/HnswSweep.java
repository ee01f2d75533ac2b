package dev.agora.search.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;

/**
 * HNSW graph parameters (max connections m, beam width / efConstruction) against what they cost and what they
 * find: for each setting, the bench's vectors (templates embedded with the real model plus the bench's noise, see
 * {@link SearchCorpus}) go into one Lucene segment as the bench's bulk load builds it (one writer thread, no commit
 * until the end), timed in wall-clock and process CPU; then recall@10 against exact neighbours (brute force) for
 * 100 queries (the bench's, held-out wordings of the products, a brand's product in few words), asking for 10
 * neighbours and, as a relevance search does, for {@code candidates} = 50 and keeping the first 10.
 *
 * <p>Only the vector field, to tell its share of the index build apart: the 1M run's stack samples pointed at HNSW
 * insertion, and this says what each setting costs per 1,000 documents next to the whole build's CPU per 1,000
 * documents that {@link SearchBench} prints. {@code -Dbench.hnsw.documents} (default 50,000),
 * {@code -Dbench.hnsw.settings} (default {@code 16/100,12/64,8/48,16/50}; a 5,000-vector build runs first, untimed,
 * so the JIT's warm-up is not charged to the first setting).
 * {@code ./mvnw -Pbench test-compile exec:exec@hnsw-sweep}
 */
public final class HnswSweep {

    private HnswSweep() {}

    public static void main(String[] args) throws Exception {
        int documents = SearchBench.setting("bench.hnsw.documents", 50_000);
        String settings = System.getProperty("bench.hnsw.settings", "");
        List<String> tried = List.of((settings.isBlank() ? "16/100,12/64,8/48,16/50" : settings).split(","));
        // the served default model (agora.search.semantic.model unset)
        SentenceEmbeddings embeddings = new SentenceEmbeddings(new SearchSettings(false, 100, null, null, null));
        List<SearchCorpus.Template> templates = SearchCorpus.templates(Math.max(200, Math.min(3_000, documents / 10)));
        long start = System.nanoTime();
        List<float[]> templateVectors = templates.stream()
                .map(t -> embeddings.embed(t.title() + ". " + t.product().category())).toList();
        System.out.printf(Locale.ROOT, "embedded %,d templates in %,d ms%n", templates.size(), (System.nanoTime() - start) / 1_000_000);
        Random random = new Random(42);
        float[][] vectors = new float[documents][];
        for (int i = 0; i < documents; i++) {
            vectors[i] = SearchCorpus.noisy(templateVectors.get(random.nextInt(templateVectors.size())), random);
        }
        List<float[]> queries = new ArrayList<>();
        Stream.concat(SearchCorpus.SEMANTIC_QUERIES.stream(), SearchCorpus.KEYWORD_QUERIES.stream())
                .forEach(q -> queries.add(embeddings.embed(q)));
        // held-out wordings: a product in words no template used ("<product> for sale")
        SearchCorpus.PRODUCTS.stream().limit(queries.size())
                .forEach(p -> queries.add(embeddings.embed(p.phrase() + " for sale in good shape")));
        // and a brand's product in few words, as a buyer types it
        Random pick = new Random(5);
        while (queries.size() < 100) {
            SearchCorpus.Product product = SearchCorpus.PRODUCTS.get(pick.nextInt(SearchCorpus.PRODUCTS.size()));
            queries.add(embeddings.embed(SearchCorpus.BRANDS.get(pick.nextInt(SearchCorpus.BRANDS.size())) + " "
                    + product.phrase()));
        }
        List<Set<Integer>> exact = queries.stream().map(q -> exactTop(vectors, q, 10)).toList();
        // the JIT's warm-up would otherwise be charged to the first setting
        run(16, 100, java.util.Arrays.copyOf(vectors, Math.min(vectors.length, 5_000)), queries.subList(0, 1),
                List.of(exactTop(java.util.Arrays.copyOf(vectors, Math.min(vectors.length, 5_000)), queries.getFirst(), 10)));

        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, """
                HNSW settings at %,d vectors (384 dimensions, one segment, one writer thread; %d queries; load %s at the start):

                | m / efConstruction | build s | documents/s | CPU-s per 1,000 | recall@10 (k 10) | recall@10 (k 50, as served) | ms per k-50 query |
                |---|---|---|---|---|---|---|
                """, documents, queries.size(), LatencyMeter.loadAverage()));
        for (String setting : tried) {
            String[] parts = setting.strip().split("/");
            md.append(run(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), vectors, queries, exact));
        }
        md.append("\nLoad at the end: ").append(LatencyMeter.loadAverage()).append('\n');
        System.out.println(md);
        String out = System.getProperty("bench.hnsw.output", "");
        if (!out.isBlank()) {
            Files.writeString(Path.of(out), md.toString());
        }
        System.exit(0);
    }

    private static String run(int m, int beamWidth, float[][] vectors, List<float[]> queries, List<Set<Integer>> exact)
            throws Exception {
        Path dir = Files.createTempDirectory("hnsw-" + m + "-" + beamWidth);
        IndexWriterConfig config = new IndexWriterConfig().setRAMBufferSizeMB(2_048).setCodec(new Lucene912Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return new Lucene99HnswVectorsFormat(m, beamWidth);
            }
        });
        long wall = System.nanoTime();
        long cpu = LatencyMeter.processCpuNanos();
        try (var directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            for (int i = 0; i < vectors.length; i++) {
                Document document = new Document();
                document.add(new StoredField("n", i));
                document.add(new KnnFloatVectorField("embedding", vectors[i], VectorSimilarityFunction.DOT_PRODUCT));
                writer.addDocument(document);
            }
            writer.commit();
            double seconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (LatencyMeter.processCpuNanos() - cpu) / 1e9;
            try (DirectoryReader reader = DirectoryReader.open(writer)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                double recallK10 = 0;
                double recallK50 = 0;
                long queryNanos = 0;
                for (int q = 0; q < queries.size(); q++) {
                    recallK10 += overlap(exact.get(q), top(searcher, queries.get(q), 10));
                    long t = System.nanoTime();
                    recallK50 += overlap(exact.get(q), top(searcher, queries.get(q), 50).subList(0, 10));
                    queryNanos += System.nanoTime() - t;
                }
                String line = String.format(Locale.ROOT, "| %d / %d | %.1f | %,.0f | %.2f | %.3f | %.3f | %.2f |%n", m, beamWidth,
                        seconds, vectors.length / seconds, cpuSeconds * 1000 / vectors.length, recallK10 / queries.size(),
                        recallK50 / queries.size(), queryNanos / 1e6 / queries.size());
                System.out.print(line);
                return line;
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<Integer> top(IndexSearcher searcher, float[] query, int k) throws Exception {
        List<Integer> found = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery("embedding", query, k), k).scoreDocs) {
            found.add(searcher.storedFields().document(hit.doc).getField("n").numericValue().intValue());
        }
        return found;
    }

    private static Set<Integer> exactTop(float[][] vectors, float[] query, int k) {
        PriorityQueue<float[]> top = new PriorityQueue<>(Comparator.comparingDouble(a -> a[0]));
        for (int i = 0; i < vectors.length; i++) {
            float dot = 0;
            for (int d = 0; d < query.length; d++) {
                dot += query[d] * vectors[i][d];
            }
            if (top.size() < k) {
                top.add(new float[] {dot, i});
            } else if (dot > top.peek()[0]) {
                top.poll();
                top.add(new float[] {dot, i});
            }
        }
        Set<Integer> ids = new HashSet<>();
        top.forEach(e -> ids.add((int) e[1]));
        return ids;
    }

    private static double overlap(Set<Integer> expected, List<Integer> found) {
        return found.stream().limit(10).filter(expected::contains).count() / (double) expected.size();
    }
}
