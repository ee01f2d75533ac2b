package dev.agora.search.internal;

import static dev.agora.search.internal.SearchHttp.params;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;

/**
 * Search-topk helper: facets and exact totals (A, what every API request computed before) against top hits counted up
 * to the threshold (B, an API request without {@code facets=true}), interleaved query by query in one JVM on the index
 * the last {@link SearchBench} run left in target/bench-search, in CPU time of the calling thread: on a shared, loaded
 * machine two bench runs differ by more than the change. Both as served (hybrid). {@code -Dbench.ab.rounds} (20).
 */
public final class TopHitsAB {

    private TopHitsAB() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.ab.rounds", 20);
        ConfigurableApplicationContext app = LastBenchIndex.open();
        try {
            ListingSearch search = app.getBean(ListingSearch.class);
            SearchRequests requests = app.getBean(SearchRequests.class);
            TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            tx.setReadOnly(true);
            List<MultiValueMap<String, String>> queries = new ArrayList<>();
            SearchCorpus.KEYWORD_QUERIES.forEach(q -> queries.add(params("q", q)));
            for (String type : List.of("road", "city", "mountain")) {
                queries.add(params("q", "bike", "category", "bikes", "min_price", "50", "max_price", "900", "condition", "GOOD",
                        "attr.bikeType", type));
            }
            queries.add(params("q", "bike", "min_rating", "4", "verified", "true", "sort", "rating"));
            queries.add(params("q", SearchCorpus.KEYWORD_QUERIES.getFirst(), "near", "52.52,13.405", "radius", "25", "sort", "distance"));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[][] cpu = new long[2][queries.size()];
            for (int round = -3; round < rounds; round++) { // three rounds of warm-up
                for (int q = 0; q < queries.size(); q++) {
                    for (int v = 0; v < 2; v++) {
                        int variant = (round + q) % 2 == 0 ? v : 1 - v; // alternate which goes first
                        SearchQuery served = requests.parse(queries.get(q));
                        SearchQuery query = variant == 0 ? served.counting(true, Integer.MAX_VALUE) : served;
                        long start = threads.getCurrentThreadCpuTime();
                        tx.executeWithoutResult(s -> search.search(query, true));
                        if (round >= 0) {
                            cpu[variant][q] += threads.getCurrentThreadCpuTime() - start;
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%nCPU ms per query, A (facets + exact total) / B (top hits, count up to the threshold)%n");
            long[] total = new long[2];
            for (int q = 0; q < queries.size(); q++) {
                total[0] += cpu[0][q];
                total[1] += cpu[1][q];
                System.out.printf(Locale.ROOT, "  %-90s %7.2f %7.2f%n", SearchHttp.query(queries.get(q)),
                        cpu[0][q] / 1e6 / rounds, cpu[1][q] / 1e6 / rounds);
            }
            System.out.printf(Locale.ROOT, "  %-90s %7.2f %7.2f%n", "mean", total[0] / 1e6 / rounds / queries.size(),
                    total[1] / 1e6 / rounds / queries.size());
        } finally {
            app.close();
        }
        System.exit(0);
    }
}
