package dev.agora.search.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12's "vectors at scale" figures for the search bench: what one listing's embedding costs (a sample of
 * real document texts, one at a time as the backfill does), how long the backfill of every document would take
 * at that cost, and how keyword and semantic queries behave through HTTP while the backfill job runs.
 */
final class VectorBackfillBench {

    private static final int SAMPLE = 200;

    private VectorBackfillBench() {}

    static String run(ConfigurableApplicationContext app, int documents, double seconds, SearchHttp http,
            Map<String, LatencyMeter.Figures> figures) throws Exception {
        SentenceEmbeddings embeddings = app.getBean(SentenceEmbeddings.class);
        SearchListingRepository repository = app.getBean(SearchListingRepository.class);
        var transactions = new org.springframework.transaction.support.TransactionTemplate(
                app.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        List<String> texts = transactions.execute(status -> repository.findAll(PageRequest.of(3, SAMPLE)).stream()
                .map(d -> d.text().embeddingText()).toList());
        long start = System.nanoTime();
        for (String text : texts) {
            embeddings.embed(text);
        }
        double perListing = (System.nanoTime() - start) / 1e6 / texts.size();
        double hours = documents * perListing / 3_600_000;
        System.out.printf(Locale.ROOT, "  embedding: %.1f ms per listing (sample of %d), %,d listings ≈ %.1f h%n",
                perListing, texts.size(), documents, hours);

        // the backfill job for real, on documents whose vector is cleared, while queries run through HTTP
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        int cleared = (int) Math.min(documents, Math.max(2_000, seconds * 4 * 100));
        jdbc.update("UPDATE search_listings SET embedding = NULL, embedding_key = NULL WHERE id IN "
                + "(SELECT id FROM search_listings ORDER BY id LIMIT ?)", cleared);
        VectorBackfill backfill = app.getBean(VectorBackfill.class);
        backfill.start();
        AtomicBoolean stop = new AtomicBoolean();
        Thread job = Thread.ofPlatform().name("bench-backfill").start(() -> {
            while (!stop.get()) {
                backfill.runSlice(Duration.ofSeconds(1), 50);
            }
        });
        Random random = new Random(13);
        long jobStart = System.nanoTime();
        LatencyMeter.record(figures, "HTTP keyword, while the vector backfill runs", LatencyMeter.measure(seconds,
                () -> http.get("q=" + URLEncoder.encode(SearchHttp.pick(random, SearchCorpus.KEYWORD_QUERIES),
                        StandardCharsets.UTF_8))));
        LatencyMeter.record(figures, "HTTP semantic, while the vector backfill runs", LatencyMeter.measure(seconds,
                () -> http.get("q=" + URLEncoder.encode(SearchHttp.pick(random, SearchCorpus.SEMANTIC_QUERIES),
                        StandardCharsets.UTF_8))));
        stop.set(true);
        job.join();
        double jobSeconds = (System.nanoTime() - jobStart) / 1e9;
        VectorBackfill.Progress progress = backfill.progress().orElseThrow();
        double rate = progress.done() / jobSeconds;
        String note = String.format(Locale.ROOT, """
                ## Vector backfill (issue 12)

                | figure | value |
                |---|---|
                | embedding one listing's text (sample of %d documents, one at a time, model loaded) | %.1f ms |
                | backfill of all %,d documents at that cost, one thread | %.1f h |
                | backfill job measured while queries ran (vectors of %,d documents cleared) | %,d embedded in %.0f s: %.1f documents/s |
                | backfill of all %,d documents at the measured rate | %.1f h |

                Keyword search is unaffected by a missing vector (the document is found by its words); the query lines
                "while the vector backfill runs" above show what the job's CPU use costs the queries.
                """, texts.size(), perListing, documents, hours, cleared, progress.done(), jobSeconds, rate, documents,
                rate == 0 ? Double.NaN : documents / rate / 3600);
        System.out.print(note);
        return note;
    }
}
