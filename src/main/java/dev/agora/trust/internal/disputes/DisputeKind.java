package dev.agora.trust.internal.disputes;

/** What the buyer claims; CHARGEBACK is opened by the payment provider's notice, never by a member. */
public enum DisputeKind {
    NOT_RECEIVED,
    NOT_AS_DESCRIBED,
    DAMAGED,
    CHARGEBACK;

    public boolean byBuyer() {
        return this != CHARGEBACK;
    }
}
