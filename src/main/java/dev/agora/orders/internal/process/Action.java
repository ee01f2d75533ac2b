package dev.agora.orders.internal.process;

/** What a transition does besides changing the state; the order service carries these out. */
public enum Action {
    /** Captures the authorisation into escrow. */
    CAPTURE,
    /** Cancels the open authorisation. */
    VOID,
    /** Refunds what is left in escrow (captured minus refunded) to the buyer. */
    REFUND,
    /** Escrow to the seller less commission and fee. */
    RELEASE,
    /** Gives reserved stock back. */
    RELEASE_STOCK,
    /**
     * The buyer cancels a booking: refunds the share the order's cancellation policy gives for the time left before
     * the start, and releases the rest to the seller (payouts helper).
     */
    POLICY_REFUND,
    /**
     * Issue 7: a rental came back: the deposit less the late fee goes back to the buyer; the late fee stays in escrow
     * and is released to the seller with the price.
     */
    SETTLE_DEPOSIT
}
