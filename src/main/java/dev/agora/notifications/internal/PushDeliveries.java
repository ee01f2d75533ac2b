package dev.agora.notifications.internal;

import static dev.agora.notifications.internal.NotificationStore.utc;

import dev.agora.identity.AccountId;
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
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Web Push works like notification email ({@link EmailDeliveries}): {@link Notifier} queues one delivery per
 * subscription in the notification's transaction, and a poll on every node claims due deliveries with a
 * conditional UPDATE and sends them outside any business transaction. A 2xx answer is SENT; 404/410 means the
 * browser dropped the subscription, which is deleted (GONE); anything else, or no answer, is retried with the
 * email backoff ({@code first-retry} doubling, {@code max-attempts}) and then stays FAILED, listed for operators
 * with the email failures ({@link DeliveryFailures}).
 */
@Component
class PushDeliveries {

    private static final Logger log = LoggerFactory.getLogger(PushDeliveries.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final WebPush push;
    private final NotificationStore store;
    private final NotificationsSettings settings;
    private final Clock clock;

    PushDeliveries(JdbcClient jdbc, WebPush push, NotificationStore store, NotificationsSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.push = push;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    /** Queues the notification for each of the recipient's devices (call inside the notification's transaction). */
    void enqueue(UUID notificationId, AccountId recipient, Instant now) {
        for (UUID subscription : push.subscriptionsOf(recipient)) {
            jdbc.sql("INSERT INTO notifications_push_deliveries (id, notification_id, subscription_id, status, attempts, "
                            + "next_attempt_at, created_at) VALUES (?, ?, ?, 'PENDING', 0, ?, ?)")
                    .params(UUID.randomUUID(), notificationId, subscription, utc(now), utc(now)).update();
        }
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 2500)
    void sendDue() {
        Instant now = clock.instant();
        List<Map<String, Object>> due = jdbc.sql("SELECT id, notification_id, subscription_id, attempts "
                        + "FROM notifications_push_deliveries WHERE status = 'PENDING' AND next_attempt_at <= ? "
                        + "AND (claimed_until IS NULL OR claimed_until < ?) ORDER BY next_attempt_at LIMIT 20")
                .params(utc(now), utc(now)).query().listOfRows();
        for (Map<String, Object> row : due) {
            UUID id = (UUID) row.get("id");
            int claimed = jdbc.sql("UPDATE notifications_push_deliveries SET claimed_until = ? WHERE id = ? "
                            + "AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < ?)")
                    .params(utc(now.plus(CLAIM)), id, utc(now)).update();
            if (claimed == 1) {
                attempt(id, (UUID) row.get("notification_id"), (UUID) row.get("subscription_id"),
                        ((Number) row.get("attempts")).intValue(), now);
            }
        }
    }

    private void attempt(UUID id, UUID notificationId, UUID subscriptionId, int attempts, Instant now) {
        int made = attempts + 1;
        var subscription = push.subscription(subscriptionId);
        var notification = store.find(notificationId);
        if (subscription.isEmpty() || notification.isEmpty()) {
            // unsubscribed (or erased) since it was queued: nothing to send to
            finish(id, "GONE", made, now, null, null);
            return;
        }
        Integer status = null;
        String error;
        try {
            status = push.deliver(subscription.get(), "Agora", notification.get().text(), notification.get().link());
            error = "push service answered " + status;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            error = e.toString();
        }
        if (status != null && status / 100 == 2) {
            finish(id, "SENT", made, now, status, null);
        } else if (status != null && (status == 404 || status == 410)) {
            push.drop(subscriptionId);
            finish(id, "GONE", made, now, status, error);
        } else {
            boolean last = made >= settings.maxAttempts();
            Instant next = now.plus(settings.firstRetry().multipliedBy(1L << Math.min(made - 1, 16)));
            log.warn("Push delivery {} failed (attempt {}{}): {}", id, made, last ? ", giving up" : "", error);
            jdbc.sql("UPDATE notifications_push_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, "
                            + "claimed_until = NULL, last_status = ?, last_error = ? WHERE id = ?")
                    .params(last ? "FAILED" : "PENDING", made, utc(next), status, truncate(error), id).update();
        }
    }

    private void finish(UUID id, String outcome, int made, Instant now, @Nullable Integer status, @Nullable String error) {
        jdbc.sql("UPDATE notifications_push_deliveries SET status = ?, attempts = ?, claimed_until = NULL, last_status = ?, "
                        + "last_error = ?, sent_at = ? WHERE id = ?")
                .params(outcome, made, status, error == null ? null : truncate(error),
                        outcome.equals("SENT") ? utc(now) : null, id)
                .update();
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
