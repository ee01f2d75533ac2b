package dev.agora.notifications.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MailContact;
import dev.agora.notifications.NotificationCategory;
import dev.agora.orders.Actor;
import dev.agora.orders.OrderManagement;
import dev.agora.orders.OrderTransitioned;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every order transition notifies the buyer and the seller (category {@code ORDERS}: in-app and email as each
 * chose), except the party who took the step themselves. The text names the listing and the order's new state in
 * the recipient's language; the mail uses the {@code notifications/order} templates. The event carries no id, so
 * one is derived from the order and its step number: a redelivered event notifies nobody twice. It is also
 * written to the event feed as {@code order.transitioned}.
 */
@Component
class OrderNotifications {

    private final Notifier notifier;
    private final OrderManagement orders;
    private final IdentityManagement identity;
    private final MessageSource messages;
    private final EventFeed feed;

    OrderNotifications(Notifier notifier, OrderManagement orders, IdentityManagement identity, MessageSource messages,
            EventFeed feed) {
        this.notifier = notifier;
        this.orders = orders;
        this.identity = identity;
        this.messages = messages;
        this.feed = feed;
    }

    @ApplicationModuleListener
    void on(OrderTransitioned event) {
        UUID eventId = UUID.nameUUIDFromBytes(("order.transitioned:" + event.orderId() + ":" + event.step())
                .getBytes(StandardCharsets.UTF_8));
        // orders-events: the event carries the title; only a publication stored before it did reads the order
        String title = event.listingTitle() != null ? event.listingTitle() : orders.get(event.orderId()).listingTitle();
        String link = "/orders/" + event.orderId();
        if (event.actor() != Actor.BUYER) {
            notify(event.buyerId(), "buyer", event, title, link, eventId);
        }
        if (event.actor() != Actor.SELLER) {
            notify(event.sellerId(), "seller", event, title, link, eventId);
        }
        feed.append(eventId, "order.transitioned", event.occurredAt(), Map.of("orderId", event.orderId().toString(),
                "transition", event.transition(), "from", event.from(), "to", event.to(),
                "finished", String.valueOf(event.finished())));
    }

    private void notify(AccountId recipient, String role, OrderTransitioned event, String title, String link,
            UUID eventId) {
        Locale locale = identity.mailContact(recipient).map(MailContact::locale).orElse(Locale.ENGLISH);
        String state = messages.getMessage("order.state." + event.to(), null, event.to(), locale);
        String text = messages.getMessage("notifications.text.order." + role, new Object[] {title, state}, locale);
        notifier.notify(recipient, NotificationCategory.ORDERS, text, link, eventId);
    }
}
