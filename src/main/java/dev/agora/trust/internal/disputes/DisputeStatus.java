package dev.agora.trust.internal.disputes;

/**
 * AWAITING_SELLER (the seller's deadline runs) → OFFER_MADE (a partial refund waits for the buyer) or
 * AWAITING_DECISION (contested, offer declined, chargeback) → DECIDED; RETURN_REQUESTED waits for the item to
 * come back before the refund.
 */
public enum DisputeStatus {
    AWAITING_SELLER,
    OFFER_MADE,
    AWAITING_DECISION,
    RETURN_REQUESTED,
    DECIDED;

    public boolean open() {
        return this != DECIDED;
    }
}
