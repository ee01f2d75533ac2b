package dev.agora.notifications.internal;

import dev.agora.notifications.NotificationCategory;
import dev.agora.search.SavedSearchMatched;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issue 5: a new listing matches a member's saved search. Filed under listings, so the member's channel choice for
 * that category decides instant (in-app, email, push) or the daily digest. The search module publishes the event at
 * most once per listing and saved search; the source event id keeps a replay from notifying twice.
 */
@Component
class SavedSearchNotifications {

    private final EventNotifications notifications;

    SavedSearchNotifications(EventNotifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(SavedSearchMatched matched) {
        notifications.notify(matched.ownerId(), NotificationCategory.LISTINGS, "notifications.text.savedSearchMatched",
                new Object[] {matched.name(), matched.listingTitle()}, matched.listingPath(), matched.eventId());
    }
}
