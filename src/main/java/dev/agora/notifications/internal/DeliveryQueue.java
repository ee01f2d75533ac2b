package dev.agora.notifications.internal;

import static dev.agora.notifications.internal.NotificationStore.utc;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue every notification channel that leaves the site (email, Web Push) sends through. A channel's table has
 * the same delivery columns ({@code status, attempts, next_attempt_at, claimed_until, last_status, last_error,
 * sent_at}) plus its own. Each node polls for due rows and claims one with a conditional UPDATE (works on H2 and
 * PostgreSQL; only one node's update matches), so every delivery is attempted once at a time, outside any business
 * transaction. A failure is retried after {@code first-retry} doubling per attempt and, after {@code max-attempts},
 * stays FAILED, listed for operators ({@link DeliveryFailures}).
 */
@Component
class DeliveryQueue {

    private static final Logger log = LoggerFactory.getLogger(DeliveryQueue.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    /** A channel: its queue table and how it sends one due row (a thrown RuntimeException counts as failed). */
    interface Channel {

        /** For the log: "Email", "Push". */
        String name();

        String table();

        Outcome attempt(Map<String, Object> row);
    }

    /** What became of one attempt; {@code status} is the receiving service's answer where it gives one. */
    sealed interface Outcome {

        record Sent(@Nullable Integer status) implements Outcome {}

        /** Nothing left to send to (the recipient unsubscribed or was erased): not retried. */
        record Gone(@Nullable Integer status, @Nullable String error) implements Outcome {}

        /** Retried with backoff until the last attempt. */
        record Failed(@Nullable Integer status, String error) implements Outcome {}
    }

    private final JdbcClient jdbc;
    private final NotificationsSettings settings;
    private final Clock clock;

    DeliveryQueue(JdbcClient jdbc, NotificationsSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Claims and attempts the channel's due deliveries, oldest first (a channel's scheduled poll calls this). */
    void sendDue(Channel channel) {
        Instant now = clock.instant();
        List<Map<String, Object>> due = jdbc.sql("SELECT * FROM " + channel.table() + " WHERE status = 'PENDING' "
                        + "AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) "
                        + "ORDER BY next_attempt_at LIMIT " + BATCH)
                .params(utc(now), utc(now)).query().listOfRows();
        for (Map<String, Object> row : due) {
            UUID id = (UUID) row.get("id");
            if (claim(channel, id, now)) {
                record(channel, id, ((Number) row.get("attempts")).intValue() + 1, now, attempt(channel, row));
            }
        }
    }

    private boolean claim(Channel channel, UUID id, Instant now) {
        return jdbc.sql("UPDATE " + channel.table() + " SET claimed_until = ? WHERE id = ? AND status = 'PENDING' "
                        + "AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(utc(now.plus(CLAIM)), id, utc(now)).update() == 1;
    }

    private static Outcome attempt(Channel channel, Map<String, Object> row) {
        try {
            return channel.attempt(row);
        } catch (RuntimeException e) {
            return new Outcome.Failed(null, e.toString());
        }
    }

    private void record(Channel channel, UUID id, int made, Instant now, Outcome outcome) {
        switch (outcome) {
            case Outcome.Sent sent -> finish(channel, id, "SENT", made, sent.status(), null, clock.instant());
            case Outcome.Gone gone -> finish(channel, id, "GONE", made, gone.status(), gone.error(), null);
            case Outcome.Failed failed -> {
                boolean last = made >= settings.maxAttempts();
                Instant next = now.plus(settings.firstRetry().multipliedBy(1L << Math.min(made - 1, 16)));
                log.warn("{} delivery {} failed (attempt {}{}): {}", channel.name(), id, made, last ? ", giving up" : "",
                        failed.error());
                jdbc.sql("UPDATE " + channel.table() + " SET status = ?, attempts = ?, next_attempt_at = ?, "
                                + "claimed_until = NULL, last_status = ?, last_error = ? WHERE id = ?")
                        .params(last ? "FAILED" : "PENDING", made, utc(next), failed.status(), truncate(failed.error()), id)
                        .update();
            }
        }
    }

    private void finish(Channel channel, UUID id, String status, int made, @Nullable Integer answer,
            @Nullable String error, @Nullable Instant sentAt) {
        jdbc.sql("UPDATE " + channel.table() + " SET status = ?, attempts = ?, claimed_until = NULL, last_status = ?, "
                        + "last_error = ?, sent_at = ? WHERE id = ?")
                .params(status, made, answer, error == null ? null : truncate(error), sentAt == null ? null : utc(sentAt), id)
                .update();
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
