package dev.agora.search.internal;

import static dev.agora.search.internal.SearchHttp.params;

import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.MultiValueMap;

/**
 * Search-facets helper (issue 5): facet counting before and after, interleaved query by query in one JVM on the index
 * the last {@link SearchBench} run left in target/bench-search, in CPU time of the calling thread (a shared machine
 * makes two bench runs incomparable). A: as before (every facet aggregated in the main query, one exact pass per
 * multi-select facet); B: as served (a facet pass of its own, exact up to the threshold, sampled above, only shown
 * facets). Both run the whole search as served (hybrid when there are words). {@code -Dbench.ab.rounds} (default 20).
 * Run: {@code java -cp target/test-classes:target/classes:<test classpath> dev.agora.search.internal.FacetAB}.
 */
public final class FacetAB {

    private FacetAB() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("bench.ab.rounds", 20);
        ConfigurableApplicationContext app = LastBenchIndex.open();
        try {
            EntityManager em = app.getBean(EntityManager.class);
            app.getBean(FacetSampleIndex.class).check();
            SearchPredicates predicates = app.getBean(SearchPredicates.class);
            SearchPhases phases = app.getBean(SearchPhases.class);
            List<ListingSearch> variants = List.of(search(app, em, new Before(predicates, phases, app.getBean(FacetPass.class), em)),
                    app.getBean(ListingSearch.class));
            SearchRequests requests = app.getBean(SearchRequests.class);
            TransactionTemplate tx = new TransactionTemplate(app.getBean(org.springframework.transaction.PlatformTransactionManager.class));
            tx.setReadOnly(true);
            List<MultiValueMap<String, String>> queries = new ArrayList<>();
            for (String category : List.of("bikes", "furniture", "camping-gear")) {
                queries.add(params("category", category));
            }
            for (String type : List.of("road", "city", "mountain")) {
                queries.add(params("q", "bike", "category", "bikes", "min_price", "50", "max_price", "900", "condition", "GOOD",
                        "attr.bikeType", type));
            }
            queries.add(params("q", "bike"));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long[][] cpu = new long[2][queries.size()];
            for (int round = -3; round < rounds; round++) { // three rounds of warm-up
                for (int q = 0; q < queries.size(); q++) {
                    for (int v = 0; v < 2; v++) {
                        int variant = (round + q) % 2 == 0 ? v : 1 - v; // alternate which goes first
                        SearchQuery query = requests.parse(queries.get(q));
                        ListingSearch search = variants.get(variant);
                        long start = threads.getCurrentThreadCpuTime();
                        SearchOutcome outcome = tx.execute(s -> search.search(query));
                        if (round >= 0) {
                            cpu[variant][q] += threads.getCurrentThreadCpuTime() - start;
                        } else if (v == 1 && round == -1) {
                            System.out.printf(Locale.ROOT, "%s: %d results, facets %s%s%n", SearchHttp.query(queries.get(q)),
                                    outcome.total(), outcome.facetsApproximate() ? "approximate " : "", outcome.facets());
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%nCPU ms per search as served, A (before) / B (sampled facets)%n");
            for (int q = 0; q < queries.size(); q++) {
                System.out.printf(Locale.ROOT, "  %-100s %7.2f %7.2f%n", SearchHttp.query(queries.get(q)),
                        cpu[0][q] / 1e6 / rounds, cpu[1][q] / 1e6 / rounds);
            }
        } finally {
            app.close();
        }
        System.exit(0);
    }

    private static ListingSearch search(ConfigurableApplicationContext app, EntityManager em, FacetCounts facets) {
        SearchSettings settings = app.getBean(SearchSettings.class);
        SearchPhases phases = app.getBean(SearchPhases.class);
        SearchPredicates predicates = app.getBean(SearchPredicates.class);
        TopHitsSettings topHits = app.getBean(TopHitsSettings.class);
        RescoredHits rescored = new RescoredHits(em, facets, topHits, app.getBean(java.time.Clock.class));
        return new ListingSearch(em, predicates, facets, app.getBean(SentenceEmbeddings.class),
                settings, new HybridRanking(em, predicates, settings, phases, facets, rescored, topHits), phases, rescored);
    }

    /** The facet counting before the search-facets helper: all five facets in the main query, exact multi-select passes. */
    private static final class Before extends FacetCounts {

        private static final List<String> FACETS = List.of("listingType", "condition", "delivery", "category", "attribute");
        private final SearchPredicates predicates;
        private final EntityManager em;

        Before(SearchPredicates predicates, SearchPhases phases, FacetPass pass, EntityManager em) {
            super(predicates, phases, pass);
            this.predicates = predicates;
            this.em = em;
        }

        @Override
        <H> SearchResult<H> fetchWithFacets(SearchQueryOptionsStep<?, ?, H, ?, ?, ?> search, SearchQuery query, int offset,
                int limit) {
            SearchQueryOptionsStep<?, ?, H, ?, ?, ?> step = search;
            for (String facet : FACETS) {
                step = step.aggregation(AggregationKey.<Map<String, Long>>of(facet),
                        f -> f.terms().field(facet, String.class).maxTermCount(MAX_FACET_VALUES));
            }
            return step.fetch(offset, limit);
        }

        @Override
        Facets of(SearchQuery query, float @Nullable [] vector, SearchResult<?> result) {
            Map<String, Map<String, Long>> raw = new HashMap<>();
            FACETS.forEach(facet -> raw.put(facet, result.aggregation(AggregationKey.<Map<String, Long>>of(facet))));
            if (query.type() != null) {
                raw.put("listingType", countIgnoring(query, vector, "listingType", "listingType"));
            }
            if (!query.conditions().isEmpty()) {
                raw.put("condition", countIgnoring(query, vector, "condition", "condition"));
            }
            query.attributes().keySet().forEach(key -> raw.put("attribute." + key,
                    countIgnoring(query, vector, "attribute." + key, "attribute")));
            return new Facets(raw, false);
        }

        @Override
        Facets of(SearchQuery query, float[] vector, java.util.Collection<java.util.UUID> nearest, SearchResult<?> result) {
            return of(query, vector, result);
        }

        private Map<String, Long> countIgnoring(SearchQuery query, float @Nullable [] vector, String ignored, String field) {
            AggregationKey<Map<String, Long>> key = AggregationKey.of(field);
            return Search.session(em).search(SearchListing.class)
                    .where(f -> predicates.matching(f, query, vector, ignored))
                    .aggregation(key, f -> f.terms().field(field, String.class).maxTermCount(MAX_FACET_VALUES))
                    .fetch(0).aggregation(key);
        }
    }
}
