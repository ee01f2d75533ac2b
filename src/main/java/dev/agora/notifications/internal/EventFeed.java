package dev.agora.notifications.internal;

import static dev.agora.notifications.internal.NotificationStore.utc;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The marketplace's events in order, for {@code GET /api/v1/events?after={cursor}}.
 *
 * <p>Why a reader never skips or repeats an event under concurrent writes: an identity column hands out
 * numbers at insert, so a transaction holding seq 7 may commit after one holding seq 8, and a reader that
 * already saw 8 would skip 7 for good. Here every append first locks the single head row (and moves it on)
 * until the append commits; the next append waits for that commit before it gets the next number. So
 * numbers are assigned in commit order: once a reader sees seq N, every smaller seq is already visible.
 * The cost is that appends are serialised, which is fine because they run in after-commit listeners, not in
 * business transactions.
 */
@Component
public class EventFeed {

    public record Entry(long cursor, UUID id, String type, Instant occurredAt, Map<String, Object> data) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final NotificationsSettings settings;
    private final WebhookDeliveries webhooks;
    private final Clock clock;

    EventFeed(JdbcClient jdbc, JsonMapper json, NotificationsSettings settings, WebhookDeliveries webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
    }

    /** Appends once per event id (listeners may be redelivered) and queues it for subscribed webhooks. */
    @Transactional
    public void append(UUID eventId, String type, Instant occurredAt, Map<String, Object> data) {
        // orders-lean: three statements instead of four. The head is locked first, as the UPDATE did (numbers stay in
        // commit order), the entry goes in with the next number unless its event id is there already (a redelivery:
        // the unique event_id refuses it), and only then the head moves on, so a redelivery leaves no gap.
        long seq = jdbc.sql("SELECT last_seq FROM notifications_feed_head WHERE id = 1 FOR UPDATE").query(Long.class).single() + 1;
        int inserted = jdbc.sql("""
                INSERT INTO notifications_feed (seq, event_id, type, payload, occurred_at, recorded_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(seq, eventId, type, json.writeValueAsString(data), utc(occurredAt), utc(clock.instant())).update();
        if (inserted == 0) {
            return;
        }
        jdbc.sql("UPDATE notifications_feed_head SET last_seq = ? WHERE id = 1").param(seq).update();
        webhooks.enqueue(eventId, type, json.writeValueAsString(Map.of("id", eventId.toString(), "type", type,
                "cursor", seq, "occurredAt", occurredAt.toString(), "data", data)));
    }

    @Transactional(readOnly = true)
    @SuppressWarnings("unchecked")
    public List<Entry> after(long cursor, int limit) {
        return jdbc.sql("SELECT * FROM notifications_feed WHERE seq > ? ORDER BY seq LIMIT ?").params(cursor, limit)
                .query((rs, row) -> new Entry(rs.getLong("seq"), rs.getObject("event_id", UUID.class), rs.getString("type"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        json.readValue(rs.getString("payload"), Map.class)))
                .list();
    }

    /** Drops entries older than the retention period ({@code agora.notifications.feed-retention}, 365 days). */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    void purge() {
        jdbc.sql("DELETE FROM notifications_feed WHERE recorded_at < ?")
                .param(utc(clock.instant().minus(settings.feedRetention()))).update();
    }
}
