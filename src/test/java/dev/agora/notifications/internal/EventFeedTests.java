package dev.agora.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class EventFeedTests {

    @Autowired EventFeed feed;

    /**
     * Writers append concurrently while a reader follows the feed with its cursor, as an integration would.
     * The reader must end up with every event exactly once, in cursor order.
     */
    @Test
    void aReaderFollowingTheCursorNeverSkipsOrRepeatsAnEventUnderConcurrentWrites() throws Exception {
        long start = lastCursor();
        Set<UUID> written = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<UUID> read = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(5)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        UUID id = UUID.randomUUID();
                        appendRetrying(id);
                        written.add(id);
                    }
                }));
            }
            Future<?> reader = pool.submit(() -> {
                long cursor = start;
                while (writing.get() || !feed.after(cursor, 50).isEmpty()) {
                    for (EventFeed.Entry entry : feed.after(cursor, 50)) {
                        assertThat(entry.cursor()).isGreaterThan(cursor);
                        cursor = entry.cursor();
                        if (entry.type().equals("test.concurrent")) {
                            read.add(entry.id());
                        }
                    }
                }
            });
            for (Future<?> writer : writers) {
                writer.get();
            }
            writing.set(false);
            reader.get();
        }
        assertThat(new HashSet<>(read)).hasSize(read.size()).as("no repeats");
        assertThat(new HashSet<>(read)).isEqualTo(written).as("no skips");
        assertThat(read).hasSize(100);
    }

    @Test
    void appendingTheSameEventTwiceRecordsItOnce() {
        UUID id = UUID.randomUUID();
        long before = lastCursor();
        feed.append(id, "test.once", Instant.now(), Map.of("n", 1));
        feed.append(id, "test.once", Instant.now(), Map.of("n", 1));
        assertThat(feed.after(before, 500).stream().filter(e -> e.id().equals(id))).hasSize(1);
    }

    /** orders-lean: a redelivered event moves the head no further, so the next event's cursor follows at once. */
    @Test
    void aRedeliveredEventLeavesNoGapInTheCursors() {
        UUID first = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        long before = lastCursor();
        feed.append(first, "test.gap", Instant.now(), Map.of("n", 1));
        feed.append(first, "test.gap", Instant.now(), Map.of("n", 1));
        feed.append(next, "test.gap", Instant.now(), Map.of("n", 2));
        var cursors = feed.after(before, 500).stream().filter(e -> e.id().equals(first) || e.id().equals(next))
                .map(EventFeed.Entry::cursor).toList();
        assertThat(cursors).hasSize(2);
        assertThat(cursors.get(1)).isEqualTo(cursors.get(0) + 1);
    }

    private void appendRetrying(UUID id) {
        for (int attempt = 1; ; attempt++) {
            try {
                feed.append(id, "test.concurrent", Instant.now(), Map.of("attempt", attempt));
                return;
            } catch (RuntimeException e) {
                if (attempt == 5) {
                    throw e; // as the event publication registry would, retry a lock timeout
                }
            }
        }
    }

    private long lastCursor() {
        long cursor = 0;
        for (List<EventFeed.Entry> page = feed.after(0, 500); !page.isEmpty(); page = feed.after(cursor, 500)) {
            cursor = page.getLast().cursor();
        }
        return cursor;
    }
}
