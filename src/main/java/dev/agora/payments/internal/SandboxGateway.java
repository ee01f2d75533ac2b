package dev.agora.payments.internal;

import dev.agora.payments.PaymentGateway;
import dev.agora.payments.PaymentState;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The built-in provider for the embedded default and tests. Test cards: 4242 4242 4242 4242 succeeds,
 * 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 has insufficient funds, 4000 0027 6000 3184 needs an
 * authentication step (confirmed by POST /api/v1/payments/sandbox/payments/{reference}/confirm). Payouts to an account containing
 * "fail" fail, to one containing "pending" stay pending until a webhook. References derive from the
 * idempotency key, so a retried call gets the same answer, as at a real provider.
 */
class SandboxGateway implements PaymentGateway {

    static final String SUCCESS = "4242424242424242";
    static final String DECLINE = "4000000000000002";
    static final String INSUFFICIENT_FUNDS = "4000000000009995";
    static final String AUTHENTICATION = "4000002760003184";

    @Override
    public String name() {
        return "sandbox";
    }

    @Override
    public Result authorise(Authorisation request) {
        String reference = reference("pi", request.idempotencyKey());
        return switch (request.paymentMethod().replaceAll("[\\s-]", "")) {
            case SUCCESS -> new Result(PaymentState.SUCCEEDED, reference, reference("ch", request.idempotencyKey()), null, null);
            case DECLINE -> Result.failed(reference, "card_declined");
            case INSUFFICIENT_FUNDS -> Result.failed(reference, "insufficient_funds");
            case AUTHENTICATION -> new Result(PaymentState.REQUIRES_ACTION, reference, reference("ch", request.idempotencyKey()),
                    null, "/api/v1/payments/sandbox/payments/" + reference + "/confirm");
            default -> Result.failed(reference, "invalid_card");
        };
    }

    @Override
    public Result capture(Capture request) {
        return new Result(PaymentState.SUCCEEDED, request.paymentReference(),
                request.paymentReference().replaceFirst("^sb_pi_", "sb_ch_"), null, null);
    }

    @Override
    public Result voidAuthorisation(Void request) {
        return Result.of(PaymentState.SUCCEEDED, request.paymentReference());
    }

    @Override
    public Result refund(Refund request) {
        return Result.of(PaymentState.SUCCEEDED, reference("re", request.idempotencyKey()));
    }

    @Override
    public Result transfer(Transfer request) {
        return Result.of(PaymentState.SUCCEEDED, reference("tr", request.idempotencyKey()));
    }

    /** orders-gaps: the sandbox keeps no connected balances; a reversal of a transfer it never made fails. */
    @Override
    public Result reverseTransfer(TransferReversal request) {
        String reference = reference("trr", request.idempotencyKey());
        return request.transferReference().startsWith("sb_tr_") ? Result.of(PaymentState.SUCCEEDED, reference)
                : Result.failed(reference, "resource_missing");
    }

    @Override
    public Result payout(Payout request) {
        String reference = reference("po", request.idempotencyKey());
        if (request.destination().contains("fail")) {
            return Result.failed(reference, "account_closed");
        }
        return Result.of(request.destination().contains("pending") ? PaymentState.PENDING : PaymentState.SUCCEEDED, reference);
    }

    private static String reference(String kind, String idempotencyKey) {
        return "sb_" + kind + "_" + UUID.nameUUIDFromBytes(idempotencyKey.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }
}
