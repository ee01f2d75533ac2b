package dev.agora.notifications.internal;

import dev.agora.identity.AccountId;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends Web Push after the notification committed ({@link Notifier} publishes {@link PushDue} in its transaction),
 * asynchronously, so a slow push service never holds the business transaction.
 */
@Component
class PushDeliveries {

    /** A notification to push to the recipient's devices. */
    record PushDue(UUID notificationId, AccountId recipient, String text, String link) {}

    private final WebPush push;

    PushDeliveries(WebPush push) {
        this.push = push;
    }

    @ApplicationModuleListener
    void on(PushDue due) {
        push.send(due.recipient(), "Agora", due.text(), due.link());
    }
}
