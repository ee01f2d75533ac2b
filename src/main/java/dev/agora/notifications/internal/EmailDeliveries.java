package dev.agora.notifications.internal;

import static dev.agora.notifications.internal.NotificationStore.utc;

import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MailContact;
import dev.agora.kernel.config.AgoraSettings;
import dev.agora.kernel.mail.Mail;
import dev.agora.kernel.mail.MailTemplates;
import dev.agora.kernel.mail.Mailer;
import dev.agora.notifications.NotificationCategory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends queued notification email outside any business transaction. Each node polls for due deliveries and
 * claims one with a conditional UPDATE (works on H2 and PostgreSQL; only one node's update matches), so
 * every mail goes out once. A failure is retried with exponential backoff and, after the last attempt,
 * stays as FAILED for operators ({@code /api/v1/admin/notifications/failures}).
 */
@Component
class EmailDeliveries {

    private static final Logger log = LoggerFactory.getLogger(EmailDeliveries.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final NotificationStore store;
    private final IdentityManagement identity;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final UnsubscribeTokens tokens;
    private final AgoraSettings agora;
    private final NotificationsSettings settings;
    private final Clock clock;

    EmailDeliveries(JdbcClient jdbc, NotificationStore store, IdentityManagement identity, MailTemplates templates,
            Mailer mailer, UnsubscribeTokens tokens, AgoraSettings agora, NotificationsSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.identity = identity;
        this.templates = templates;
        this.mailer = mailer;
        this.tokens = tokens;
        this.agora = agora;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 2000)
    void sendDue() {
        Instant now = clock.instant();
        List<Map<String, Object>> due = jdbc.sql("SELECT id, notification_id, attempts FROM notifications_deliveries "
                        + "WHERE status = 'PENDING' AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?) "
                        + "ORDER BY next_attempt_at LIMIT 20")
                .params(utc(now), utc(now)).query().listOfRows();
        for (Map<String, Object> row : due) {
            UUID id = (UUID) row.get("id");
            if (claim(id, now)) {
                attempt(id, (UUID) row.get("notification_id"), ((Number) row.get("attempts")).intValue(), now);
            }
        }
    }

    private boolean claim(UUID id, Instant now) {
        return jdbc.sql("UPDATE notifications_deliveries SET claimed_until = ? WHERE id = ? AND status = 'PENDING' "
                        + "AND (claimed_until IS NULL OR claimed_until < ?)")
                .params(utc(now.plus(CLAIM)), id, utc(now)).update() == 1;
    }

    private void attempt(UUID id, UUID notificationId, int attempts, Instant now) {
        try {
            var notification = store.find(notificationId).orElseThrow();
            MailContact contact = identity.mailContact(notification.recipient()).orElseThrow();
            mailer.send(render(notification, contact));
            jdbc.sql("UPDATE notifications_deliveries SET status = 'SENT', sent_at = ?, attempts = ?, claimed_until = NULL WHERE id = ?")
                    .params(utc(clock.instant()), attempts + 1, id).update();
        } catch (RuntimeException e) {
            int made = attempts + 1;
            boolean last = made >= settings.maxAttempts();
            Instant next = now.plus(settings.firstRetry().multipliedBy(1L << Math.min(made - 1, 16)));
            log.warn("Notification mail {} failed (attempt {}{}): {}", id, made, last ? ", giving up" : "", e.toString());
            jdbc.sql("UPDATE notifications_deliveries SET status = ?, attempts = ?, next_attempt_at = ?, claimed_until = NULL, "
                            + "last_error = ? WHERE id = ?")
                    .params(last ? "FAILED" : "PENDING", made, utc(next), truncate(e.toString()), id).update();
        }
    }

    private Mail render(NotificationStore.Recipient notification, MailContact contact) {
        String base = agora.baseUrl().toString().replaceAll("/$", "");
        String unsubscribe = base + "/notifications/unsubscribe?token=" + tokens.issue(contact.id(), notification.category());
        String template = notification.category() == NotificationCategory.ORDERS ? "notifications/order"
                : "notifications/notification";
        Mail mail = templates.render(contact.email(), contact.locale(), template,
                "notifications.mail.subject." + notification.category().name(),
                Map.of("name", contact.displayName(), "text", notification.text(), "link", base + notification.link(),
                        "unsubscribe", unsubscribe, "preferences", base + "/me/notifications/preferences"));
        // RFC 8058: the header's URL accepts the one-click POST; opened in a browser it shows the confirmation page
        String oneClick = base + "/notifications/unsubscribe/one-click?token="
                + tokens.issue(contact.id(), notification.category());
        return mail.withHeader("List-Unsubscribe", "<" + oneClick + ">")
                .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    private static String truncate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
