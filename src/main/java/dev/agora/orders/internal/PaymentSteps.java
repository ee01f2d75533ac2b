package dev.agora.orders.internal;

import dev.agora.kernel.validation.InvalidInputException;
import dev.agora.orders.internal.process.Action;
import dev.agora.payments.PaymentResult;
import dev.agora.payments.Payments;
import org.springframework.stereotype.Component;

/**
 * The money side of a transition's actions. Each step's idempotency key is the order id and the step, so a
 * retried or raced transition never charges, refunds or releases twice. Runs outside database transactions
 * (the payments module calls the provider outside them).
 */
@Component
class PaymentSteps {

    private final Payments payments;

    PaymentSteps(Payments payments) {
        this.payments = payments;
    }

    PaymentResult authorise(OrderSnapshot order, String paymentMethod, String returnUrl) {
        return payments.authorise(new Payments.Authorise(key(order, "authorise"), order.ref(), order.total(),
                paymentMethod, returnUrl));
    }

    void perform(OrderSnapshot order, Action action) {
        PaymentResult result = switch (action) {
            case CAPTURE -> payments.capture(new Payments.Capture(key(order, "capture"), order.ref(), order.sellerRef(),
                    order.total()));
            case VOID -> order.authorised() ? payments.voidAuthorisation(key(order, "void"), order.ref()) : null;
            case REFUND -> payments.refund(new Payments.Refund(key(order, "refund"), order.ref(), order.total(), "order refunded"));
            case RELEASE -> payments.release(new Payments.Release(key(order, "release"), order.ref(), order.sellerRef(),
                    order.commission(), order.platformFee()));
            case RELEASE_STOCK -> null;
        };
        if (result != null && !result.succeeded()) {
            throw InvalidInputException.of("transition", "orders.payment-failed",
                    "The payment step " + action.name().toLowerCase() + " did not go through ("
                            + (result.failureCode() == null ? result.state() : result.failureCode()) + ")");
        }
    }

    private static String key(OrderSnapshot order, String step) {
        return "order:" + order.ref() + ":" + step;
    }
}
