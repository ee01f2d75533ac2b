package dev.agora.payments;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of a payments command, the same on every replay of its idempotency key.
 *
 * @param actionUrl for REQUIRES_ACTION, where to send the buyer
 * @param ledgerEntryId the journal entry booked for it, once it succeeded
 */
public record PaymentResult(
        String idempotencyKey,
        PaymentOperation operation,
        PaymentState state,
        @Nullable String providerReference,
        @Nullable String failureCode,
        @Nullable String actionUrl,
        @Nullable String ledgerEntryId) {

    public boolean succeeded() {
        return state == PaymentState.SUCCEEDED;
    }
}
