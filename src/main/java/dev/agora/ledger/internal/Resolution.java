package dev.agora.ledger.internal;

/** How an open entry ended: an authorisation is posted or voided, a payout settled or failed. Once. */
enum Resolution {
    POSTED,
    VOIDED,
    SETTLED,
    FAILED
}
