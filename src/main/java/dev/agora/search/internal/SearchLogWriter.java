package dev.agora.search.internal;

import dev.agora.search.SearchPerformed;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes search log entries behind the response: a search request only queues its entry, and one background thread
 * inserts what has queued in JDBC batches, publishing {@link SearchPerformed} in the same transaction. The insert
 * and the event publication were most of a search request's database work.
 *
 * <p>How reliable: the log is analytics (ranking, zero-result queries), not a record anyone is owed. An entry is
 * lost only when the queue is full (a database that cannot keep up: then the request does not wait either, and the
 * loss is counted and logged) or when the process dies within the moment between queueing and writing; a graceful
 * shutdown writes what is queued. A result click names its search: {@link #flush(UUID)} writes that entry first if
 * it is still queued, so a click is never lost for want of its search.
 */
@Component
class SearchLogWriter {

    /** An entry as the request saw it. */
    record Entry(UUID id, Timestamp searchedAt, String query, String filters, long resultCount, boolean noCloseMatch,
            @Nullable UUID member) {}

    static final int CAPACITY = 10_000;
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(SearchLogWriter.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final BlockingQueue<Entry> queue = new LinkedBlockingQueue<>(CAPACITY);
    /** Queued or being written, until written (or failed). */
    private final Map<UUID, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean running = true;

    SearchLogWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.events = events;
        this.writer = Thread.ofPlatform().daemon().name("search-log-writer").start(this::drainUntilStopped);
    }

    /** Queues an entry; never waits. Returns false (and counts it) when the queue is full. */
    boolean submit(Entry entry) {
        pending.put(entry.id(), new CompletableFuture<>());
        if (queue.offer(entry)) {
            return true;
        }
        pending.remove(entry.id());
        long lost = dropped.incrementAndGet();
        if (Long.bitCount(lost) == 1) { // 1, 2, 4, 8...: says so without flooding the log
            log.warn("search log queue full ({} entries): {} entries dropped so far", CAPACITY, lost);
        }
        return false;
    }

    /**
     * Makes sure the entry is written: at once on this thread if it is still queued (a click on its results arrived
     * first), or by waiting a moment for the batch it is in.
     */
    void flush(UUID id) {
        CompletableFuture<Void> written = pending.get(id);
        if (written == null) {
            return;
        }
        Entry queued = queue.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
        if (queued != null && queue.remove(queued)) {
            write(List.of(queued));
            return;
        }
        try {
            written.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the click is then refused like one for an unknown search
        }
    }

    /** Entries the full queue turned away since start-up. */
    long dropped() {
        return dropped.get();
    }

    private void drainUntilStopped() {
        List<Entry> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Entry first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                running = false;
            } catch (RuntimeException e) {
                // a failed batch is lost, the writer goes on: the next searches are still logged
                log.warn("search log: {} entries could not be written", batch.size(), e);
                batch.forEach(entry -> done(entry.id()));
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Entry> entries) {
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate("""
                    INSERT INTO search_log (id, searched_at, query_text, filters, result_count, no_close_match, member_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", entries.stream().map(e -> new Object[] {e.id(), e.searchedAt(),
                    e.query(), e.filters(), e.resultCount(), e.noCloseMatch(), e.member()}).toList());
            entries.forEach(e -> events.publishEvent(new SearchPerformed(e.id(), e.query(), e.filters(),
                    e.resultCount(), e.noCloseMatch(), e.member(), e.searchedAt().toInstant())));
        });
        entries.forEach(entry -> done(entry.id()));
    }

    private void done(UUID id) {
        CompletableFuture<Void> written = pending.remove(id);
        if (written != null) {
            written.complete(null);
        }
    }

    /** A graceful shutdown writes what is queued (the writer stops once the queue is empty). */
    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(10));
    }
}
