package dev.agora.notifications.internal;

import dev.agora.fulfillment.HandoffFailed;
import dev.agora.fulfillment.HandoffScheduled;
import dev.agora.fulfillment.ItemDelivered;
import dev.agora.fulfillment.ItemPickedUp;
import dev.agora.identity.AccountId;
import dev.agora.notifications.NotificationCategory;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells buyer and seller about their handoff (fulfillment's events): a courier window booked, the item picked up
 * or shipped, delivered, a failed handoff or a locked code. The source id is derived from the event's order, kind
 * and time, so a redelivered event notifies once.
 */
@Component
class HandoffNotifications {

    private final EventNotifications notifications;

    HandoffNotifications(EventNotifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(HandoffScheduled event) {
        both(event.buyerId(), event.sellerId(), "notifications.text.handoffScheduled",
                new Object[] {event.day().toString(), event.windowStartHour()}, event.orderId().toString(),
                "scheduled" + event.kind() + event.occurredAt());
    }

    @ApplicationModuleListener
    void on(ItemPickedUp event) {
        both(event.buyerId(), event.sellerId(), "notifications.text.itemPickedUp", new Object[0],
                event.orderId().toString(), "picked-up" + event.occurredAt());
    }

    @ApplicationModuleListener
    void on(ItemDelivered event) {
        both(event.buyerId(), event.sellerId(), "notifications.text.itemDelivered", new Object[0],
                event.orderId().toString(), "delivered" + event.occurredAt());
    }

    @ApplicationModuleListener
    void on(HandoffFailed event) {
        String key = event.reason().equals("code-locked") ? "notifications.text.handoffCodeLocked"
                : event.terminal() ? "notifications.text.handoffFailedRefunded" : "notifications.text.handoffFailed";
        both(event.buyerId(), event.sellerId(), key, new Object[] {event.reason()}, event.orderId().toString(),
                "failed" + event.attempt() + event.occurredAt());
    }

    private void both(AccountId buyer, AccountId seller, String key, Object[] args, String orderId, String what) {
        String link = "/orders/" + orderId + "/handoff";
        for (AccountId recipient : new AccountId[] {buyer, seller}) {
            UUID source = UUID.nameUUIDFromBytes((orderId + "|" + what + "|" + recipient).getBytes(StandardCharsets.UTF_8));
            notifications.notify(recipient, NotificationCategory.ORDERS, key, args, link, source);
        }
    }
}
