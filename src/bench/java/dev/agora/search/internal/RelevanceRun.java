package dev.agora.search.internal;

import dev.agora.AgoraApplication;
import dev.agora.listings.CategoryManagement;
import dev.agora.search.internal.RelevanceCorpus.Query;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * One embedding model's pass over the suite, in an application of its own (the index holds one model's vectors):
 * loads the corpus, retrieves every judged query once (keyword hits with BM25 scores, nearest vectors with cosine
 * similarities; every set-up is scored later as a fusion of those two), runs the served search as configured, and
 * times the model (per listing text, per uncached query) and the served query (vector cached).
 */
final class RelevanceRun {

    /** One query's two rankings, retrieved once, and its vector (the ranking probes re-score with it). */
    record Retrieved(Query query, SearchQuery parsed, List<ScoredHit> keyword, List<ScoredHit> vector, float[] queryVector) {}

    /**
     * @param served each query's page from the served search ({@code ListingSearch}, application.yml's settings)
     * @param queryMillis uncached query embedding: mean, p50, p99
     * @param searchMillis served search with the query vector cached: p50, p99
     */
    record Result(PackagedModel model, SearchSettings.Semantic settings, List<Retrieved> retrieved,
            Map<String, List<UUID>> served, RelevanceCorpus.Loaded loaded, double[] queryMillis, double[] searchMillis,
            String load) {}

    private RelevanceRun() {}

    /** {@code model} null: the served one (application.yml). */
    static Result run(RelevanceCorpus corpus, @Nullable PackagedModel model, boolean timeSearches)
            throws InterruptedException {
        String name = "relevance-" + (model == null ? "served" : model.name().toLowerCase(Locale.ROOT));
        Path data = Path.of("target", name).toAbsolutePath();
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0", "--agora.data-dir=" + data, "--agora.listings.demo-listings=0",
                "--agora.search.backfill-when-empty=false", "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:mem:" + name
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"));
        if (model != null) {
            args.add("--agora.search.semantic.model=" + model.name());
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(AgoraApplication.class).run(args.toArray(String[]::new));
        try {
            return retrieve(app, corpus, timeSearches);
        } finally {
            app.close();
        }
    }

    private static Result retrieve(ConfigurableApplicationContext app, RelevanceCorpus corpus, boolean timeSearches)
            throws InterruptedException {
        SentenceEmbeddings embeddings = app.getBean(SentenceEmbeddings.class);
        embeddings.embed("warm-up: the model loads on first use");
        RelevanceCorpus.Loaded loaded = corpus.load(app.getBean(JdbcTemplate.class),
                app.getBean(CategoryManagement.class).categories(), embeddings, app.getBean(ListingLanguage.class));
        // one loading thread: documents reach the HNSW graph in id order, so the graph, and the figure the CI check
        // compares, is the same on every run (with six threads runs differed by up to 0.03)
        Search.mapping(app.getBean(EntityManagerFactory.class)).scope(SearchListing.class).massIndexer()
                .threadsToLoadObjects(1).startAndWait();
        ListingSearch search = app.getBean(ListingSearch.class);
        SearchRequests requests = app.getBean(SearchRequests.class);
        HybridRanking ranking = app.getBean(HybridRanking.class);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        List<Retrieved> retrieved = new ArrayList<>();
        List<Double> queryMillis = new ArrayList<>();
        for (Query q : corpus.queries()) {
            SearchQuery parsed = parse(requests, q.text());
            long start = System.nanoTime();
            float[] vector = embeddings.embedQuery(q.text());
            queryMillis.add((System.nanoTime() - start) / 1e6);
            retrieved.add(tx.execute(s -> new Retrieved(q, parsed, ranking.keywordHits(parsed, 50),
                    ranking.vectorHits(parsed, vector, 50, 0.0), vector)));
        }
        Map<String, List<UUID>> served = new HashMap<>();
        for (Retrieved r : retrieved) {
            served.put(r.query().id(), tx.execute(s -> search.search(r.parsed(), true).listingIds()));
        }
        double[] searchMillis = timeSearches ? latency(search, retrieved, tx) : new double[] {Double.NaN, Double.NaN};
        return new Result(embeddings.model(), app.getBean(SearchSettings.class).semantic(), retrieved, served, loaded,
                new double[] {queryMillis.stream().mapToDouble(d -> d).average().orElse(0), percentile(queryMillis, 0.5),
                        percentile(queryMillis, 0.99)}, searchMillis, load());
    }

    /** Served search (query vector cached after the first round, as in production) over every query: p50, p99. */
    private static double[] latency(ListingSearch search, List<Retrieved> retrieved, TransactionTemplate tx) {
        List<Double> millis = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (Retrieved r : retrieved) {
                long start = System.nanoTime();
                tx.execute(s -> search.search(r.parsed(), true));
                if (round > 0) {
                    millis.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        return new double[] {percentile(millis, 0.5), percentile(millis, 0.99)};
    }

    /** The load average (1, 5, 15 min) when the model was timed: the machine is shared. */
    private static String load() {
        try {
            return String.join(", ", List.of(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * p)));
    }

    private static SearchQuery parse(SearchRequests requests, String text) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        params.add("q", text);
        return requests.parse(params);
    }

    static String describe(Result run) {
        return String.format(Locale.ROOT, "%.1f | %.1f / %.1f / %.1f | %s", run.loaded().embeddingMillisPerListing(),
                run.queryMillis()[0], run.queryMillis()[1], run.queryMillis()[2], run.load());
    }
}
