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
 * Records a notification for a member (in-app) and queues its email, each as the member's preferences say.
 * Idempotent per source event and recipient, so a redelivered event notifies once.
 */
@Service
class Notifier {

    private final NotificationStore store;
    private final JdbcClient jdbc;
    private final Clock clock;

    Notifier(NotificationStore store, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    void notify(AccountId recipient, NotificationCategory category, String text, String link, UUID sourceEvent) {
        boolean inApp = store.enabled(recipient, category, Channel.IN_APP);
        boolean email = store.enabled(recipient, category, Channel.EMAIL);
        if (!inApp && !email) {
            return;
        }
        var now = clock.instant();
        store.insert(recipient, category, text, link, sourceEvent, now).ifPresent(id -> {
            if (!inApp) {
                store.markRead(recipient, id, now);
            }
            if (email) {
                jdbc.sql("INSERT INTO notifications_deliveries (id, notification_id, status, attempts, next_attempt_at, created_at) "
                                + "VALUES (?, ?, 'PENDING', 0, ?, ?)")
                        .params(UUID.randomUUID(), id, NotificationStore.utc(now), NotificationStore.utc(now)).update();
            }
        });
    }
}
