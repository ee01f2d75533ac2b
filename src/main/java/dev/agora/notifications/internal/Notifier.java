package dev.agora.notifications.internal;

import dev.agora.identity.AccountId;
import dev.agora.notifications.Channel;
import dev.agora.notifications.NotificationCategory;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a notification for a member (in-app) and queues its email and Web Push, each as the member's preferences say.
 * Idempotent per source event and recipient, so a redelivered event notifies once.
 */
@Service
class Notifier {

    private final NotificationStore store;
    private final JdbcClient jdbc;
    private final PushDeliveries pushDeliveries;
    private final Clock clock;

    Notifier(NotificationStore store, JdbcClient jdbc, PushDeliveries pushDeliveries, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.pushDeliveries = pushDeliveries;
        this.clock = clock;
    }

    @Transactional
    void notify(AccountId recipient, NotificationCategory category, String text, String link, UUID sourceEvent) {
        var channels = store.deliverableChannels(recipient, category); // orders-lean: push subscriptions included
        boolean inApp = channels.contains(Channel.IN_APP);
        boolean digest = channels.contains(Channel.DIGEST);
        // a category in the daily digest gets no mail of its own: DailyDigest lists it the next morning
        boolean email = channels.contains(Channel.EMAIL) && !digest;
        boolean webPush = channels.contains(Channel.PUSH);
        if (!inApp && !email && !digest && !webPush) {
            return;
        }
        var now = clock.instant();
        store.insert(recipient, category, text, link, sourceEvent, now).ifPresent(id -> {
            if (!inApp) {
                store.markRead(recipient, id, now);
            }
            if (webPush) {
                pushDeliveries.enqueue(id, recipient, now);
            }
            if (email) {
                jdbc.sql("INSERT INTO notifications_deliveries (id, notification_id, status, attempts, next_attempt_at, created_at) "
                                + "VALUES (?, ?, 'PENDING', 0, ?, ?)")
                        .params(UUID.randomUUID(), id, NotificationStore.utc(now), NotificationStore.utc(now)).update();
            }
        });
    }
}
