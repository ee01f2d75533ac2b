package dev.agora.ledger;

/** The business reason of a journal entry (TigerBeetle's "code"). */
public enum EntryCode {
    AUTHORISATION,
    CAPTURE,
    RELEASE,
    REFUND,
    RESERVE,
    RESERVE_RELEASE,
    PAYOUT,
    PAYOUT_SETTLEMENT,
    PAYOUT_FAILURE,
    PROVIDER_FEE,
    REVERSAL,
    // --- trust ---
    /** Buyer protection tops up an order's escrow so a granted refund can be paid. */
    PROTECTION_FUNDING,
    // --- end trust ---
    // --- issue 6: refunds after release ---
    /** Buyer protection's advance on a refund after release becomes the seller's debt. */
    SELLER_DEBT,
    /** A seller's debt netted from their available money before a payout. */
    DEBT_RECOVERY,
    // --- end issue 6 ---
    // --- orders-gaps: debt write-off ---
    /** A seller's debt that cannot be recovered moves to the platform's loss (reversible by a REVERSAL). */
    DEBT_WRITE_OFF
    // --- end orders-gaps ---
}
