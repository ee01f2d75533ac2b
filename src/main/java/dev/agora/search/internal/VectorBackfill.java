package dev.agora.search.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 12, vectors at scale: embeds every search document that has no vector yet, in batches, in the
 * background (the packaged models cost 13–25 ms per listing on two cores, so a million listings take hours).
 * The state lives in {@code search_vector_backfill} (cursor, counts, times) and the work is driven by the
 * persistent scheduler ({@link VectorBackfillTimer}): after a restart the next slice carries on from the cursor,
 * and only one node runs a slice at a time. Keyword search is unaffected meanwhile: a document without a vector
 * is found by its words, and joins the semantic results once its vector is indexed.
 *
 * <p>Progress shows as Micrometer gauges ({@code agora.search.vectors.backfill.done}, {@code .total},
 * {@code .remaining}) and as a progress bar on the operator console ({@code /admin/search}).
 */
@Component
class VectorBackfill {

    static final String JOB = "embeddings";
    private static final Logger log = LoggerFactory.getLogger(VectorBackfill.class);

    private final JdbcClient jdbc;
    private final ListingVectors vectors;
    private final SearchSettings settings;
    private final Clock clock;

    VectorBackfill(JdbcClient jdbc, ListingVectors vectors, SearchSettings settings, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.vectors = vectors;
        this.settings = settings;
        this.clock = clock;
        Gauge.builder("agora.search.vectors.backfill.done", this, b -> b.progress().map(Progress::done).orElse(0L))
                .description("Search documents the vector backfill has embedded").register(meters);
        Gauge.builder("agora.search.vectors.backfill.total", this, b -> b.progress().map(Progress::total).orElse(0L))
                .description("Search documents without a vector when the backfill started").register(meters);
        Gauge.builder("agora.search.vectors.backfill.remaining", this,
                b -> b.progress().filter(Progress::running).map(p -> Math.max(0, p.total() - p.done() - p.skipped())).orElse(0L))
                .description("Search documents the running backfill has still to embed").register(meters);
    }

    /**
     * The job as an operator sees it.
     *
     * @param done documents embedded, {@code skipped} tried but needing none (embedded meanwhile) or failing
     */
    record Progress(boolean running, long done, long skipped, long total, Instant startedAt, Instant updatedAt,
            @Nullable Instant finishedAt) {

        /** Whole percent of the documents tried, 100 when finished. */
        int percent() {
            return !running ? 100 : total == 0 ? 0 : (int) Math.min(100, (done + skipped) * 100 / total);
        }

        /** Documents per second so far. */
        double rate() {
            long millis = Duration.between(startedAt, finishedAt == null ? updatedAt : finishedAt).toMillis();
            return millis <= 0 ? 0 : (done + skipped) * 1000.0 / millis;
        }

        /** The expected time left at the rate so far, empty before the first batch. */
        Optional<Duration> remaining() {
            double rate = rate();
            return !running || rate == 0 ? Optional.empty()
                    : Optional.of(Duration.ofSeconds((long) (Math.max(0, total - done - skipped) / rate)));
        }
    }

    Optional<Progress> progress() {
        return jdbc.sql("""
                SELECT state, done, skipped, total, started_at, updated_at, finished_at
                FROM search_vector_backfill WHERE id = :id""").param("id", JOB)
                .query((rs, row) -> new Progress("RUNNING".equals(rs.getString("state")), rs.getLong("done"),
                        rs.getLong("skipped"), rs.getLong("total"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
                .optional();
    }

    /**
     * Starts (or restarts from the first document) the backfill if documents lack a vector; returns how many. A
     * running job is left alone: it reaches every document anyway.
     */
    synchronized long start() {
        if (!settings.semantic().enabled()) {
            return 0;
        }
        if (progress().filter(Progress::running).isPresent()) {
            return progress().map(Progress::total).orElse(0L);
        }
        long missing = jdbc.sql("SELECT COUNT(*) FROM search_listings WHERE embedding IS NULL").query(Long.class).single();
        if (missing == 0) {
            return 0;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("""
                UPDATE search_vector_backfill SET state = 'RUNNING', after_id = NULL, done = 0, skipped = 0,
                    total = :total, started_at = :now, updated_at = :now, finished_at = NULL WHERE id = :id""")
                .param("total", missing).param("now", now).param("id", JOB).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO search_vector_backfill (id, state, after_id, done, skipped, total, started_at, updated_at)
                    VALUES (:id, 'RUNNING', NULL, 0, 0, :total, :now, :now)""")
                    .param("id", JOB).param("total", missing).param("now", now).update();
        }
        log.info("Vector backfill started: {} documents without a vector", missing);
        return missing;
    }

    /**
     * Embeds batches of documents after the cursor until the time budget is spent or none is left, saving the
     * cursor and counts after every batch (a restart loses at most one batch's work). Returns documents embedded.
     */
    synchronized long runSlice(Duration budget, int batchSize) {
        long deadline = System.nanoTime() + budget.toNanos();
        long embedded = 0;
        while (true) {
            @Nullable UUID after = cursor().orElse(null);
            if (after == null && progress().filter(Progress::running).isEmpty()) {
                return embedded; // nothing started, or finished
            }
            // no "smallest UUID" sentinel: databases order UUIDs as unsigned bytes, Java as signed longs
            List<UUID> ids = after == null
                    ? jdbc.sql("SELECT id FROM search_listings WHERE embedding IS NULL ORDER BY id LIMIT :batch")
                            .param("batch", batchSize).query(UUID.class).list()
                    : jdbc.sql("""
                            SELECT id FROM search_listings WHERE embedding IS NULL AND id > :after ORDER BY id
                            LIMIT :batch""").param("after", after).param("batch", batchSize).query(UUID.class).list();
            if (ids.isEmpty()) {
                finish();
                return embedded;
            }
            long done = 0;
            for (UUID id : ids) {
                try {
                    if (vectors.embed(id)) {
                        done++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Vector backfill: no vector for listing {}: {}", id, e.toString());
                }
            }
            embedded += done;
            jdbc.sql("""
                    UPDATE search_vector_backfill SET after_id = :after, done = done + :done,
                        skipped = skipped + :skipped, updated_at = :now WHERE id = :id AND state = 'RUNNING'""")
                    .param("after", ids.getLast()).param("done", done).param("skipped", ids.size() - done)
                    .param("now", Timestamp.from(clock.instant())).param("id", JOB).update();
            if (System.nanoTime() > deadline) {
                progress().ifPresent(p -> log.info("Vector backfill: {} of {} documents, {}/s", p.done() + p.skipped(),
                        p.total(), String.format(java.util.Locale.ROOT, "%.1f", p.rate())));
                return embedded;
            }
        }
    }

    private Optional<UUID> cursor() {
        return jdbc.sql("SELECT after_id FROM search_vector_backfill WHERE id = :id AND state = 'RUNNING'")
                .param("id", JOB).query((rs, row) -> Optional.ofNullable(rs.getObject("after_id", UUID.class)))
                .optional().flatMap(o -> o);
    }

    private void finish() {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                UPDATE search_vector_backfill SET state = 'DONE', updated_at = :now, finished_at = :now
                WHERE id = :id AND state = 'RUNNING'""").param("now", now).param("id", JOB).update();
        progress().ifPresent(p -> log.info("Vector backfill finished: {} documents embedded, {} skipped", p.done(),
                p.skipped()));
    }
}
