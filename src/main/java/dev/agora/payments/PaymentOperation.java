package dev.agora.payments;

/** What a provider call does. */
public enum PaymentOperation {
    AUTHORISE,
    CAPTURE,
    VOID,
    REFUND,
    TRANSFER,
    PAYOUT
}
