package dev.agora.orders.internal.process;

/** What a transition does besides changing the state; the order service carries these out. */
public enum Action {
    /** Captures the authorisation into escrow. */
    CAPTURE,
    /** Cancels the open authorisation. */
    VOID,
    /** Refunds the whole escrow to the buyer. */
    REFUND,
    /** Escrow to the seller less commission and fee. */
    RELEASE,
    /** Gives reserved stock back. */
    RELEASE_STOCK
}
