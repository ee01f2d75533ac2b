package dev.agora.notifications.internal;

import static dev.agora.notifications.internal.NotificationStore.utc;

import dev.agora.identity.AccountId;
import dev.agora.notifications.internal.DeliveryQueue.Outcome;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Web Push through the {@link DeliveryQueue}, like notification email ({@link EmailDeliveries}): {@link Notifier} queues
 * one delivery per subscription in the notification's transaction. A 2xx answer is SENT; 404/410 means the browser
 * dropped the subscription, which is deleted (GONE); anything else, or no answer, is retried.
 */
@Component
class PushDeliveries implements DeliveryQueue.Channel {

    private final JdbcClient jdbc;
    private final WebPush push;
    private final NotificationStore store;
    private final DeliveryQueue queue;

    PushDeliveries(JdbcClient jdbc, WebPush push, NotificationStore store, DeliveryQueue queue) {
        this.jdbc = jdbc;
        this.push = push;
        this.store = store;
        this.queue = queue;
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
        queue.sendDue(this);
    }

    @Override
    public String name() {
        return "Push";
    }

    @Override
    public String table() {
        return "notifications_push_deliveries";
    }

    @Override
    public Outcome attempt(Map<String, Object> row) {
        UUID subscriptionId = (UUID) row.get("subscription_id");
        var subscription = push.subscription(subscriptionId);
        var notification = store.find((UUID) row.get("notification_id"));
        if (subscription.isEmpty() || notification.isEmpty()) {
            // unsubscribed (or erased) since it was queued: nothing to send to
            return new Outcome.Gone(null, null);
        }
        int status;
        try {
            status = push.deliver(subscription.get(), "Agora", notification.get().text(), notification.get().link());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Outcome.Failed(null, e.toString());
        }
        if (status / 100 == 2) {
            return new Outcome.Sent(status);
        }
        String error = "push service answered " + status;
        if (status == 404 || status == 410) {
            push.drop(subscriptionId);
            return new Outcome.Gone(status, error);
        }
        return new Outcome.Failed(status, error);
    }
}
