package dev.agora.notifications.internal;

import static dev.agora.notifications.internal.NotificationStore.utc;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers feed events to operators' webhook endpoints. Each delivery is queued with the event (same
 * transaction), claimed by one node with a conditional UPDATE, signed ({@link WebhookSignatures}) and POSTed;
 * anything but 2xx is retried with exponential backoff ({@code webhook-first-retry} doubling) until 24 hours
 * after the event, then marked FAILED. The log keeps every delivery; operators can replay one.
 */
@Component
public class WebhookDeliveries {

    public record Delivery(UUID id, UUID webhookId, UUID eventId, String eventType, String status, int attempts,
            @Nullable Integer lastStatus, @Nullable String lastError, Instant createdAt, @Nullable Instant deliveredAt) {}

    private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final NotificationsSettings settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookDeliveries(JdbcClient jdbc, NotificationsSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Queues the event for every active endpoint subscribed to its type (or to {@code *}). */
    void enqueue(UUID eventId, String type, String payload) {
        Instant now = clock.instant();
        List<UUID> hooks = jdbc.sql("SELECT id, event_types FROM notifications_webhooks WHERE active = TRUE")
                .query((rs, row) -> List.of(rs.getString("event_types").split(",")).stream()
                        .anyMatch(t -> t.equals(type) || t.equals("*")) ? rs.getObject("id", UUID.class) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
        for (UUID hook : hooks) {
            jdbc.sql("INSERT INTO notifications_webhook_deliveries (id, webhook_id, event_id, event_type, payload, status, "
                            + "attempts, next_attempt_at, give_up_at, created_at) VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?)")
                    .params(UUID.randomUUID(), hook, eventId, type, payload, utc(now), utc(now.plus(GIVE_UP_AFTER)), utc(now))
                    .update();
        }
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 3000)
    void sendDue() {
        Instant now = clock.instant();
        var due = jdbc.sql("SELECT d.id, d.payload, d.attempts, d.give_up_at, d.event_id, w.url, w.secret "
                        + "FROM notifications_webhook_deliveries d JOIN notifications_webhooks w ON w.id = d.webhook_id "
                        + "WHERE d.status = 'PENDING' AND d.next_attempt_at <= ? AND (d.claimed_until IS NULL OR d.claimed_until < ?) "
                        + "ORDER BY d.next_attempt_at LIMIT 20")
                .params(utc(now), utc(now)).query().listOfRows();
        for (Map<String, Object> row : due) {
            UUID id = (UUID) row.get("id");
            int claimed = jdbc.sql("UPDATE notifications_webhook_deliveries SET claimed_until = ? WHERE id = ? AND status = 'PENDING' "
                            + "AND (claimed_until IS NULL OR claimed_until < ?)")
                    .params(utc(now.plus(CLAIM)), id, utc(now)).update();
            if (claimed == 1) {
                attempt(id, row);
            }
        }
    }

    private void attempt(UUID id, Map<String, Object> row) {
        String payload = (String) row.get("payload");
        int made = ((Number) row.get("attempts")).intValue() + 1;
        Instant now = clock.instant();
        Integer status = null;
        String error = null;
        try {
            var request = HttpRequest.newBuilder(URI.create((String) row.get("url"))).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("User-Agent", "Agora-Webhooks/1")
                    .header("Agora-Event-Id", row.get("event_id").toString())
                    .header(WebhookSignatures.HEADER, WebhookSignatures.sign((String) row.get("secret"), now.getEpochSecond(), payload))
                    .POST(HttpRequest.BodyPublishers.ofString(payload)).build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            error = e.toString();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
        boolean delivered = status != null && status >= 200 && status < 300;
        Instant next = now.plus(settings.webhookFirstRetry().multipliedBy(1L << Math.min(made - 1, 20)));
        Instant giveUp = ((OffsetDateTime) row.get("give_up_at")).toInstant();
        String outcome = delivered ? "DELIVERED" : next.isAfter(giveUp) ? "FAILED" : "PENDING";
        jdbc.sql("UPDATE notifications_webhook_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, claimed_until = NULL, "
                        + "last_status = ?, last_error = ?, delivered_at = ? WHERE id = ?")
                .params(outcome, made, utc(next), status, error == null ? null : error.substring(0, Math.min(1000, error.length())),
                        delivered ? utc(now) : null, id)
                .update();
    }

    @Transactional(readOnly = true)
    public List<Delivery> log(UUID webhookId) {
        return jdbc.sql("SELECT * FROM notifications_webhook_deliveries WHERE webhook_id = ? ORDER BY created_at DESC LIMIT 200")
                .param(webhookId)
                .query((rs, row) -> new Delivery(rs.getObject("id", UUID.class), webhookId, rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"), rs.getString("status"), rs.getInt("attempts"),
                        (Integer) rs.getObject("last_status"), rs.getString("last_error"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("delivered_at", OffsetDateTime.class) == null ? null
                                : rs.getObject("delivered_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Sends a delivery again now, with a fresh 24-hour retry window; false for an unknown id. */
    @Transactional
    public boolean replay(UUID deliveryId) {
        Instant now = clock.instant();
        return jdbc.sql("UPDATE notifications_webhook_deliveries SET status = 'PENDING', next_attempt_at = ?, give_up_at = ?, "
                        + "claimed_until = NULL WHERE id = ?")
                .params(utc(now), utc(now.plus(GIVE_UP_AFTER)), deliveryId).update() > 0;
    }
}
