package dev.agora.notifications;

/** What a notification is about; members choose channels per category. */
public enum NotificationCategory {
    MESSAGES,
    LISTINGS,
    ORDERS,
    // issue 8: saved-search alerts and reviews
    SEARCHES,
    REVIEWS
}
