package dev.agora.payments.internal;

import com.google.gson.JsonObject;
import dev.agora.payments.PaymentGateway.Result;
import dev.agora.payments.PaymentOperation;
import dev.agora.payments.PaymentState;
import java.time.Clock;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a provider tells us later: an authentication step finished, a payout was paid or failed, a pending
 * refund ended. Each event id is processed once (its row and its effects commit together); unknown types are
 * recorded and ignored.
 */
@Component
@Transactional
class ProviderEvents {

    private final JdbcClient jdbc;
    private final ProviderCalls calls;
    private final Bookings bookings;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events; // trust: chargebacks

    ProviderEvents(JdbcClient jdbc, ProviderCalls calls, Bookings bookings, Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.calls = calls;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** Returns false for an event id seen before: nothing happens the second time. */
    boolean process(String provider, String eventId, String type, JsonObject object) {
        int fresh = jdbc.sql("""
                INSERT INTO payments_webhook_event (provider, event_id, type, received_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(provider, eventId, type, clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        if (fresh == 0) {
            return false;
        }
        String reference = text(object, "id");
        if (reference == null) {
            return true;
        }
        switch (type) {
            case "payment_intent.amount_capturable_updated" -> authorisationFinished(provider, reference, null);
            case "payment_intent.payment_failed" -> authorisationFinished(provider, reference, "declined");
            case "payout.paid" -> payoutFinished(provider, reference, null);
            case "payout.failed" -> payoutFinished(provider, reference, String.valueOf(text(object, "failure_code")));
            case "refund.updated", "charge.refund.updated" -> refundFinished(provider, reference, text(object, "status"));
            // --- trust: chargebacks open a dispute of their own kind ---
            case "charge.dispute.created" -> chargeback(provider, eventId, reference, object);
            // --- end trust ---
            default -> { }
        }
        return true;
    }

    /** Also used by the sandbox's confirmation page. */
    void authorisationFinished(String provider, String reference, @Nullable String failure) {
        calls.byProviderRef(provider, PaymentOperation.AUTHORISE, reference)
                .filter(call -> !call.state().isFinal())
                .ifPresent(call -> {
                    var recorded = calls.record(call.idempotencyKey(), failure == null
                            ? Result.of(PaymentState.SUCCEEDED, reference) : Result.failed(reference, failure));
                    if (recorded.state() == PaymentState.SUCCEEDED) {
                        bookings.authorised(recorded, true);
                    }
                });
    }

    // --- trust ---
    /** A chargeback on an order's payment (found by its payment intent, the authorisation's reference). */
    private void chargeback(String provider, String eventId, String reference, JsonObject object) {
        String paymentIntent = text(object, "payment_intent");
        String currency = text(object, "currency");
        var amount = object.get("amount");
        if (paymentIntent == null || currency == null || amount == null || amount.isJsonNull()) {
            return;
        }
        calls.byProviderRef(provider, PaymentOperation.AUTHORISE, paymentIntent)
                .filter(call -> call.orderRef() != null)
                .ifPresent(call -> events.publishEvent(new dev.agora.payments.ChargebackNotified(eventId, call.orderRef(),
                        dev.agora.kernel.money.Money.ofMinor(amount.getAsLong(), currency.toUpperCase(java.util.Locale.ROOT)),
                        reference, clock.instant())));
    }
    // --- end trust ---

    private void payoutFinished(String provider, String reference, @Nullable String failure) {
        calls.byProviderRef(provider, PaymentOperation.PAYOUT, reference).ifPresent(call -> {
            var recorded = call.state().isFinal() ? call : calls.record(call.idempotencyKey(),
                    failure == null ? Result.of(PaymentState.SUCCEEDED, reference) : Result.failed(reference, failure));
            if (recorded.state() == PaymentState.SUCCEEDED) {
                bookings.payoutSettled(recorded);
            } else if (recorded.state() == PaymentState.FAILED) {
                bookings.payoutFailed(recorded, String.valueOf(recorded.failureCode()));
            }
        });
    }

    private void refundFinished(String provider, String reference, @Nullable String status) {
        calls.byProviderRef(provider, PaymentOperation.REFUND, reference)
                .filter(call -> !call.state().isFinal())
                .ifPresent(call -> {
                    if ("succeeded".equals(status)) {
                        bookings.refunded(calls.record(call.idempotencyKey(), Result.of(PaymentState.SUCCEEDED, reference)));
                    } else if ("failed".equals(status) || "canceled".equals(status)) {
                        calls.record(call.idempotencyKey(), Result.failed(reference, status));
                    }
                });
    }

    private static @Nullable String text(JsonObject object, String field) {
        var value = object.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
