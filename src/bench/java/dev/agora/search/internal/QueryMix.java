package dev.agora.search.internal;

import static dev.agora.search.internal.SearchHttp.params;
import static dev.agora.search.internal.SearchHttp.pick;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.MultiValueMap;

/**
 * The bench's fixed query mix (keyword, keyword + filters, seller filters, geo, facets, semantic), measured by the
 * engine alone in process and, issue 5's figures, through {@code GET /api/v1/search} as served; and what one HTTP
 * request of each line costs in SQL statements. Only the facets line asks for facets ({@code facets=true}, as the
 * search page does); the other lines are API calls without them, whose totals are counted up to the threshold.
 */
final class QueryMix {

    private static final int STATEMENT_SAMPLE = 20;
    private static final String PAGE = "HTTP search page, keyword (anonymous, first visit)";

    private final ConfigurableApplicationContext app;
    private final SearchHttp http;
    private final Random random = new Random(7);
    private final Map<String, Function<Random, MultiValueMap<String, String>>> lines = new LinkedHashMap<>();
    private int variant;

    QueryMix(ConfigurableApplicationContext app, SearchHttp http) {
        this.app = app;
        this.http = http;
        List<String> keywords = SearchCorpus.KEYWORD_QUERIES;
        lines.put("keyword", r -> params("q", pick(r, keywords)));
        lines.put("keyword + filters", r -> params("q", "bike", "category", "bikes", "min_price", "50", "max_price", "900",
                "condition", "GOOD", "attr.bikeType", pick(r, List.of("road", "city", "mountain"))));
        lines.put("keyword + seller filters (rating ≥ 4, verified, by rating)", r -> params("q", pick(r, keywords),
                "min_rating", "4", "verified", "true", "sort", "rating"));
        lines.put("geo (25 km, by distance)", r -> {
            SearchCorpus.City city = pick(r, SearchCorpus.CITIES);
            return params("q", pick(r, keywords), "near", city.latitude() + "," + city.longitude(), "radius", "25",
                    "sort", "distance");
        });
        lines.put("facets (category, no words, facets=true)", r -> params("category",
                pick(r, List.of("bikes", "furniture", "camping-gear")), "facets", "true"));
    }

    /**
     * Whether Lucene skips: per keyword line, the documents the top-hits collector was handed (the total it reports
     * as a lower bound: every document it saw) against every match (the exact count a facet request makes), keywords
     * only, in process.
     */
    String collected() {
        ListingSearch search = app.getBean(ListingSearch.class);
        SearchRequests requests = app.getBean(SearchRequests.class);
        StringBuilder md = new StringBuilder("Documents collected per query, keywords only (top hits without facets: "
                + "the count up to the threshold, which is every document Lucene scored and handed to the collector; "
                + "with facets: every match):\n\n| query | matches | collected without facets | exact? |\n|---|---|---|---|\n");
        for (var line : List.of("keyword", "keyword + filters", "keyword + seller filters (rating ≥ 4, verified, by rating)")) {
            Random fixed = new Random(11);
            for (int i = 0; i < 4; i++) {
                MultiValueMap<String, String> params = lines.get(line).apply(fixed);
                SearchQuery query = requests.parse(params);
                SearchOutcome top = search.search(query, false);
                SearchOutcome all = search.search(query.counting(true, query.countUpTo()), false);
                md.append(String.format(Locale.ROOT, "| %s: %s | %,d | %,d | %s |%n", line, SearchHttp.query(params),
                        all.total(), top.total(), top.totalExact()));
            }
        }
        return md.toString();
    }

    SearchHttp http() {
        return http;
    }

    /** The engine alone, keywords only (no embedding, no HTTP), and the query embedding alone. */
    void inProcess(double seconds, Map<String, LatencyMeter.Figures> figures) throws Exception {
        ListingSearch search = app.getBean(ListingSearch.class);
        SearchRequests requests = app.getBean(SearchRequests.class);
        for (var line : lines.entrySet()) {
            LatencyMeter.record(figures, line.getKey() + ", in process, keywords only", LatencyMeter.measure(seconds,
                    () -> search.search(requests.parse(line.getValue().apply(random)), false)));
        }
        SentenceEmbeddings embeddings = app.getBean(SentenceEmbeddings.class);
        LatencyMeter.record(figures, "query embedding alone (uncached)", LatencyMeter.measure(seconds,
                () -> embeddings.embed(pick(random, SearchCorpus.SEMANTIC_QUERIES) + " " + variant++)));
    }

    /** Every line through GET /api/v1/search as served (hybrid: keywords + kNN + fusion), and the semantic ones. */
    void overHttp(double seconds, Map<String, LatencyMeter.Figures> figures) throws Exception {
        for (var line : httpLines().entrySet()) {
            LatencyMeter.record(figures, "HTTP " + line.getKey(), LatencyMeter.measure(seconds,
                    () -> http.get(line.getValue().apply(random))));
        }
        LatencyMeter.record(figures, PAGE, LatencyMeter.measure(seconds, this::page));
        LatencyMeter.record(figures, "HTTP semantic, new wording each time (embedding never cached)",
                LatencyMeter.measure(seconds, () -> http.get("q=" + URLEncoder.encode(
                        pick(random, SearchCorpus.SEMANTIC_QUERIES) + " " + variant++, StandardCharsets.UTF_8))));
    }

    /**
     * SQL statements per request of each HTTP line, by statement: the request path's database work (search log,
     * sessions, event publications, look-ups), which the index's speed cannot make up for. Waits a moment after each
     * line so work a request leaves behind (an asynchronous log write) is counted with it.
     */
    String statementsPerRequest(StatementCounter statements) throws Exception {
        StringBuilder md = new StringBuilder("SQL statements per HTTP request (").append(STATEMENT_SAMPLE)
                .append(" requests of each line after a warm-up; request threads and the search log's writer, and apart from them "
                        + "what background threads ran meanwhile, which grows with time, not with requests):\n\n")
                .append("| query | statements per request | background meanwhile | responses setting a session cookie | most frequent |\n"
                        + "|---|---|---|---|---|\n");
        Map<String, LatencyMeter.ThrowingRunnable> requests = new LinkedHashMap<>();
        httpLines().forEach((name, line) -> requests.put(name, () -> http.get(line.apply(random))));
        requests.put(PAGE, this::page);
        for (var line : requests.entrySet()) {
            for (int i = 0; i < 3; i++) {
                line.getValue().run();
            }
            Thread.sleep(500);
            statements.reset();
            http.cookiesSet();
            for (int i = 0; i < STATEMENT_SAMPLE; i++) {
                line.getValue().run();
            }
            Thread.sleep(500);
            int cookies = http.cookiesSet();
            Map<String, Long> counts = statements.snapshot();
            String top = counts.entrySet().stream().filter(e -> !e.getKey().startsWith(StatementCounter.BACKGROUND)).sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(4)
                    .map(e -> String.format(Locale.ROOT, "%.1f× `%s`", e.getValue() / (double) STATEMENT_SAMPLE,
                            e.getKey().replace("|", "\\|")))
                    .reduce((a, b) -> a + "; " + b).orElse("none");
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d | %s |%n", line.getKey(),
                    statements.total() / (double) STATEMENT_SAMPLE, statements.background() / (double) STATEMENT_SAMPLE,
                    cookies, top));
            System.out.printf(Locale.ROOT, "  statements, %s: %.1f per request, %d of %d responses set a session cookie%n",
                    line.getKey(), statements.total() / (double) STATEMENT_SAMPLE, cookies, STATEMENT_SAMPLE);
            counts.forEach((sql, n) -> System.out.printf(Locale.ROOT, "    %5.1f %s%n", n / (double) STATEMENT_SAMPLE, sql));
        }
        return md.toString();
    }

    private void page() throws Exception {
        http.page(SearchHttp.query(params("q", pick(random, SearchCorpus.KEYWORD_QUERIES))));
    }

    private Map<String, Function<Random, MultiValueMap<String, String>>> httpLines() {
        Map<String, Function<Random, MultiValueMap<String, String>>> all = new LinkedHashMap<>(lines);
        all.put("semantic (natural-language need)", r -> params("q", pick(r, SearchCorpus.SEMANTIC_QUERIES)));
        return all;
    }
}
