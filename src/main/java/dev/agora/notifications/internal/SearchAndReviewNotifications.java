package dev.agora.notifications.internal;

import dev.agora.notifications.NotificationCategory;
import dev.agora.reviews.ReviewPublished;
import dev.agora.search.SavedSearchMatched;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issue 8: saved-search alerts (search's {@link SavedSearchMatched}: a new listing matches a member's saved search)
 * and reviews (reviews' {@link ReviewPublished}: the reviewed member is told) become notifications in their own
 * categories, so members choose channels, the digest or unsubscribe per kind. Both events carry an id, so a
 * redelivered event notifies once.
 */
@Component
class SearchAndReviewNotifications {

    private final EventNotifications notifications;

    SearchAndReviewNotifications(EventNotifications notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(SavedSearchMatched matched) {
        notifications.notify(matched.ownerId(), NotificationCategory.SEARCHES, "notifications.text.savedSearch",
                new Object[] {matched.name(), matched.listingTitle()}, matched.listingPath(), matched.eventId());
    }

    @ApplicationModuleListener
    void on(ReviewPublished published) {
        notifications.notify(published.subjectId(), NotificationCategory.REVIEWS, "notifications.text.reviewPublished",
                new Object[] {published.rating()}, "/orders/" + published.orderId(), published.eventId());
    }
}
