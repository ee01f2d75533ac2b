package dev.agora.payments.internal;

import dev.agora.kernel.money.Money;
import dev.agora.payments.PaymentOperation;
import dev.agora.payments.PaymentResult;
import dev.agora.payments.PaymentState;
import org.jspecify.annotations.Nullable;

/** One row of payments_call: a provider call and where it stands. */
record ProviderCall(
        String idempotencyKey,
        PaymentOperation operation,
        String provider,
        @Nullable String orderRef,
        @Nullable String sellerRef,
        Money amount,
        PaymentState state,
        @Nullable String providerRef,
        @Nullable String sourceCharge,
        @Nullable String failureCode,
        @Nullable String actionUrl,
        @Nullable String ledgerEntryId) {

    /** The row {@code ProviderCalls.start} writes for a new call. */
    static ProviderCall pending(String key, PaymentOperation operation, String provider, @Nullable String orderRef,
            @Nullable String sellerRef, Money amount) {
        return new ProviderCall(key, operation, provider, orderRef, sellerRef, amount, PaymentState.PENDING, null, null,
                null, null, null);
    }

    /** Same key, same command: anything else is a reused key. */
    boolean sameCommand(PaymentOperation operation, @Nullable String orderRef, @Nullable String sellerRef, Money amount) {
        return this.operation == operation && java.util.Objects.equals(this.orderRef, orderRef)
                && java.util.Objects.equals(this.sellerRef, sellerRef) && this.amount.equals(amount);
    }

    /** This call with its ledger entry, as {@code ProviderCalls.booked} just stored it. */
    ProviderCall booked(@Nullable String entryId) {
        return new ProviderCall(idempotencyKey, operation, provider, orderRef, sellerRef, amount, state, providerRef,
                sourceCharge, failureCode, actionUrl, entryId);
    }

    PaymentResult result() {
        return new PaymentResult(idempotencyKey, operation, state, providerRef, failureCode, actionUrl, ledgerEntryId);
    }
}
