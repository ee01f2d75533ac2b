package dev.agora.notifications;

/** How a notification reaches a member. */
public enum Channel {
    IN_APP,
    EMAIL
}
