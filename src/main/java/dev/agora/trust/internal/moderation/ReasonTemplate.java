package dev.agora.trust.internal.moderation;

/**
 * The policy reasons staff pick for an action; each has a text for the member in both languages
 * ({@code trust.reason.*} in the message bundles), so members read a clear, consistent explanation.
 */
public enum ReasonTemplate {
    PROHIBITED_ITEM,
    MISLEADING_LISTING,
    SUSPECTED_FRAUD,
    OFF_PLATFORM_PAYMENT,
    ABUSIVE_BEHAVIOUR,
    SPAM,
    REPEATED_VIOLATIONS,
    NO_VIOLATION,
    OTHER;

    public String messageKey() {
        return "trust.reason." + name().toLowerCase().replace('_', '-');
    }
}
