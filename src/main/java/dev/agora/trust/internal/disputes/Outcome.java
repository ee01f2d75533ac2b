package dev.agora.trust.internal.disputes;

/** How a dispute ended. */
public enum Outcome {
    FULL_REFUND(true),
    PARTIAL_REFUND(true),
    RETURN_AND_REFUND(true),
    RELEASE(false),
    CHARGEBACK(true);

    private final boolean sellerLost;

    Outcome(boolean sellerLost) {
        this.sellerLost = sellerLost;
    }

    /** Whether the dispute counts against the seller (a strike), unless the seller settled it themselves. */
    public boolean sellerLost() {
        return sellerLost;
    }
}
