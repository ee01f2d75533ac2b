package dev.agora.payments.internal;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.CardException;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentIntent;
import com.stripe.net.RequestOptions;
import com.stripe.param.PaymentIntentCancelParams;
import com.stripe.param.PaymentIntentCaptureParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PayoutCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferReversalCreateParams;
import dev.agora.payments.PaymentGateway;
import dev.agora.payments.PaymentState;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Stripe with separate charges and transfers: the buyer's payment intent (manual capture) carries the order as
 * transfer_group; on release a transfer to the seller's connected account is tied to the charge
 * (source_transaction); payouts run on the connected account. Idempotency keys go to Stripe unchanged.
 */
class StripeGateway implements PaymentGateway {

    private final StripeClient client;

    StripeGateway(String apiKey, String apiBase) {
        this.client = StripeClient.builder().setApiKey(apiKey).setApiBase(apiBase).setMaxNetworkRetries(0).build();
    }

    @Override
    public String name() {
        return "stripe";
    }

    @Override
    public Result authorise(Authorisation request) {
        return call(() -> paymentIntent(client.v1().paymentIntents().create(PaymentIntentCreateParams.builder()
                .setAmount(request.amount().minorUnits())
                .setCurrency(currency(request.amount()))
                .setPaymentMethod(request.paymentMethod())
                .setCaptureMethod(PaymentIntentCreateParams.CaptureMethod.MANUAL)
                .setConfirm(true)
                .setReturnUrl(request.returnUrl())
                .setTransferGroup(request.transferGroup())
                .build(), options(request.idempotencyKey()))));
    }

    @Override
    public Result capture(Capture request) {
        return call(() -> paymentIntent(client.v1().paymentIntents().capture(request.paymentReference(),
                PaymentIntentCaptureParams.builder().setAmountToCapture(request.amount().minorUnits()).build(),
                options(request.idempotencyKey()))));
    }

    @Override
    public Result voidAuthorisation(Void request) {
        return call(() -> paymentIntent(client.v1().paymentIntents().cancel(request.paymentReference(),
                PaymentIntentCancelParams.builder().build(), options(request.idempotencyKey()))));
    }

    @Override
    public Result refund(Refund request) {
        return call(() -> {
            var refund = client.v1().refunds().create(RefundCreateParams.builder()
                    .setPaymentIntent(request.paymentReference())
                    .setAmount(request.amount().minorUnits())
                    .build(), options(request.idempotencyKey()));
            return new Result(switch (refund.getStatus()) {
                case "succeeded" -> PaymentState.SUCCEEDED;
                case "failed", "canceled" -> PaymentState.FAILED;
                case "requires_action" -> PaymentState.REQUIRES_ACTION;
                default -> PaymentState.PENDING;
            }, refund.getId(), null, refund.getFailureReason(), null);
        });
    }

    @Override
    public Result transfer(Transfer request) {
        return call(() -> {
            var params = TransferCreateParams.builder()
                    .setAmount(request.amount().minorUnits())
                    .setCurrency(currency(request.amount()))
                    .setDestination(request.destination())
                    .setTransferGroup(request.transferGroup());
            if (request.sourceCharge() != null) {
                params.setSourceTransaction(request.sourceCharge());
            }
            var transfer = client.v1().transfers().create(params.build(), options(request.idempotencyKey()));
            return Result.of(PaymentState.SUCCEEDED, transfer.getId());
        });
    }

    @Override
    public Result payout(Payout request) {
        return call(() -> {
            var payout = client.v1().payouts().create(PayoutCreateParams.builder()
                    .setAmount(request.amount().minorUnits())
                    .setCurrency(currency(request.amount()))
                    .build(), RequestOptions.builder()
                    .setIdempotencyKey(request.idempotencyKey())
                    .setStripeAccount(request.destination())
                    .build());
            return new Result(switch (payout.getStatus()) {
                case "paid" -> PaymentState.SUCCEEDED;
                case "failed", "canceled" -> PaymentState.FAILED;
                default -> PaymentState.PENDING;
            }, payout.getId(), null, payout.getFailureCode(), null);
        });
    }

    /** orders-gaps: POST /v1/transfers/{id}/reversals; the reversal is final when Stripe answers. */
    @Override
    public Result reverseTransfer(TransferReversal request) {
        return call(() -> {
            var reversal = client.v1().transfers().reversals().create(request.transferReference(),
                    TransferReversalCreateParams.builder().setAmount(request.amount().minorUnits())
                            .putMetadata("idempotency_key", request.idempotencyKey()).build(),
                    options(request.idempotencyKey()));
            return Result.of(PaymentState.SUCCEEDED, reversal.getId());
        });
    }

    /** Maps a payment intent's status; requires_capture means authorised, succeeded means captured. */
    static Result paymentIntent(PaymentIntent intent) {
        @Nullable String declineCode = intent.getLastPaymentError() == null ? null
                : firstNonNull(intent.getLastPaymentError().getDeclineCode(), intent.getLastPaymentError().getCode());
        return switch (intent.getStatus()) {
            case "requires_capture", "succeeded", "canceled" -> new Result(PaymentState.SUCCEEDED, intent.getId(),
                    intent.getLatestCharge(), null, null);
            case "requires_action" -> new Result(PaymentState.REQUIRES_ACTION, intent.getId(), intent.getLatestCharge(),
                    null, actionUrl(intent));
            case "requires_payment_method" -> Result.failed(intent.getId(), declineCode == null ? "declined" : declineCode);
            default -> Result.of(PaymentState.PENDING, intent.getId());
        };
    }

    private interface StripeCall {
        Result run() throws StripeException;
    }

    private static Result call(StripeCall call) {
        try {
            return call.run();
        } catch (CardException e) {
            return Result.failed(null, firstNonNull(e.getDeclineCode(), e.getCode(), "card_error"));
        } catch (ApiConnectionException e) {
            return Result.errored("api_connection");
        } catch (StripeException e) {
            Integer status = e.getStatusCode();
            if (status != null && status >= 400 && status < 500 && status != 409 && status != 429) {
                return Result.failed(null, firstNonNull(e.getCode(), "invalid_request"));
            }
            return Result.errored(firstNonNull(e.getCode(), "api_error"));
        }
    }

    private static @Nullable String actionUrl(PaymentIntent intent) {
        var next = intent.getNextAction();
        return next == null || next.getRedirectToUrl() == null ? null : next.getRedirectToUrl().getUrl();
    }

    private static RequestOptions options(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private static String currency(dev.agora.kernel.money.Money amount) {
        return amount.currencyCode().toLowerCase(Locale.ROOT);
    }

    @SafeVarargs
    private static <T> @Nullable T firstNonNull(@Nullable T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
