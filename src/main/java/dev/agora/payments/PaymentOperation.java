package dev.agora.payments;

/** What a provider call does. */
public enum PaymentOperation {
    AUTHORISE,
    CAPTURE,
    VOID,
    REFUND,
    TRANSFER,
    PAYOUT,
    /** orders-gaps: a refund after release takes the seller's share back from the transfer made at release. */
    TRANSFER_REVERSAL
}
