package dev.agora.search.internal;

import dev.agora.AgoraApplication;
import dev.agora.listings.CategoryManagement;
import dev.agora.listings.CategoryView;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

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
 * documents, at least 200 and at most 3,000).
 */
public final class SearchBench {

    record Product(String category, String phrase, String attribute) {}

    /** One distinct text the model embeds: a brand's product in one wording. */
    record Template(Product product, String brand, String adjective) {

        String title() {
            return brand + " " + product.phrase() + ", " + adjective;
        }
    }

    record City(String name, double latitude, double longitude) {}

    static final List<Product> PRODUCTS = List.of(
            new Product("bikes", "road bike", "bikeType=road"), new Product("bikes", "city bike with basket", "bikeType=city"),
            new Product("bikes", "mountain bike full suspension", "bikeType=mountain"),
            new Product("bikes", "cargo bike for two kids", "bikeType=cargo"), new Product("bikes", "kids bike 20 inch", "bikeType=kids"),
            new Product("cameras", "mirrorless camera body", "format=digital"), new Product("cameras", "35mm film camera", "format=35mm film"),
            new Product("cameras", "medium format camera", "format=medium format"),
            new Product("furniture", "oak dining table", "material=wood"), new Product("furniture", "leather sofa three seats", "material=fabric"),
            new Product("furniture", "metal bookshelf", "material=metal"), new Product("furniture", "office chair ergonomic", "material=plastic"),
            new Product("books", "crime novel paperback", "language=en"), new Product("books", "Kochbuch vegetarisch", "language=de"),
            new Product("books", "children's picture book", "language=en"),
            new Product("sports-outdoors", "cooler box with ice packs", ""), new Product("sports-outdoors", "yoga mat non-slip", ""),
            new Product("sports-outdoors", "tennis racket with bag", ""), new Product("sports-outdoors", "running shoes size 42", ""),
            new Product("electronics", "noise cancelling headphones", ""), new Product("electronics", "gaming laptop 16 GB", ""),
            new Product("electronics", "smartphone with charger", ""), new Product("electronics", "espresso machine", ""),
            new Product("home-garden", "lawn mower electric", ""), new Product("home-garden", "garden hose 25 m", ""),
            new Product("home-garden", "potted olive tree", ""),
            new Product("camping-gear", "family tent for four", "persons=4"), new Product("camping-gear", "sleeping bag winter", "persons=1"),
            new Product("camping-gear", "camping stove with gas", "persons=2"),
            new Product("tools", "cordless hammer drill", "cordless=true"), new Product("tools", "circular saw", "cordless=false"),
            new Product("tools", "ladder aluminium 3 m", "cordless=false"),
            new Product("party", "PA speaker with microphone", "power=500"), new Product("party", "popcorn machine", "power=800"),
            new Product("repairs", "bike repair at your door", "field=bikes"), new Product("repairs", "phone screen repair", "field=electronics"),
            new Product("lessons", "guitar lessons for beginners", "level=beginner"), new Product("lessons", "German conversation lessons", "level=intermediate"),
            new Product("moving-help", "moving help with van", "vanIncluded=true"));
    static final List<String> BRANDS = List.of("Bosch", "Sony", "Canon", "Trek", "Cube", "IKEA", "Makita", "Nikon", "Apple",
            "Samsung", "Gazelle", "Coleman", "Decathlon", "Philips", "DeLonghi", "Yamaha");
    static final List<String> ADJECTIVES = List.of("almost new", "well kept", "barely used", "vintage", "cheap", "solid",
            "like new", "as good as new", "must go", "top condition", "gebraucht", "neuwertig");
    static final List<City> CITIES = List.of(new City("Berlin", 52.52, 13.405), new City("Hamburg", 53.55, 9.99),
            new City("Munich", 48.137, 11.575), new City("Cologne", 50.94, 6.96), new City("Frankfurt", 50.11, 8.68),
            new City("Stuttgart", 48.78, 9.18), new City("Leipzig", 51.34, 12.37), new City("Dresden", 51.05, 13.74),
            new City("Vienna", 48.21, 16.37), new City("Zurich", 47.37, 8.54));
    static final List<String> KEYWORD_QUERIES = List.of("road bike", "sofa", "bosch drill", "tent", "camera", "headphones",
            "espresso", "guitar lessons", "ladder", "moutain bike", "oak table", "sleeping bag", "lawn mower", "kochbuch");
    static final List<String> SEMANTIC_QUERIES = List.of("something to keep drinks cold at the beach",
            "a present for a child who loves to read", "help me carry my furniture to the new flat",
            "make my music loud at a party", "I want to learn to play an instrument", "stay warm at night outdoors",
            "fix my broken bicycle", "listen to music without hearing the train");

    static final int BUFFER_MB = setting("bench.search.buffer-mb", 1024);
    static final int MERGE_FACTOR = setting("bench.search.merge-factor", 10);
    static final int LOAD_THREADS = setting("bench.search.load-threads", 2);

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
        deleteTree(data);
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
        ConfigurableApplicationContext app = new SpringApplicationBuilder(AgoraApplication.class)
                .run(arguments.toArray(String[]::new));
        StringBuilder md = new StringBuilder();
        try {
            run(app, documents, seconds, data, md);
        } finally {
            app.close();
        }
        Path out = Path.of("bench/results/search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println(md);
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext app, int documents, double seconds, Path data,
            StringBuilder md) throws Exception {
        SentenceEmbeddings embeddings = app.getBean(SentenceEmbeddings.class);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        Map<String, CategoryView> categories = new HashMap<>();
        app.getBean(CategoryManagement.class).categories().forEach(c -> categories.put(c.slug(), c));

        String loadBefore = loadAverage();
        int templateCount = setting("bench.search.templates", Math.max(200, Math.min(3_000, documents / 10)));
        List<Template> templates = templates(templateCount);
        long start = System.nanoTime();
        List<float[]> templateVectors = new ArrayList<>();
        for (Template template : templates) {
            templateVectors.add(embeddings.embed(template.title() + ". " + template.product().category()));
        }
        long modelMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "embedded %d templates in %,d ms%n", templates.size(), modelMillis);

        start = System.nanoTime();
        generate(jdbc, categories, templates, templateVectors, documents);
        long generateMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "wrote %,d rows in %,d ms%n", documents, generateMillis);

        start = System.nanoTime();
        var entityManagerFactory = app.getBean(EntityManagerFactory.class);
        Search.mapping(entityManagerFactory).scope(SearchListing.class).massIndexer()
                .threadsToLoadObjects(LOAD_THREADS).batchSizeToLoadObjects(1_000).idFetchSize(10_000)
                .mergeSegmentsOnFinish(false).monitor(new ProgressMonitor(documents)).startAndWait();
        long indexMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "indexed in %,d ms%n", indexMillis);
        String loadIndexed = loadAverage();
        long indexBytes = size(data.resolve("index"));
        System.gc();
        long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();

        ListingSearch search = app.getBean(ListingSearch.class);
        SearchRequests requests = app.getBean(SearchRequests.class);
        Random random = new Random(7);
        Map<String, Function<Random, MultiValueMap<String, String>>> mix = new LinkedHashMap<>();
        mix.put("keyword", r -> params("q", pick(r, KEYWORD_QUERIES)));
        mix.put("keyword + filters", r -> params("q", "bike", "category", "bikes", "min_price", "50", "max_price", "900",
                "condition", "GOOD", "attr.bikeType", pick(r, List.of("road", "city", "mountain"))));
        mix.put("keyword + seller filters (rating ≥ 4, verified, by rating)", r -> params("q", pick(r, KEYWORD_QUERIES),
                "min_rating", "4", "verified", "true", "sort", "rating"));
        mix.put("geo (25 km, by distance)", r -> {
            City city = pick(r, CITIES);
            return params("q", pick(r, KEYWORD_QUERIES), "near", city.latitude() + "," + city.longitude(), "radius", "25",
                    "sort", "distance");
        });
        mix.put("facets (category, no words)", r -> params("category", pick(r, List.of("bikes", "furniture", "camping-gear"))));
        Map<String, double[]> figures = new LinkedHashMap<>();
        // the engine alone, keywords only (no embedding, no HTTP)
        for (var entry : mix.entrySet()) {
            record(figures, entry.getKey() + ", in process, keywords only", measure(seconds,
                    () -> search.search(requests.parse(entry.getValue().apply(random)), false)));
        }
        int[] variant = {0};
        record(figures, "query embedding alone (uncached)", measure(seconds,
                () -> embeddings.embed(pick(random, SEMANTIC_QUERIES) + " " + variant[0]++)));
        // issue 5's figures: every line through GET /api/v1/search as served (hybrid: keywords + kNN + RRF)
        mix.put("semantic (natural-language need)", r -> params("q", pick(r, SEMANTIC_QUERIES)));
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(10)).build();
        for (var entry : mix.entrySet()) {
            record(figures, "HTTP " + entry.getKey(), measure(seconds, () -> get(http, port, query(entry.getValue().apply(random)))));
        }
        record(figures, "HTTP semantic, new wording each time (embedding never cached)", measure(seconds, () -> get(http, port,
                "q=" + URLEncoder.encode(pick(random, SEMANTIC_QUERIES) + " " + variant[0]++, StandardCharsets.UTF_8))));
        String loadQueried = loadAverage();
        String recall = VectorRecallBench.run(app, Stream.concat(SEMANTIC_QUERIES.stream(), KEYWORD_QUERIES.stream()).toList());
        String backfill = VectorBackfillBench.run(app, documents, seconds, http, port, KEYWORD_QUERIES, figures);

        md.append("# Search benchmark\n\n")
                .append("Run of ").append(Instant.now()).append(" on ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores (shared), JDK ").append(Runtime.version()).append(", H2 file database, Lucene index on disk.\n")
                .append("Load average (1, 5, 15 min; other helpers' builds share the CPU): ").append(loadBefore)
                .append(" before generating, ").append(loadIndexed).append(" after indexing, ").append(loadQueried)
                .append(" after the queries, ").append(loadAverage()).append(" at the end.\n\n")
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
                .append(String.format(Locale.ROOT, "| index build (mass indexer, with HNSW vectors) | %,d ms (%,.0f documents/s) |%n",
                        indexMillis, documents * 1000.0 / Math.max(1, indexMillis)))
                .append(String.format(Locale.ROOT, "| index size on disk | %,.1f MB |%n", indexBytes / 1e6))
                .append(String.format(Locale.ROOT, "| heap used after indexing (after GC) | %,.0f MB |%n", heap / 1e6))
                .append("\nLatency, one client in a closed loop, ").append(seconds).append(" s per line:\n\n")
                .append("| query | queries | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|\n");
        figures.forEach((name, f) -> md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f |%n", name,
                (long) f[0], f[1], f[2], f[3])));
        md.append("\n").append(recall).append("\n").append(backfill);
    }

    /** Distinct (brand, product, wording) combinations in a fixed pseudo-random order. */
    static List<Template> templates(int count) {
        List<Template> all = new ArrayList<>();
        for (Product product : PRODUCTS) {
            for (String brand : BRANDS) {
                for (String adjective : ADJECTIVES) {
                    all.add(new Template(product, brand, adjective));
                }
            }
        }
        java.util.Collections.shuffle(all, new Random(11));
        return all.subList(0, Math.min(count, all.size()));
    }

    static void generate(JdbcTemplate jdbc, Map<String, CategoryView> categories, List<Template> templates,
            List<float[]> templateVectors, int documents) {
        Random random = new Random(42);
        Instant now = Instant.now();
        Map<dev.agora.listings.CategoryId, CategoryView> byId = new HashMap<>();
        categories.values().forEach(c -> byId.put(c.id(), c));
        Map<String, String[]> pathAndNames = new HashMap<>();
        for (Product product : PRODUCTS) {
            List<String> path = new ArrayList<>();
            List<String> names = new ArrayList<>();
            CategoryView c = categories.get(product.category());
            while (c != null) {
                path.add(c.id().toString());
                names.add(c.name());
                names.add(c.nameDe());
                c = c.parentId() == null ? null : byId.get(c.parentId());
            }
            pathAndNames.put(product.category(), new String[] {String.join("\n", path), String.join(" ", names)});
        }
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            int t = random.nextInt(templates.size());
            Template template = templates.get(t);
            Product product = template.product();
            CategoryView category = categories.get(product.category());
            String[] categoryFacts = pathAndNames.get(product.category());
            String description = "Selling my " + product.phrase() + " by " + template.brand() + ". "
                    + ADJECTIVES.get(random.nextInt(ADJECTIVES.size())) + ", pick up or delivery. Item " + i + ".";
            City city = CITIES.get(random.nextInt(CITIES.size()));
            float[] vector = noisy(templateVectors.get(t), random);
            String type = category.listingType().name();
            int seller = random.nextInt(documents / 10 + 1);
            // a seller's facts follow from the seller number, so all their listings agree
            Random sellerFacts = new Random(seller);
            Double rating = sellerFacts.nextInt(3) == 0 ? null : 3.0 + sellerFacts.nextInt(21) / 10.0;
            boolean verified = sellerFacts.nextInt(4) == 0;
            String level = List.of("NEW", "NEW", "NEW", "RISING", "RISING", "TOP").get(sellerFacts.nextInt(6));
            batch.add(new Object[] {new UUID(42, i), template.title(), description, categoryFacts[1], categoryFacts[0],
                    product.attribute(), 500L + random.nextInt(150_000), "EUR",
                    type.equals("SERVICE") ? null : List.of("NEW", "LIKE_NEW", "GOOD", "FAIR").get(random.nextInt(4)),
                    List.of("courier", "meetup", "shipping").get(random.nextInt(3)),
                    city.latitude() + random.nextGaussian() * 0.1, city.longitude() + random.nextGaussian() * 0.1,
                    city.name(), type, Timestamp.from(now.minusSeconds(random.nextInt(90 * 86_400))),
                    new UUID(7, seller), "", Vectors.toBytes(vector), "bench", rating, verified, level});
            if (batch.size() == 1_000 || i == documents - 1) {
                jdbc.batchUpdate("""
                        INSERT INTO search_listings (id, title, description, category_names, category_path, attributes,
                            price_minor, currency, item_condition, delivery, latitude, longitude, city, listing_type,
                            published_at, seller_id, blocked_dates, embedding, embedding_key, seller_rating,
                            seller_verified, seller_level)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
                batch.clear();
            }
            if ((i + 1) % 100_000 == 0) {
                System.out.printf(Locale.ROOT, "  %,d rows%n", i + 1);
            }
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static float[] noisy(float[] base, Random random) {
        float[] vector = new float[base.length];
        for (int i = 0; i < base.length; i++) {
            vector[i] = base[i] + (float) (random.nextGaussian() * 0.02);
        }
        return Vectors.normalised(vector);
    }

    /**
     * Runs the action for the given time; returns count, p50, p95, p99 in ms. Bounded whatever a query costs: the
     * warm-up stops after 10 runs or half the time, the measurement after the time (at least one run), so a slow
     * line at 1M costs a few of its queries, never hours.
     */
    static double[] measure(double seconds, ThrowingRunnable action) throws Exception {
        long warmEnd = System.nanoTime() + (long) (seconds * 0.5e9);
        for (int i = 0; i < 10 && System.nanoTime() < warmEnd; i++) {
            action.run();
        }
        List<Long> nanos = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        do {
            long t = System.nanoTime();
            action.run();
            nanos.add(System.nanoTime() - t);
        } while (System.nanoTime() < end);
        nanos.sort(Comparator.naturalOrder());
        return new double[] {nanos.size(), percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99)};
    }

    /** Keeps a figure and prints it at once: a run stopped later still shows what it measured. */
    static void record(Map<String, double[]> figures, String name, double[] f) {
        figures.put(name, f);
        System.out.printf(Locale.ROOT, "  %s: %,d queries, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (load %s)%n", name,
                (long) f[0], f[1], f[2], f[3], loadAverage());
    }

    /** Prints the indexing rate every 5% (a long run shows how it goes, and a stopped one what it reached). */
    static final class ProgressMonitor implements org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor {

        private final java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
        private final long step;
        private final long start = System.nanoTime();

        ProgressMonitor(int documents) {
            this.step = Math.max(1_000, documents / 20);
        }

        @Override
        public void documentsAdded(long increment) {
            long now = done.addAndGet(increment);
            if (now / step != (now - increment) / step) {
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf(Locale.ROOT, "  indexed %,d in %,.0f s (%,.0f documents/s), load %s%n", now, seconds,
                        now / seconds, loadAverage());
            }
        }

        @Override
        public void documentsBuilt(long increment) {}

        @Override
        public void entitiesLoaded(long increment) {}

        @Override
        public void addToTotalCount(long increment) {}

        @Override
        public void indexingCompleted() {}
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    private static double percentile(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    static String query(MultiValueMap<String, String> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((name, values) -> values.forEach(value -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return String.join("&", pairs);
    }

    static void get(HttpClient http, int port, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/search?" + query)).timeout(java.time.Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.statusCode() + " " + response.body());
        }
    }

    private static MultiValueMap<String, String> params(String... pairs) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.add(pairs[i], pairs[i + 1]);
        }
        return params;
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
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
