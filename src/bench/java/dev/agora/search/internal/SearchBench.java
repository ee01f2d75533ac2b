package dev.agora.search.internal;

import dev.agora.AgoraApplication;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search benchmark: a deterministic corpus of realistic listings written straight into the search module's
 * table in JDBC batches (categories, attributes, vocabulary, places, seller ratings, verification and levels),
 * the Lucene index built with the mass indexer, then a closed-loop query mix (keyword, keyword + filters, seller
 * filters, geo, facets, semantic) in process and through the HTTP API. Writes bench/results/search.md.
 *
 * <p>Vectors: the model needs 15–45 ms per text here, so embedding a million listings would take hours. The
 * listings are built from a few thousand distinct template texts (brand, product, wording); each template is
 * embedded once with the real model and every listing gets its template's vector plus small deterministic noise
 * (re-normalised), so the HNSW graph holds a million distinct vectors clustered as real ones are.
 *
 * <p>Bounded at any size: every query line measures for {@code bench.seconds} after at most 10 warm-up queries, so a
 * slow line costs a few of its queries, never hours; each figure is printed as soon as it is measured. Every line of
 * the mix is measured through {@code GET /api/v1/search} as served, next to the engine alone in process. Then HNSW
 * recall against exact neighbours ({@link VectorRecallBench}) and the vector backfill ({@link VectorBackfillBench}).
 *
 * <p>{@code -Dbench.search.documents} (default 20,000, or 2,000 in CI's short mode; {@code 1000000} for the full
 * run), {@code -Dbench.seconds} per query type (CI: 5), {@code -Dbench.search.templates} (default: a tenth of the
 * documents, at least 200 and at most 3,000), {@code -Dbench.search.output} (default bench/results/search.md),
 * {@code -Dbench.search.skip} (comma-separated: {@code in-process}, {@code phases}, {@code recall}, {@code backfill}) to measure only
 * what a change is about.
 */
public final class SearchBench {

    static final int BUFFER_MB = setting("bench.search.buffer-mb", 1024);
    static final int MERGE_FACTOR = setting("bench.search.merge-factor", 10);
    static final int LOAD_THREADS = setting("bench.search.load-threads", 2);
    static final Set<String> SKIPPED = Set.of(System.getProperty("bench.search.skip", "").strip().split("\\s*,\\s*"));

    /** An integer system property; Maven hands over an empty value when none was given. */
    static int setting(String name, int fallback) {
        String value = System.getProperty(name, "");
        return value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }

    public static void main(String[] args) throws Exception {
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "30"));
        String given = System.getProperty("bench.search.documents", "");
        // CI's short mode (-Dbench.seconds=5) stays small; the 1M run is asked for explicitly
        int documents = given.isBlank() ? (seconds <= 5 ? 2_000 : 20_000) : Integer.parseInt(given);
        Path data = Path.of("target/bench-search").toAbsolutePath();
        // search-keyword helper: -Dbench.search.reuse=true queries the index the last run left (same corpus size),
        // for comparing query-side changes without building it again
        boolean reuse = Boolean.getBoolean("bench.search.reuse") && Files.isDirectory(data.resolve("index"));
        if (!reuse) {
            deleteTree(data);
        }
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0", "--agora.data-dir=" + data, "--agora.listings.demo-listings=0",
                "--agora.search.backfill-when-empty=false", "--logging.level.root=WARN",
                "--agora.api.rate-limit.anonymous-per-minute=1000000000",
                // fewer, larger segments: every merge re-inserts the smaller segments' vectors into an HNSW graph
                "--spring.jpa.properties.hibernate.search.backend.io.writer.ram_buffer_size=" + BUFFER_MB,
                // a bulk load merges little while it runs (merging re-inserts vectors into a graph), see docs/search.md
                "--spring.jpa.properties.hibernate.search.backend.io.merge.factor=" + MERGE_FACTOR,
                "--spring.datasource.url=jdbc:h2:file:" + data + "/db/agora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"));
        // more settings to try without editing the bench, e.g. -Dbench.search.args="--a=1 --b=2"
        for (String extra : System.getProperty("bench.search.args", "").split("\\s+")) {
            if (!extra.isBlank()) {
                arguments.add(extra);
            }
        }
        StatementCounter statements = new StatementCounter();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(AgoraApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(statements))
                .run(arguments.toArray(String[]::new));
        StringBuilder md = new StringBuilder();
        try {
            run(app, documents, seconds, data, statements, md, reuse);
        } finally {
            app.close();
        }
        Path out = Path.of(System.getProperty("bench.search.output", "bench/results/search.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext app, int documents, double seconds, Path data,
            StatementCounter statements, StringBuilder md, boolean reuse) throws Exception {
        SentenceEmbeddings embeddings = app.getBean(SentenceEmbeddings.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Map<String, CategoryView> categories = new HashMap<>();
        app.getBean(CategoryManagement.class).categories().forEach(c -> categories.put(c.slug(), c));

        String loadBefore = LatencyMeter.loadAverage();
        int templateCount = setting("bench.search.templates", Math.max(200, Math.min(3_000, documents / 10)));
        List<SearchCorpus.Template> templates = SearchCorpus.templates(templateCount);
        long start = System.nanoTime();
        List<float[]> templateVectors = new ArrayList<>();
        for (SearchCorpus.Template template : reuse ? List.<SearchCorpus.Template>of() : templates) {
            templateVectors.add(embeddings.embed(template.title() + ". " + template.product().category()));
        }
        long modelMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "embedded %d templates in %,d ms%n", templates.size(), modelMillis);

        start = System.nanoTime();
        if (!reuse) {
            SearchCorpus.generate(jdbc, categories, templates, templateVectors, documents);
        }
        long generateMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "wrote %,d rows in %,d ms%n", documents, generateMillis);

        start = System.nanoTime();
        long cpuStart = LatencyMeter.processCpuNanos();
        var entityManagerFactory = app.getBean(EntityManagerFactory.class);
        if (!reuse) {
            Search.mapping(entityManagerFactory).scope(SearchListing.class).massIndexer()
                    .threadsToLoadObjects(LOAD_THREADS).batchSizeToLoadObjects(1_000).idFetchSize(10_000)
                    .mergeSegmentsOnFinish(false).monitor(new IndexProgress(documents)).startAndWait();
        }
        long indexMillis = (System.nanoTime() - start) / 1_000_000;
        double indexCpuSeconds = (LatencyMeter.processCpuNanos() - cpuStart) / 1e9;
        System.out.printf(Locale.ROOT, "indexed in %,d ms (%.1f CPU-s)%n", indexMillis, indexCpuSeconds);
        String loadIndexed = LatencyMeter.loadAverage();
        long indexBytes = size(data.resolve("index"));
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

        Map<String, LatencyMeter.Figures> figures = new LinkedHashMap<>();
        QueryMix mix = new QueryMix(app, new SearchHttp(((WebServerApplicationContext) app).getWebServer().getPort()));
        if (!SKIPPED.contains("in-process")) {
            mix.inProcess(seconds, figures);
        }
        // search-semantic helper: Lucene queries and time per phase of a hybrid request
        String phases = SKIPPED.contains("phases") ? "" : SearchPhaseBreakdown.run(app, seconds);
        String perRequest = mix.statementsPerRequest(statements);
        String collected = SKIPPED.contains("collected") ? "" : mix.collected();
        mix.overHttp(seconds, figures);
        String loadQueried = LatencyMeter.loadAverage();
        String recall = SKIPPED.contains("recall") ? "" : VectorRecallBench.run(app, Stream.concat(
                SearchCorpus.SEMANTIC_QUERIES.stream(), SearchCorpus.KEYWORD_QUERIES.stream()).toList());
        String backfill = SKIPPED.contains("backfill") ? ""
                : VectorBackfillBench.run(app, documents, seconds, mix.http(), figures);

        md.append("# Search benchmark\n\n")
                .append("Run of ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores (shared), JDK ").append(Runtime.version()).append(", H2 file database, Lucene index on disk.\n")
                .append("Load average (1, 5, 15 min; other helpers' builds share the CPU): ").append(loadBefore)
                .append(" before generating, ").append(loadIndexed).append(" after indexing, ").append(loadQueried)
                .append(" after the queries, ").append(LatencyMeter.loadAverage()).append(" at the end.\n\n")
                .append(String.format(Locale.ROOT, "Index settings: writer RAM buffer %,d MB, merge factor %d, mass indexer %d loading "
                        + "threads; extra arguments: %s.%n%n", BUFFER_MB, MERGE_FACTOR, LOAD_THREADS,
                        System.getProperty("bench.search.args", "none")))
                .append(String.format(Locale.ROOT, "Vectors: %,d distinct template texts (brand, product, wording) were embedded with the "
                        + "real model; each listing carries its template's vector plus deterministic Gaussian noise (σ = 0.02 per "
                        + "dimension, re-normalised), because embedding every listing (15–45 ms each here) would take hours.%n%n",
                        templates.size()))
                .append("| figure | value |\n|---|---|\n")
                .append(String.format(Locale.ROOT, "| documents | %,d |%n", documents))
                .append(String.format(Locale.ROOT, "| embedding %,d template texts (model load included) | %,d ms |%n", templates.size(), modelMillis))
                .append(String.format(Locale.ROOT, "| writing the rows (JDBC batches) | %,d ms (%,.0f rows/s) |%n", generateMillis,
                        documents * 1000.0 / Math.max(1, generateMillis)))
                .append(String.format(Locale.ROOT, "| index build (mass indexer, with HNSW vectors) | %,d ms (%,.0f documents/s, "
                        + "%.2f CPU-s per 1,000) |%n", indexMillis, documents * 1000.0 / Math.max(1, indexMillis),
                        indexCpuSeconds * 1000 / documents))
                .append(String.format(Locale.ROOT, "| index size on disk | %,.1f MB |%n", indexBytes / 1e6))
                .append(String.format(Locale.ROOT, "| heap used after indexing (after GC) | %,.0f MB |%n", heap / 1e6))
                .append("\nLatency, one client in a closed loop, ").append(seconds).append(" s per line (CPU: the bench ")
                .append("process, server and client, per query):\n\n")
                .append("| query | queries | p50 ms | p95 ms | p99 ms | CPU ms/query | CPU without merges/JIT/GC |\n|---|---|---|---|---|---|---|\n");
        figures.forEach((name, f) -> md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                name, f.count(), f.p50(), f.p95(), f.p99(), f.cpuPerQuery(), f.queryCpu())));
        md.append("\n").append(phases).append("\n").append(collected).append("\n").append(perRequest).append("\n").append(recall).append("\n").append(backfill);
    }

    private static long size(Path root) throws IOException {
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
