package dev.agora.notifications.internal;

import dev.agora.identity.AccountId;
import dev.agora.identity.IdentityManagement;
import dev.agora.identity.MailContact;
import dev.agora.identity.PublicProfile;
import dev.agora.listings.ListingPublished;
import dev.agora.messaging.MessageSent;
import dev.agora.notifications.NotificationCategory;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' events into notifications. Each listener runs after the business transaction
 * committed, asynchronously, so notifying never blocks or rolls it back; the event publication registry
 * retries a listener that failed. A new event source (e.g. {@code OrderPaid}) is one more method here or
 * one small class calling {@link #notify}.
 */
@Component
class EventNotifications {

    private final Notifier notifier;
    private final IdentityManagement identity;
    private final MessageSource messages;

    EventNotifications(Notifier notifier, IdentityManagement identity, MessageSource messages) {
        this.notifier = notifier;
        this.identity = identity;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(MessageSent sent) {
        String sender = identity.findProfile(sent.senderId()).map(PublicProfile::displayName).orElse("?");
        notify(sent.recipientId(), NotificationCategory.MESSAGES, "notifications.text.message",
                new Object[] {sender, sent.listingTitle()}, "/inbox/" + sent.conversationId(), sent.eventId());
    }

    @ApplicationModuleListener
    void on(ListingPublished published) {
        notify(published.sellerId(), NotificationCategory.LISTINGS, "notifications.text.listingPublished",
                new Object[] {published.title()}, "/l/" + published.listingId(), published.eventId());
    }

    void notify(AccountId recipient, NotificationCategory category, String key, Object[] args, String link, UUID eventId) {
        Locale locale = identity.mailContact(recipient).map(MailContact::locale).orElse(Locale.ENGLISH);
        notifier.notify(recipient, category, messages.getMessage(key, args, locale), link, eventId);
    }
}
