package dev.agora.notifications;

/** How a notification reaches a member. */
public enum Channel {
    IN_APP,
    EMAIL,
    /** One email a day listing the category's notifications, instead of one email each; off until chosen. */
    DIGEST,
    /** Web Push to the devices where the member turned it on (the installed PWA, a browser). */
    PUSH;

    /** Every channel is on until the member turns it off, except the digest, which they turn on. */
    public boolean onByDefault() {
        return this != DIGEST;
    }
}
