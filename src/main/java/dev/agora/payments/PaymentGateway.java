package dev.agora.payments;

import dev.agora.kernel.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * The port to a payment provider. Every call carries the caller's idempotency key, which the provider uses to
 * make a retried call harmless. Adapters never throw for a provider's answer: declines are {@code FAILED},
 * unknown outcomes {@code ERRORED}.
 */
public interface PaymentGateway {

    /** The provider's name as used in webhook URLs and the payments table ("sandbox", "stripe"). */
    String name();

    Result authorise(Authorisation request);

    Result capture(Capture request);

    Result voidAuthorisation(Void request);

    Result refund(Refund request);

    Result transfer(Transfer request);

    Result payout(Payout request);

    /**
     * orders-gaps: takes (part of) a transfer back from the seller's account, for a refund after release. The
     * provider refuses more than the transfer minus earlier reversals.
     */
    Result reverseTransfer(TransferReversal request);

    /** @param paymentMethod a card number in the sandbox, a payment method id at Stripe */
    record Authorisation(String idempotencyKey, Money amount, String paymentMethod, String transferGroup, String returnUrl) {}

    record Capture(String idempotencyKey, String paymentReference, Money amount) {}

    record Void(String idempotencyKey, String paymentReference) {}

    record Refund(String idempotencyKey, String paymentReference, Money amount) {}

    /** Separate charges and transfers: the transfer is tied to the charge that funded it. */
    record Transfer(String idempotencyKey, String destination, Money amount, String transferGroup, @Nullable String sourceCharge) {}

    record Payout(String idempotencyKey, String destination, Money amount) {}

    /** @param transferReference the provider's id of the transfer made at release */
    record TransferReversal(String idempotencyKey, String transferReference, Money amount) {}

    /**
     * @param reference the provider's id of what was created (payment intent, refund, transfer, payout)
     * @param sourceCharge for payments, the charge a later transfer is tied to
     * @param failureCode the provider's decline or error code
     * @param actionUrl where the buyer completes an authentication step
     */
    record Result(PaymentState state, @Nullable String reference, @Nullable String sourceCharge,
            @Nullable String failureCode, @Nullable String actionUrl) {

        public static Result of(PaymentState state, @Nullable String reference) {
            return new Result(state, reference, null, null, null);
        }

        public static Result failed(@Nullable String reference, String code) {
            return new Result(PaymentState.FAILED, reference, null, code, null);
        }

        public static Result errored(String code) {
            return new Result(PaymentState.ERRORED, null, null, code, null);
        }
    }
}
