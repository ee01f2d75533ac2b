package dev.agora.notifications.internal;

import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MailContact;
import dev.agora.kernel.config.AgoraSettings;
import dev.agora.kernel.mail.Mail;
import dev.agora.kernel.mail.MailTemplates;
import dev.agora.kernel.mail.Mailer;
import dev.agora.notifications.NotificationCategory;
import dev.agora.notifications.internal.DeliveryQueue.Outcome;
import java.util.Map;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Notification email through the {@link DeliveryQueue}: {@link Notifier} queues one delivery per notification that
 * the recipient wants by email; failures (no mail contact, the mail server refusing) are retried and, after the last
 * attempt, listed for operators ({@code /api/v1/admin/notifications/failures}).
 */
@Component
class EmailDeliveries implements DeliveryQueue.Channel {

    private final NotificationStore store;
    private final IdentityManagement identity;
    private final MailTemplates templates;
    private final Mailer mailer;
    private final UnsubscribeTokens tokens;
    private final AgoraSettings agora;
    private final DeliveryQueue queue;

    EmailDeliveries(NotificationStore store, IdentityManagement identity, MailTemplates templates, Mailer mailer,
            UnsubscribeTokens tokens, AgoraSettings agora, DeliveryQueue queue) {
        this.store = store;
        this.identity = identity;
        this.templates = templates;
        this.mailer = mailer;
        this.tokens = tokens;
        this.agora = agora;
        this.queue = queue;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 2000)
    void sendDue() {
        queue.sendDue(this);
    }

    @Override
    public String name() {
        return "Email";
    }

    @Override
    public String table() {
        return "notifications_deliveries";
    }

    @Override
    public Outcome attempt(Map<String, Object> row) {
        var notification = store.find((UUID) row.get("notification_id")).orElseThrow();
        MailContact contact = identity.mailContact(notification.recipient()).orElseThrow();
        mailer.send(render(notification, contact));
        return new Outcome.Sent(null);
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
}
