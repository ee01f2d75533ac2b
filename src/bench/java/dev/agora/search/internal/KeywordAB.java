package dev.agora.search.internal;

import static dev.agora.search.internal.SearchHttp.params;

import dev.agora.AgoraApplication;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;

/**
 * Search-keyword helper: the keyword path with and without a change, interleaved query by query in one JVM on the index
 * the last {@link SearchBench} run left in target/bench-search, measured in CPU time of the calling thread. On a
 * shared, loaded machine two bench runs one after the other differ by more than a keyword change; alternating A and B
 * within one process does not. A: as before (typo matching for every word; the other analyses of category names and
 * attribute values are no longer indexed, search-facets helper); B: as
 * served.
 * {@code -Dbench.ab.rounds} (default 20).
 */
public final class KeywordAB {

    private KeywordAB() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.ab.rounds", 20);
        Path data = Path.of("target/bench-search").toAbsolutePath();
        ConfigurableApplicationContext app = new SpringApplicationBuilder(AgoraApplication.class).run(
                "--server.port=0", "--agora.data-dir=" + data, "--agora.listings.demo-listings=0",
                "--agora.search.backfill-when-empty=false", "--logging.level.root=WARN",
                "--spring.datasource.url=jdbc:h2:file:" + data + "/db/agora;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        try {
            EntityManager em = app.getBean(EntityManager.class);
            SearchSettings settings = app.getBean(SearchSettings.class);
            SearchPredicates served = app.getBean(SearchPredicates.class);
            SearchPredicates always = new SearchPredicates(app.getBean(QueryExpansion.class), settings, app.getBean(Clock.class),
                    new IndexedWords(em) {
                        @Override
                        boolean common(String word) {
                            return false;
                        }
                    }, SearchPredicates.TEXT_FIELDS, SearchPredicates.TEXT_BOOSTS);
            List<ListingSearch> variants = List.of(search(app, em, always), search(app, em, served));
            SearchRequests requests = app.getBean(SearchRequests.class);
            TransactionTemplate tx = new TransactionTemplate(app.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            tx.setReadOnly(true);
            List<MultiValueMap<String, String>> queries = new ArrayList<>();
            SearchCorpus.KEYWORD_QUERIES.forEach(q -> queries.add(params("q", q)));
            for (String type : List.of("road", "city", "mountain")) {
                queries.add(params("q", "bike", "category", "bikes", "min_price", "50", "max_price", "900", "condition", "GOOD",
                        "attr.bikeType", type));
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (boolean semantic : List.of(false, true)) {
                long[][] cpu = new long[2][queries.size()];
                for (int round = -3; round < rounds; round++) { // three rounds of warm-up
                    for (int q = 0; q < queries.size(); q++) {
                        for (int v = 0; v < 2; v++) {
                            int variant = (round + q) % 2 == 0 ? v : 1 - v; // alternate which goes first
                            SearchQuery query = requests.parse(queries.get(q));
                            ListingSearch search = variants.get(variant);
                            long start = threads.getCurrentThreadCpuTime();
                            tx.executeWithoutResult(s -> search.search(query, semantic));
                            if (round >= 0) {
                                cpu[variant][q] += threads.getCurrentThreadCpuTime() - start;
                            }
                        }
                    }
                }
                System.out.printf(Locale.ROOT, "%n%s: CPU ms per query, A (before) / B (served)%n",
                        semantic ? "hybrid (as served over HTTP)" : "keywords only");
                long[] total = new long[2];
                for (int q = 0; q < queries.size(); q++) {
                    total[0] += cpu[0][q];
                    total[1] += cpu[1][q];
                    System.out.printf(Locale.ROOT, "  %-60s %7.2f %7.2f%n", SearchHttp.query(queries.get(q)),
                            cpu[0][q] / 1e6 / rounds, cpu[1][q] / 1e6 / rounds);
                }
                System.out.printf(Locale.ROOT, "  %-60s %7.2f %7.2f%n", "mean", total[0] / 1e6 / rounds / queries.size(),
                        total[1] / 1e6 / rounds / queries.size());
            }
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private static ListingSearch search(ConfigurableApplicationContext app, EntityManager em, SearchPredicates predicates) {
        SearchSettings settings = app.getBean(SearchSettings.class);
        SearchPhases phases = app.getBean(SearchPhases.class); // search-semantic helper: per-phase timers
        FacetCounts facets = new FacetCounts(predicates, phases, app.getBean(FacetPass.class));
        return new ListingSearch(em, predicates, facets, app.getBean(SentenceEmbeddings.class),
                settings, new HybridRanking(em, predicates, settings, phases, facets), phases);
    }
}
